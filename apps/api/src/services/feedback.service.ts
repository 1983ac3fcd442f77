// Reader feedback and the backlog of valid codes people asked about that the base does not hold.
import type { Locale, PrismaClient } from "@kb/db";
import { AppError } from "../errors.ts";
import { Throttle } from "./auth/throttle.ts";
import { parseCodeArg } from "./error-code.service.ts";
import { demand, type Viewer } from "./visibility.ts";

export const MAX_COMMENT = 1000;
const perAddress = new Throttle(20, 60 * 60_000);

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
  if (perAddress.blocked(viewer.ip)) {
    throw new AppError(
      "RATE_LIMITED",
      "Thank you — you have sent a lot of feedback already; try again later.",
    );
  }
  perAddress.hit(viewer.ip);
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

export async function recordUnknownLookup(db: PrismaClient, code: string) {
  await db.unknownLookup.upsert({
    where: { code },
    create: { code },
    update: { count: { increment: 1 }, lastSeenAt: new Date() },
  });
}

export async function listFeedback(db: PrismaClient, viewer: Viewer, first: number) {
  demand(viewer, "read:drafts");
  return db.feedback.findMany({ orderBy: { createdAt: "desc" }, take: Math.min(Math.max(first, 1), 500) });
}

export async function listUnknownLookups(db: PrismaClient, viewer: Viewer, first: number) {
  demand(viewer, "read:drafts");
  return db.unknownLookup.findMany({
    orderBy: [{ count: "desc" }, { code: "asc" }],
    take: Math.min(Math.max(first, 1), 500),
  });
}
