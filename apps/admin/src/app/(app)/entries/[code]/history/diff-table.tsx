// Each changed field once, with the words that changed marked in place (struck out / underlined).
import type { EntryRevisionDiffQuery } from "@kb/client";
import { fill } from "../../../../../i18n/locale.ts";
import { getT } from "../../../../../i18n/server-locale.ts";
import { DiffCells } from "../../../../../components/diff-cells.tsx";
import { describePath } from "../../../../../lib/describe-path.ts";

interface Props {
  changes: EntryRevisionDiffQuery["revisionDiff"];
  from: number;
  to: number;
}

export async function DiffTable({ changes, from, to }: Props) {
  const t = await getT();
  const h = t.history;
  if (changes.length === 0) return <p>{h.noDiff}</p>;
  return (
    <table className="changes" aria-labelledby="diff-title">
      <thead>
        <tr>
          <th scope="col">{h.field}</th>
          <th scope="col">{fill(h.before, { version: from })}</th>
          <th scope="col">{fill(h.after, { version: to })}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path}>
            <th scope="row">{describePath(change.path, t)}</th>
            <DiffCells before={change.before} after={change.after} empty={h.empty} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
