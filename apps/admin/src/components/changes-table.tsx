// Changed fields, each once, with the words that changed marked in place (DiffCells). No hooks: used by
// the history page (server), the conflict panel and the draft's unpublished changes (client).
import type { ShownChange } from "../lib/item-paths.ts";
import { DiffCells } from "./diff-cells.tsx";

interface Props {
  /** Paths by position ("causes[0].fr"), as toShownChange gives them. */
  changes: ShownChange[];
  /** A path in words: describePath with the caller's translator. */
  describe(path: string): string;
  headings: { field: string; before: string; after: string };
  /** Shown for a value that did not exist. */
  empty: string;
  labelledBy?: string;
}

export function ChangesTable({ changes, describe, headings, empty, labelledBy }: Props) {
  return (
    <table className="changes" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{headings.field}</th>
          <th scope="col">{headings.before}</th>
          <th scope="col">{headings.after}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.key ?? change.path}>
            <th scope="row">{describe(change.path)}</th>
            <DiffCells before={change.before} after={change.after} empty={empty} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
