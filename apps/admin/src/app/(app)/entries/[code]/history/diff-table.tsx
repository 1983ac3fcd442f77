// Each changed field once, with the words that changed marked in place (struck out / underlined).
import { getTranslations } from "next-intl/server";
import type { EntryRevisionDiffQuery } from "@kb/client";
import { ChangesTable } from "../../../../../components/changes-table.tsx";
import { describePath } from "../../../../../lib/describe-path.ts";
import { toShownChange, type ItemLists } from "../../../../../lib/item-paths.ts";

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
    <ChangesTable
      changes={changes.map((change) => toShownChange(change, items))}
      describe={(path) => describePath(path, t)}
      headings={{
        field: h("field"),
        before: h("before", { version: String(from) }),
        after: h("after", { version: String(to) }),
      }}
      empty={h("empty")}
      labelledBy="diff-title"
    />
  );
}
