"use client";
// Webhooks: list, create (the signing secret is shown once, here), send a test, delete.
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import Link from "next/link";
import type { WebhookEvent, WebhooksQuery } from "@kb/client";
import { CheckSet } from "../../../components/check-set.tsx";
import { useReauth } from "../../../components/reauth/reauth-provider.tsx";
import { SecretNotice } from "../../../components/secret-notice.tsx";
import {
  createWebhookAction,
  deleteWebhookAction,
  testWebhookAction,
} from "../../actions/webhooks.actions.ts";

type Hook = WebhooksQuery["listWebhooks"][number] & { created: string };
const EVENTS: WebhookEvent[] = ["ENTRY_PUBLISHED", "ENTRY_UNPUBLISHED", "ENTRY_ARCHIVED"];

export function WebhookPanel({ webhooks }: { webhooks: Hook[] }) {
  const w = useTranslations("admin.webhooks");
  const run = useReauth();
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<WebhookEvent[]>([...EVENTS]);
  const [secret, setSecret] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    const result = await run(() => createWebhookAction(url, events));
    if (!result.ok) return setError(w("failed", { message: result.message }));
    setError(null);
    setStatus(null);
    setSecret(result.data.secret);
    setUrl("");
  }

  async function test(hook: Hook) {
    const result = await run(() => testWebhookAction(hook.id));
    setError(result.ok ? null : w("failed", { message: result.message }));
    setStatus(result.ok ? w("testSent", { url: hook.url }) : null);
  }

  async function remove(hook: Hook) {
    if (!window.confirm(w("confirmRemove", { url: hook.url }))) return;
    const result = await run(() => deleteWebhookAction(hook.id));
    setError(result.ok ? null : w("failed", { message: result.message }));
  }

  return (
    <section aria-labelledby="webhooks-title" className="panel">
      <h2 id="webhooks-title" className="sr-only">
        {w("title")}
      </h2>
      <p>{w("intro")}</p>
      {webhooks.length === 0 ? (
        <p>{w("none")}</p>
      ) : (
        <table className="webhooks">
          <caption className="sr-only">{w("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{w("url")}</th>
              <th scope="col">{w("events")}</th>
              <th scope="col">{w("created")}</th>
              <th scope="col">{w("deliveries")}</th>
              <th scope="col">
                <span className="sr-only">{w("deliveries")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {webhooks.map((hook) => (
              <tr key={hook.id} data-webhook={hook.url}>
                <th scope="row" className="code">
                  {hook.url}
                </th>
                <td>{hook.events.map((e) => w(`eventNames.${e}`)).join(", ")}</td>
                <td>{hook.created}</td>
                <td>
                  <Link href={`/webhooks/${hook.id}`} aria-label={w("showDeliveries", { url: hook.url })}>
                    {w("counts", {
                      delivered: hook.delivered,
                      pending: hook.pending,
                      failed: hook.failed,
                    })}
                  </Link>
                </td>
                <td className="row">
                  <button type="button" className="secondary small" onClick={() => void test(hook)}>
                    {w("test", { url: hook.url })}
                  </button>
                  <button type="button" className="secondary small" onClick={() => void remove(hook)}>
                    {w("remove", { url: hook.url })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SecretNotice title={w("secretTitle")} secret={secret} />
      {status && (
        <p className="notice success" role="status">
          {status}
        </p>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <form onSubmit={create} className="filters" aria-labelledby="new-webhook-title">
        <h3 id="new-webhook-title" className="full">
          {w("newWebhook")}
        </h3>
        <label className="field">
          <span>{w("url")}</span>
          <input type="url" value={url} required onChange={(e) => setUrl(e.target.value)} />
        </label>
        <CheckSet
          legend={w("events")}
          options={EVENTS}
          chosen={events}
          onChange={setEvents}
          label={(name) => w(`eventNames.${name}`)}
        />
        <div className="row">
          <button type="submit" className="primary">
            {w("create")}
          </button>
        </div>
      </form>
    </section>
  );
}
