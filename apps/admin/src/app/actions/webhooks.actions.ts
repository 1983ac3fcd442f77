"use server";
// Webhooks for other services (the API allows them to admins only). Server actions: same-origin only,
// see auth.actions.ts. Each success refreshes /webhooks so the table shows the new state.
import { revalidatePath } from "next/cache";
import {
  CreateWebhookDocument,
  DeleteWebhookDocument,
  TestWebhookDocument,
  type WebhookEvent,
} from "@kb/client";
import type { ActionResult } from "../../lib/action-result.ts";
import { apiClient } from "../../server/api.ts";
import { attempt } from "../../server/to-failure.ts";

async function call<T>(
  fn: (client: Awaited<ReturnType<typeof apiClient>>) => Promise<T>,
): Promise<ActionResult<T>> {
  const client = await apiClient();
  const result = await attempt(() => fn(client));
  if (result.ok) revalidatePath("/webhooks", "layout");
  return result;
}

export async function createWebhookAction(url: string, events: WebhookEvent[]) {
  return call(
    async (c) =>
      (await c.request(CreateWebhookDocument, { input: { url: String(url), events } })).createWebhook,
  );
}

export async function deleteWebhookAction(id: string) {
  return call(async (c) => (await c.request(DeleteWebhookDocument, { id: String(id) })).deleteWebhook);
}

export async function testWebhookAction(id: string) {
  return call(async (c) => (await c.request(TestWebhookDocument, { id: String(id) })).testWebhook);
}
