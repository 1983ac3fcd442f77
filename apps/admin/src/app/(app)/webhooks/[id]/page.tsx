// One webhook's deliveries (newest first, or only the failures), for administrators.
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { WebhookDeliveriesDocument, WebhooksDocument } from "@kb/client";
import { formatDate } from "../../../../lib/format-date.ts";
import { capabilities } from "../../../../lib/roles.ts";
import { load, requireUser } from "../../../../server/api.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("admin.webhooks.deliveries") };
}

export default async function WebhookDeliveriesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ failed?: string }>;
}) {
  const [user, t, { id }, { failed }] = await Promise.all([
    requireUser(),
    getTranslations(),
    params,
    searchParams,
  ]);
  const locale = await getLocale();
  const w = await getTranslations("admin.webhooks");
  if (!capabilities(user.role).administer) {
    return (
      <section className="page">
        <p className="notice error">{t("common.notAllowed")}</p>
      </section>
    );
  }
  const hook = (await load(WebhooksDocument)).listWebhooks.find((h) => h.id === id);
  if (!hook) {
    return (
      <section className="page">
        <p className="notice error">{w("notFound")}</p>
        <Link href="/webhooks">{w("back")}</Link>
      </section>
    );
  }
  const failedOnly = failed === "1";
  const { webhookDeliveries } = await load(WebhookDeliveriesDocument, { id, first: 200, failedOnly });
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{w("deliveriesTitle", { url: hook.url })}</h1>
      <p className="row">
        <Link href="/webhooks">{w("back")}</Link>
        {failedOnly ? (
          <Link href={`/webhooks/${id}`}>{w("allDeliveries")}</Link>
        ) : (
          <Link href={`/webhooks/${id}?failed=1`}>{w("onlyFailures")}</Link>
        )}
      </p>
      <section className="panel">
        {webhookDeliveries.length === 0 ? (
          <p>{w("noDeliveries")}</p>
        ) : (
          <table className="deliveries">
            <caption className="sr-only">{w("deliveriesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{w("created")}</th>
                <th scope="col">{w("type")}</th>
                <th scope="col">{w("state")}</th>
                <th scope="col">{w("attempts")}</th>
                <th scope="col">{w("lastStatus")}</th>
                <th scope="col">{w("lastError")}</th>
                <th scope="col">{w("nextAttempt")}</th>
              </tr>
            </thead>
            <tbody>
              {webhookDeliveries.map((d) => (
                <tr key={d.id} data-delivery={d.eventId}>
                  <td>{formatDate(d.createdAt, locale)}</td>
                  <td className="code">{d.type}</td>
                  <td>{w(`states.${d.state}`)}</td>
                  <td>{d.attempts}</td>
                  <td>{d.lastStatus ?? "—"}</td>
                  <td>{d.lastError ?? "—"}</td>
                  <td>{d.nextAttemptAt ? formatDate(d.nextAttemptAt, locale) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
