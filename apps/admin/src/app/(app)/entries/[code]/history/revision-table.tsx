import { getLocale, getTranslations } from "next-intl/server";
import type { EntryRevisionsQuery } from "@kb/client";
import { formatDate } from "../../../../../lib/format-date.ts";
import { RestoreButton } from "./restore-button.tsx";

interface Props {
  code: string;
  revisions: EntryRevisionsQuery["revisions"];
  canRestore: boolean;
}

export async function RevisionTable({ code, revisions, canRestore }: Props) {
  const t = await getTranslations();
  const locale = await getLocale();
  const h = await getTranslations("history");
  const current = revisions[0]?.version ?? 0;
  return (
    <table className="revisions">
      <caption>{h("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{h("columns.version")}</th>
          <th scope="col">{h("columns.savedAt")}</th>
          <th scope="col">{h("columns.author")}</th>
          <th scope="col">{h("columns.summary")}</th>
          {canRestore && (
            <th scope="col">
              <span className="sr-only">{t("common.actions")}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {revisions.map((r) => (
          <tr key={r.version} data-version={r.version}>
            <th scope="row">
              {r.version} {r.version === current && <span className="badge">{h("current")}</span>}
            </th>
            <td>{formatDate(r.createdAt, locale)}</td>
            <td>{r.authorName ?? h("noAuthor")}</td>
            <td>{r.summary}</td>
            {canRestore && (
              <td>
                {r.version !== current && (
                  <RestoreButton code={code} revision={r.version} currentVersion={current} />
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
