// Reader feedback, and the editors' view of the backlog of valid codes people asked about that the base
// does not hold (recorded by services/backlog/backlog-recorder.ts).
import type { Locale, PrismaClient } from "@kb/db";
import { AppError } from "../errors.ts";
import { addressSubject, FEEDBACK_PER_ADDRESS, spend } from "./limits/rate-limits.ts";
import { parseCodeArg } from "./code-arg.ts";
import { demand, type Viewer } from "./visibility.ts";

export const MAX_COMMENT = 1000;

export async function submitFeedback(
  db: PrismaClient,
  viewer: Viewer,
  input: { code: string; locale: Locale; helpful: boolean; comment?: string | null },
) {
  const { hex } = parseCodeArg(input.code);
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > MAX_COMMENT) {
    throw new AppError("BAD_USER_INPUT", `comment must be at most ${MAX_COMMENT} characters.`, {
      argument: "comment",
    });
  }
  await spend(
    db,
    [[FEEDBACK_PER_ADDRESS, addressSubject(viewer.ip)]],
    (s) => `Thank you — you have sent a lot of feedback already; try again in ${Math.ceil(s / 60)} min.`,
  );
  const entry = await db.errorCode.findFirst({
    where: { code: hex, status: "PUBLISHED" },
    select: { id: true },
  });
  if (!entry) throw new AppError("NOT_FOUND", `${hex} is not a published entry.`);
  await db.feedback.create({
    data: { errorCodeId: entry.id, code: hex, locale: input.locale, helpful: input.helpful, comment },
  });
  return true;
}

export async function listFeedback(db: PrismaClient, viewer: Viewer, first: number) {
  demand(viewer, "read:drafts");
  return db.feedback.findMany({ orderBy: { createdAt: "desc" }, take: Math.min(Math.max(first, 1), 500) });
}

export async function listUnknownLookups(
  db: PrismaClient,
  viewer: Viewer,
  first: number,
  pending: { flush(): Promise<void> },
) {
  demand(viewer, "read:drafts");
  // What this process still holds in memory is written first, so an editor sees every lookup made so far.
  await pending.flush();
  return db.unknownLookup.findMany({
    orderBy: [{ readers: "desc" }, { count: "desc" }, { code: "asc" }],
    take: Math.min(Math.max(first, 1), 500),
  });
}
