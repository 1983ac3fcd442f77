// An entry's saved versions (author, time, summary), a readable diff between any two, and restore.
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntryRevisionDiffDocument, EntryRevisionsDocument } from "@kb/client";
import { capabilities } from "../../../../../lib/roles.ts";
import { load, requireUser } from "../../../../../server/api.ts";
import { CompareForm } from "./compare-form.tsx";
import { DiffTable } from "./diff-table.tsx";
import { RevisionTable } from "./revision-table.tsx";

type Params = Promise<{ code: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations();
  return { title: `${t("history.title")} ${decodeURIComponent((await params).code)}` };
}

const version = (value: unknown) =>
  typeof value === "string" && /^\d+$/.test(value) ? Number(value) : undefined;

// Every save bumps the version, and the seed's snapshots carry no status: neither is a change to show.
const isContentChange = (c: { path: string; before: string | null; after: string | null }) =>
  c.path !== "version" && !(c.path === "status" && (c.before === null || c.after === null));

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  const code = decodeURIComponent((await params).code);
  const search = await searchParams;
  const [user, t, { revisions }] = await Promise.all([
    requireUser(),
    getTranslations(),
    load(EntryRevisionsDocument, { id: code }),
  ]);
  if (revisions.length === 0) notFound();
  const versions = revisions.map((r) => r.version);
  const latest = versions[0]!;
  const to = versions.includes(version(search.to) ?? -1) ? version(search.to)! : latest;
  const from = versions.includes(version(search.from) ?? -1)
    ? version(search.from)!
    : (versions[1] ?? latest);
  const { revisionDiff, errorCodeSource } = await load(EntryRevisionDiffDocument, { id: code, from, to });

  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">{t("history.heading", { code })}</h1>
        <Link href={`/entries/${code}`} className="button secondary">
          {t("history.backToEntry")}
        </Link>
      </div>
      <RevisionTable code={code} revisions={revisions} canRestore={capabilities(user.role).restore} />
      <h2>{t("history.compare")}</h2>
      <CompareForm code={code} versions={versions} from={from} to={to} />
      <h3 id="diff-title">{t("history.diffTitle", { from: String(from), to: String(to) })}</h3>
      <DiffTable
        changes={revisionDiff.filter(isContentChange)}
        items={errorCodeSource?.source ?? null}
        from={from}
        to={to}
      />
    </section>
  );
}
