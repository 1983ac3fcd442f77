// Presence in the editor, like document locks but advisory: each open editor sends a heartbeat, and
// learns who else has the entry open. Nothing is refused because of it.
import { leaveEntryPresence, touchEntryPresence } from "@kb/db";
import type { PrismaClient } from "@kb/db";
import { AppError } from "../errors.ts";
import { codeOf } from "./entry-editor.service.ts";
import { demand, type Viewer } from "./visibility.ts";

/** The admin sends a heartbeat every 15 s: three missed beats and a person is gone. */
export const PRESENCE_TTL_SECONDS = 45;

function personOf(viewer: Viewer) {
  demand(viewer, "read:drafts");
  if (!viewer.user) throw new AppError("FORBIDDEN", "Presence is for people signed in, not API tokens.");
  return viewer.user;
}

export async function touchPresence(db: PrismaClient, viewer: Viewer, id: string) {
  const user = personOf(viewer);
  const code = await codeOf(db, id);
  const others = await touchEntryPresence(db, {
    code,
    userId: user.id,
    ttlSeconds: PRESENCE_TTL_SECONDS,
  });
  if (!others) throw new AppError("NOT_FOUND", `${code} is not in the knowledge base.`);
  return others;
}

/** The editor was closed. True also when the person was not recorded (idempotent). */
export async function leavePresence(db: PrismaClient, viewer: Viewer, id: string): Promise<boolean> {
  const user = personOf(viewer);
  await leaveEntryPresence(db, { code: await codeOf(db, id), userId: user.id });
  return true;
}
