// Webhooks for other services, for administrators (the API refuses everyone else anyway).
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { WebhooksDocument } from "@kb/client";
import { formatDate } from "../../../lib/format-date.ts";
import { capabilities } from "../../../lib/roles.ts";
import { load, requireUser } from "../../../server/api.ts";
import { WebhookPanel } from "./webhook-panel.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("admin.webhooks.title") };
}

export default async function WebhooksPage() {
  const [user, t] = await Promise.all([requireUser(), getTranslations()]);
  const locale = await getLocale();
  if (!capabilities(user.role).administer) {
    return (
      <section className="page">
        <p className="notice error">{t("common.notAllowed")}</p>
      </section>
    );
  }
  const { listWebhooks } = await load(WebhooksDocument);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t("admin.webhooks.title")}</h1>
      <WebhookPanel
        webhooks={listWebhooks.map((hook) => ({ ...hook, created: formatDate(hook.createdAt, locale) }))}
      />
    </section>
  );
}
