"use client";
// Which entry, in which state: status, version, French translation status, and what this role may do.
import type { Role } from "@kb/client";
import { StatusBadge, TranslationBadge } from "../components/badges.tsx";
import { useT } from "../i18n/i18n-provider.tsx";
import { fill } from "../i18n/locale.ts";
import { formatDate } from "../lib/format-date.ts";
import { capabilities } from "../lib/roles.ts";
import type { Saved } from "./editor-state.ts";
import { PortalPreviewButton } from "./portal-preview-button.tsx";

export function EditorHeader({ saved, code, role }: { saved: Saved | null; code: string; role: Role }) {
  const t = useT();
  const can = capabilities(role);
  return (
    <header className="editor-head">
      <h1>{saved ? <code>{saved.source.code}</code> : t.editor.newTitle}</h1>
      {saved && (
        <p className="meta">
          <StatusBadge status={saved.status} label={t.common.statuses[saved.status]} />
          <TranslationBadge status={saved.french} label={t.common.translation[saved.french]} />
          {saved.hasUnpublishedChanges && saved.publishedVersion !== null && (
            <span className="badge unpublished" data-unpublished="">
              {t.drafts.unpublished}
            </span>
          )}
          <span>{fill(t.editor.version, { version: saved.version })}</span>
          <span>
            {saved.publishedVersion !== null
              ? fill(t.drafts.publishedAs, { version: saved.publishedVersion })
              : t.drafts.neverPublished}
          </span>
          <span>{formatDate(saved.updatedAt, t.locale)}</span>
          <PortalPreviewButton code={saved.source.code} />
        </p>
      )}
      {saved?.reviewRequestedAt && (
        <p className="notice info" role="status">
          {fill(t.drafts.reviewRequested, {
            name: saved.reviewRequestedBy ?? t.editor.conflict.someone,
            date: formatDate(saved.reviewRequestedAt, t.locale),
          })}
        </p>
      )}
      {!saved && code && <p className="meta">{code}</p>}
      {!can.editContent && can.editFrench && <p className="notice info">{t.editor.frenchOnly}</p>}
      {!can.editFrench && <p className="notice info">{t.editor.readOnly}</p>}
    </header>
  );
}
