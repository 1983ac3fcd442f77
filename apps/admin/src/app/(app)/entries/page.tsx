// The entry list: search and filters in the URL, MISSING/STALE French badges, a keyset page at a time.
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { EditorialEntryListDocument, EditorialTranslationReportDocument } from "@kb/client";
import { listHref, listParams, toFilter } from "../../../lib/list-filter.ts";
import { capabilities } from "../../../lib/roles.ts";
import { load, requireUser } from "../../../server/api.ts";
import { EntryFilters } from "./entry-filters.tsx";
import { EntryTable } from "./entry-table.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("list.title") };
}

const PAGE_SIZE = 50;

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function EntriesPage({ searchParams }: { searchParams: Search }) {
  const params = listParams(await searchParams);
  const [t, user] = await Promise.all([getTranslations(), requireUser()]);
  const [{ errorCodes }, { translationReport: report }] = await Promise.all([
    load(EditorialEntryListDocument, {
      filter: toFilter(params),
      first: PAGE_SIZE,
      after: params.after || null,
    }),
    load(EditorialTranslationReportDocument, { locale: "FR" }),
  ]);

  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">{t("list.title")}</h1>
        {capabilities(user.role).editContent && (
          <Link href="/entries/new" className="button primary">
            {t("list.newEntry")}
          </Link>
        )}
      </div>
      <p className="report">
        {t("list.report")}{" "}
        <Link href={listHref(params, { translation: "CURRENT" })}>
          {t("list.reportCurrent", { count: report.current })}
        </Link>
        {" · "}
        <Link href={listHref(params, { translation: "STALE" })}>
          {t("list.reportStale", { count: report.stale })}
        </Link>
        {" · "}
        <Link href={listHref(params, { translation: "MISSING" })}>
          {t("list.reportMissing", { count: report.missing })}
        </Link>
      </p>
      <EntryFilters params={params} />
      <p aria-live="polite">{t("list.count", { count: errorCodes.totalCount })}</p>
      <EntryTable rows={errorCodes.edges.map((edge) => edge.node)} />
      <nav className="pager" aria-label={t("list.title")}>
        {params.after && <Link href={listHref(params)}>{t("list.first")}</Link>}
        {errorCodes.pageInfo.hasNextPage && errorCodes.pageInfo.endCursor && (
          <Link href={listHref(params, { after: errorCodes.pageInfo.endCursor })}>{t("list.next")}</Link>
        )}
      </nav>
    </section>
  );
}
