"use server";
// The editor's presence heartbeat (see use-presence.ts).
import {
  LeaveEntryPresenceDocument,
  TouchEntryPresenceDocument,
  type TouchEntryPresenceMutation,
} from "@kb/client";
import type { ActionResult } from "../../lib/action-result.ts";
import { apiClient } from "../../server/api.ts";
import { attempt } from "../../server/to-failure.ts";

export type PresentPerson = TouchEntryPresenceMutation["touchEntryPresence"][number];

export async function touchPresenceAction(code: string): Promise<ActionResult<PresentPerson[]>> {
  const client = await apiClient();
  const result = await attempt(() => client.request(TouchEntryPresenceDocument, { id: String(code) }));
  return result.ok ? { ok: true, data: result.data.touchEntryPresence } : result;
}

export async function leavePresenceAction(code: string): Promise<ActionResult<boolean>> {
  const client = await apiClient();
  const result = await attempt(() => client.request(LeaveEntryPresenceDocument, { code: String(code) }));
  return result.ok ? { ok: true, data: result.data.leaveEntryPresence } : result;
}
