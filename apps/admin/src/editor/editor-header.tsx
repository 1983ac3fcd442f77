"use client";
// Which entry, in which state: status, version, French translation status, and what this role may do.
import { useLocale, useTranslations } from "next-intl";
import type { Role } from "@kb/client";
import { StatusBadge, TranslationBadge } from "../components/badges.tsx";
import { formatDate } from "../lib/format-date.ts";
import { capabilities } from "../lib/roles.ts";
import type { Saved } from "./editor-state.ts";
import { PortalPreviewButton } from "./portal-preview-button.tsx";

export function EditorHeader({ saved, code, role }: { saved: Saved | null; code: string; role: Role }) {
  const t = useTranslations();
  const locale = useLocale();
  const can = capabilities(role);
  return (
    <header className="editor-head">
      <h1>{saved ? <code>{saved.source.code}</code> : t("editor.newTitle")}</h1>
      {saved && (
        <p className="meta">
          <StatusBadge status={saved.status} label={t(`common.statuses.${saved.status}`)} />
          <TranslationBadge status={saved.french} label={t(`common.translation.${saved.french}`)} />
          {saved.hasUnpublishedChanges && saved.publishedVersion !== null && (
            <span className="badge unpublished" data-unpublished="">
              {t("drafts.unpublished")}
            </span>
          )}
          <span>{t("editor.version", { version: String(saved.version) })}</span>
          <span>
            {saved.publishedVersion !== null
              ? t("drafts.publishedAs", { version: String(saved.publishedVersion) })
              : t("drafts.neverPublished")}
          </span>
          <span>{formatDate(saved.updatedAt, locale)}</span>
          <PortalPreviewButton code={saved.source.code} />
        </p>
      )}
      {saved?.reviewRequestedAt && (
        <p className="notice info" role="status">
          {t("drafts.reviewRequested", {
            name: saved.reviewRequestedBy ?? t("editor.conflict.someone"),
            date: formatDate(saved.reviewRequestedAt, locale),
          })}
        </p>
      )}
      {!saved && code && <p className="meta">{code}</p>}
      {!can.editContent && can.editFrench && <p className="notice info">{t("editor.frenchOnly")}</p>}
      {!can.editFrench && <p className="notice info">{t("editor.readOnly")}</p>}
    </header>
  );
}
