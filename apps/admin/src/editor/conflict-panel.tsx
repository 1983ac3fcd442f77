"use client";
// Someone else saved first. Nothing was overwritten: this shows what they changed and lets the editor
// either load their version or keep their own edits on top of it (then review and save again).
import { useLocale, useTranslations } from "next-intl";
import { ChangesTable } from "../components/changes-table.tsx";
import { describePath } from "../lib/describe-path.ts";
import { formatDate } from "../lib/format-date.ts";
import type { ConflictState } from "./editor-state.ts";

interface Props {
  conflict: ConflictState;
  onReload(): void;
  onKeepMine(): void;
}

export function ConflictPanel({ conflict, onReload, onKeepMine }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const c = useTranslations("editor.conflict");
  const { current, revisions } = conflict.details;
  const changes = conflict.changes;
  return (
    <section className="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" tabIndex={-1}>
        {c("title")}
      </h2>
      <p>{c("intro", { version: String(current.version) })}</p>
      <ul className="plain">
        {revisions.map((r) => (
          <li key={r.version}>
            {c("revision", {
              version: String(r.version),
              author: r.authorName ?? c("someone"),
              date: formatDate(r.createdAt, locale),
            })}
            {r.summary ? ` — ${r.summary}` : ""}
          </li>
        ))}
      </ul>
      <h3>{c("theirChanges")}</h3>
      {changes.length === 0 ? (
        <p>{c("none")}</p>
      ) : (
        <ChangesTable
          changes={changes}
          describe={(path) => describePath(path, t)}
          headings={{ field: t("editor.columns.field"), before: c("before"), after: c("after") }}
          empty={c("empty")}
        />
      )}
      {conflict.merged ? (
        <p className="notice info">{c("merged", { version: String(current.version) })}</p>
      ) : (
        <div className="row">
          <button type="button" className="primary" onClick={onKeepMine}>
            {c("carry", { version: String(current.version) })}
          </button>
          <button type="button" className="secondary" onClick={onReload}>
            {c("reload", { version: String(current.version) })}
          </button>
        </div>
      )}
    </section>
  );
}
