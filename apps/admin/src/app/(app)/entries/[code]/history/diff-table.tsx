// Each changed field once, with the words that changed marked in place (struck out / underlined).
import { getTranslations } from "next-intl/server";
import type { EntryRevisionDiffQuery } from "@kb/client";
import { DiffCells } from "../../../../../components/diff-cells.tsx";
import { describePath } from "../../../../../lib/describe-path.ts";
import { toPositionalPath, type ItemLists } from "../../../../../lib/item-paths.ts";

interface Props {
  changes: EntryRevisionDiffQuery["revisionDiff"];
  /** The draft's items: the diff names items by id, the table by their place in the draft. */
  items: ItemLists | null;
  from: number;
  to: number;
}

export async function DiffTable({ changes, items, from, to }: Props) {
  const t = await getTranslations();
  const h = await getTranslations("history");
  if (changes.length === 0) return <p>{h("noDiff")}</p>;
  return (
    <table className="changes" aria-labelledby="diff-title">
      <thead>
        <tr>
          <th scope="col">{h("field")}</th>
          <th scope="col">{h("before", { version: String(from) })}</th>
          <th scope="col">{h("after", { version: String(to) })}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => {
          // The API counts positions from 0; people count from 1.
          const place = (v: string | null | undefined) =>
            change.path.endsWith(".position") && v != null ? String(Number(v) + 1) : (v ?? null);
          return (
            <tr key={change.path}>
              <th scope="row">{describePath(toPositionalPath(change.path, items), t)}</th>
              <DiffCells before={place(change.before)} after={place(change.after)} empty={h("empty")} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
