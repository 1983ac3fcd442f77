import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { EditorialEntryListQuery } from "@kb/client";
import { StatusBadge, TranslationBadge } from "../../../components/badges.tsx";
import { formatDate } from "../../../lib/format-date.ts";

type Row = EditorialEntryListQuery["errorCodes"]["edges"][number]["node"];

export async function EntryTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations();
  const locale = await getLocale();
  if (rows.length === 0) return <p className="empty">{t("list.empty")}</p>;
  const c = await getTranslations("list.columns");
  return (
    <table className="entries">
      <caption className="sr-only">{t("list.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{c("code")}</th>
          <th scope="col">{c("title")}</th>
          <th scope="col">{c("status")}</th>
          <th scope="col">{c("french")}</th>
          <th scope="col">{c("types")}</th>
          <th scope="col">{c("updated")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const french = row.translations.find((tr) => tr.locale === "FR")?.status ?? "MISSING";
          return (
            <tr key={row.code} data-code={row.code}>
              <th scope="row">
                <Link href={`/entries/${row.code}`} className="code" prefetch={false}>
                  {row.code}
                </Link>
              </th>
              <td>{row.title}</td>
              <td>
                <StatusBadge status={row.status} label={t(`common.statuses.${row.status}`)} />
                {row.publishedVersion !== null && row.version > row.publishedVersion && (
                  <span className="badge unpublished" data-unpublished="">
                    {t("drafts.unpublished")}
                  </span>
                )}
              </td>
              <td>
                <TranslationBadge status={french} label={t(`common.translationShort.${french}`)} />
              </td>
              <td>{row.activationTypes.map((a) => a.key.replace("_", " ")).join(", ")}</td>
              <td>{formatDate(row.updatedAt, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
