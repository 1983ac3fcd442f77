// What readers say and ask for: feedback on entries, and valid codes looked up that the base lacks
// (editors can start an entry for one directly).
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { EditorialBacklogDocument } from "@kb/client";
import { formatDate } from "../../../lib/format-date.ts";
import { capabilities } from "../../../lib/roles.ts";
import { load, requireUser } from "../../../server/api.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("admin.backlog.title") };
}

export default async function BacklogPage() {
  const [user, t, { feedback, unknownLookups }] = await Promise.all([
    requireUser(),
    getTranslations(),
    load(EditorialBacklogDocument, { first: 200 }),
  ]);
  const locale = await getLocale();
  const b = await getTranslations("admin.backlog");
  const canCreate = capabilities(user.role).editContent;
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{b("title")}</h1>
      <section aria-labelledby="unknown-title" className="panel">
        <h2 id="unknown-title">{b("unknownTitle")}</h2>
        {unknownLookups.length === 0 ? (
          <p>{b("noUnknown")}</p>
        ) : (
          <table className="backlog">
            <caption className="sr-only">{b("unknownCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{b("code")}</th>
                <th scope="col">{b("readers")}</th>
                <th scope="col">{b("count")}</th>
                <th scope="col">{b("names")}</th>
                <th scope="col">{b("firstSeen")}</th>
                <th scope="col">{b("lastSeen")}</th>
                {canCreate && (
                  <th scope="col">
                    <span className="sr-only">{t("common.actions")}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {unknownLookups.map((lookup) => (
                <tr key={lookup.code}>
                  <th scope="row" className="code">
                    {lookup.code}
                  </th>
                  <td>{lookup.readers}</td>
                  <td>{lookup.count}</td>
                  <td>
                    {lookup.names.length === 0
                      ? b("noName")
                      : lookup.names.map((n, i) => (
                          <span key={`${n.name} ${n.header}`}>
                            {i > 0 && ", "}
                            <code>{n.name}</code> ({n.header})
                          </span>
                        ))}
                  </td>
                  <td>{formatDate(lookup.firstSeenAt, locale)}</td>
                  <td>{formatDate(lookup.lastSeenAt, locale)}</td>
                  {canCreate && (
                    <td>
                      <Link href={`/entries/new?code=${encodeURIComponent(lookup.code)}`}>
                        {b("createEntry", { code: lookup.code })}
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="feedback-title" className="panel">
        <h2 id="feedback-title">{b("feedbackTitle")}</h2>
        {feedback.length === 0 ? (
          <p>{b("noFeedback")}</p>
        ) : (
          <table className="backlog">
            <caption className="sr-only">{b("feedbackCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{b("date")}</th>
                <th scope="col">{b("code")}</th>
                <th scope="col">{b("language")}</th>
                <th scope="col">{b("helpful")}</th>
                <th scope="col">{b("comment")}</th>
              </tr>
            </thead>
            <tbody>
              {feedback.map((item) => (
                <tr key={item.id}>
                  <td>{formatDate(item.createdAt, locale)}</td>
                  <th scope="row">
                    <Link href={`/entries/${item.code}`} className="code">
                      {item.code}
                    </Link>
                  </th>
                  <td>{t(`common.contentLanguages.${item.locale}`)}</td>
                  <td>{item.helpful ? b("yes") : b("no")}</td>
                  <td lang={item.locale.toLowerCase()}>{item.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
