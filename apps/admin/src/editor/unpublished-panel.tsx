"use client";
// What publishing would change for readers: the draft against the published version, field by field
// (from the API's unpublishedChanges, items named by their place in the draft).
import { useTranslations } from "next-intl";
import { DiffCells } from "../components/diff-cells.tsx";
import { describePath } from "../lib/describe-path.ts";
import { toPositionalPath } from "../lib/item-paths.ts";
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
        <table className="changes" aria-labelledby="unpublished-title">
          <thead>
            <tr>
              <th scope="col">{t("editor.columns.field")}</th>
              <th scope="col">{c("before")}</th>
              <th scope="col">{c("after")}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => {
              // The API counts positions from 0; people count from 1.
              const place = (v: string | null) =>
                change.path.endsWith(".position") && v !== null ? String(Number(v) + 1) : v;
              return (
                <tr key={change.path}>
                  <th scope="row">
                    {describePath(toPositionalPath(change.path, saved.source, saved.publishedSource), t)}
                  </th>
                  <DiffCells before={place(change.before)} after={place(change.after)} empty={c("empty")} />
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </details>
  );
}
