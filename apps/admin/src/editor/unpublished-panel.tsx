"use client";
// What publishing would change for readers: the draft against the published version, field by field
// (from the API's unpublishedChanges, items named by their place in the draft).
import { useTranslations } from "next-intl";
import { ChangesTable } from "../components/changes-table.tsx";
import { describePath } from "../lib/describe-path.ts";
import { toShownChange } from "../lib/item-paths.ts";
import type { Saved } from "./editor-state.ts";

export function UnpublishedPanel({ saved }: { saved: Saved }) {
  const t = useTranslations();
  const d = useTranslations("drafts");
  const c = useTranslations("editor.conflict");
  if (saved.publishedVersion === null) return null;
  // The version number is bookkeeping, not something readers would see change.
  const changes = saved.unpublishedChanges.filter((change) => change.path !== "version");
  return (
    <details className="unpublished-panel" open={changes.length > 0}>
      <summary id="unpublished-title">
        {d("panelTitle")} ({changes.length})
      </summary>
      <p>{d("panelIntro", { version: String(saved.publishedVersion ?? "") })}</p>
      {changes.length === 0 ? (
        <p>{d("panelNone")}</p>
      ) : (
        <ChangesTable
          changes={changes.map((change) => toShownChange(change, saved.source, saved.publishedSource))}
          describe={(path) => describePath(path, t)}
          headings={{ field: t("editor.columns.field"), before: c("before"), after: c("after") }}
          empty={c("empty")}
          labelledBy="unpublished-title"
        />
      )}
    </details>
  );
}
