// Looking codes up in any pasted form, and listing them page by page on a keyset (code order).
import { CodeParseError, parseCode } from "@kb/codes";
import type { ActivationTypeKey, EntryStatus, Locale, Prisma, PrismaClient } from "@kb/db";
import { AppError } from "../errors.ts";
import { recordUnknownLookup } from "./feedback.service.ts";
import type { Loaders } from "./loaders.ts";
import { matchingIds } from "./search.service.ts";
import { idsWithStatus } from "./translation-report.service.ts";
import type { Status } from "./translation-status.ts";
import { toView, type ErrorCodeView } from "./views.ts";
import { demand, visibleStatuses, type Viewer } from "./visibility.ts";

export const MAX_PAGE = 100;

/** Parses what a person pasted; anything that is no code is a BAD_USER_INPUT error saying what was expected. */
export function parseCodeArg(input: string, argument = "code") {
  try {
    return parseCode(input);
  } catch (error) {
    if (error instanceof CodeParseError) throw new AppError("BAD_USER_INPUT", error.message, { argument });
    throw error;
  }
}

export async function findErrorCode(
  db: PrismaClient,
  loaders: Loaders,
  input: string,
  locale: Locale,
): Promise<ErrorCodeView | null> {
  const { hex } = parseCodeArg(input);
  const row = await loaders.byCode.load(hex);
  if (!row) {
    await recordUnknownLookup(db, hex);
    return null;
  }
  return toView(row, locale);
}

export interface ListArgs {
  locale: Locale;
  viewer: Viewer;
  first: number;
  after?: string | null | undefined;
  activationType?: ActivationTypeKey | null | undefined;
  text?: string | null | undefined;
  status?: EntryStatus | null | undefined;
  translationStatus?: { locale: Locale; status: Status } | null | undefined;
}

const encodeCursor = (code: string) => Buffer.from(`code:${code}`).toString("base64url");
function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString();
  const match = /^code:(0x[0-9A-F]{8})$/.exec(decoded);
  if (!match)
    throw new AppError("BAD_USER_INPUT", "after must be an endCursor returned by a previous page.", {
      argument: "after",
    });
  return match[1]!;
}

export async function listErrorCodes(db: PrismaClient, loaders: Loaders, args: ListArgs) {
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > MAX_PAGE) {
    throw new AppError("BAD_USER_INPUT", `first must be an integer from 0 to ${MAX_PAGE}.`, {
      argument: "first",
    });
  }
  const where: Prisma.ErrorCodeWhereInput = { status: { in: visibleStatuses(args.viewer) } };
  if (args.activationType) where.activationTypes = { some: { activationTypeKey: args.activationType } };
  const idSets: string[][] = [];
  if (args.text?.trim()) idSets.push(await matchingIds(loaders, args.text, args.locale));
  if (args.translationStatus) {
    demand(args.viewer, "read:drafts");
    idSets.push(
      await idsWithStatus(db, args.viewer, args.translationStatus.locale, args.translationStatus.status),
    );
  }
  if (idSets.length) where.id = { in: idSets.reduce((a, b) => a.filter((id) => b.includes(id))) };
  if (args.status) {
    if (args.status !== "PUBLISHED") demand(args.viewer, "read:drafts");
    where.status = args.status;
  }
  const after = args.after ? decodeCursor(args.after) : undefined;
  // The page's keys first, then its entries whole through the loader (which the field resolvers share).
  const keys = await db.errorCode.findMany({
    where: after ? { AND: [where, { code: { gt: after } }] } : where,
    select: { id: true },
    orderBy: { code: "asc" },
    take: args.first + 1,
  });
  const page = await loaders.entries.loadMany(keys.slice(0, args.first).map((k) => k.id));
  const edges = page.flatMap((row) =>
    row && !(row instanceof Error)
      ? [{ cursor: encodeCursor(row.code), node: toView(row, args.locale) }]
      : [],
  );
  return {
    // Called by the totalCount field resolver only when that field is selected, so a page that does
    // not ask for it costs no COUNT(*) over the whole table.
    count: () => db.errorCode.count({ where }),
    edges,
    pageInfo: { hasNextPage: keys.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
