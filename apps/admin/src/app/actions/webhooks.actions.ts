"use server";
// Webhooks for other services (the API allows them to admins only). Server actions: same-origin only,
// see auth.actions.ts. Each success refreshes /webhooks and the deliveries pages under it.
import {
  CreateWebhookDocument,
  DeleteWebhookDocument,
  TestWebhookDocument,
  type WebhookEvent,
} from "@kb/client";
import type { KbClient } from "@kb/client";
import { mutate } from "../../server/mutate.ts";

const refresh = <T>(fn: (client: KbClient) => Promise<T>) => mutate("/webhooks", fn, "layout");

export async function createWebhookAction(url: string, events: WebhookEvent[]) {
  return refresh(
    async (c) =>
      (await c.request(CreateWebhookDocument, { input: { url: String(url), events } })).createWebhook,
  );
}

export async function deleteWebhookAction(id: string) {
  return refresh(async (c) => (await c.request(DeleteWebhookDocument, { id: String(id) })).deleteWebhook);
}

export async function testWebhookAction(id: string) {
  return refresh(async (c) => (await c.request(TestWebhookDocument, { id: String(id) })).testWebhook);
}
