// Looking codes up in any pasted form, and listing them page by page on a keyset: code order, or change
// order (the last publish for public readers, the last write for editors) for services following changes.
import {
  LOCALES,
  type ActivationTypeKey,
  type EntryStatus,
  type Locale,
  type Prisma,
  type PrismaClient,
} from "@kb/db";
import { AppError } from "../errors.ts";
import { parseCodeArg } from "./code-arg.ts";
import type { Loaders } from "./loaders.ts";
import { matchingIds } from "./search.service.ts";
import { idsWithStatus } from "./translation-report.service.ts";
import type { Status } from "./translation-status.ts";
import { toView, type ErrorCodeView } from "./views.ts";
import { demand, visibleStatuses, type Viewer } from "./visibility.ts";

export const MAX_PAGE = 100;

/** `onUnknown` hears of a valid code the viewer cannot read (the editors' backlog keeps those that
 * exist in no status). */
export async function findErrorCode(
  loaders: Loaders,
  input: string,
  locale: Locale,
  onUnknown: (hex: string) => void,
): Promise<ErrorCodeView | null> {
  const { hex } = parseCodeArg(input);
  const row = await loaders.byCode.load(hex);
  if (!row) {
    onUnknown(hex);
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
  /** Entries changed at or after this time (inclusive, so a feed resumed from its last time misses none). */
  updatedSince?: Date | null | undefined;
  orderBy?: ErrorCodeOrder | null | undefined;
}

export type ErrorCodeOrder = "CODE" | "UPDATED_AT";

/** What "updated" means for a viewer: public readers see content change only when it is published. */
export const changeColumn = (viewer: Viewer) => (viewer.canReadDrafts ? "updatedAt" : "publishedAt");

type Key = { code: string; at?: Date };

const encodeCursor = (key: Key) =>
  Buffer.from(key.at ? `at:${key.at.getTime()}:${key.code}` : `code:${key.code}`).toString("base64url");
function decodeCursor(cursor: string, order: ErrorCodeOrder): Key {
  const decoded = Buffer.from(cursor, "base64url").toString();
  const match =
    order === "CODE"
      ? /^code:(0x[0-9A-F]{8})$/.exec(decoded)
      : /^at:(\d{1,15}):(0x[0-9A-F]{8})$/.exec(decoded);
  if (!match)
    throw new AppError(
      "BAD_USER_INPUT",
      "after must be an endCursor returned by a previous page in the same orderBy.",
      { argument: "after" },
    );
  return order === "CODE" ? { code: match[1]! } : { at: new Date(Number(match[1])), code: match[2]! };
}

export async function listErrorCodes(db: PrismaClient, loaders: Loaders, args: ListArgs) {
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > MAX_PAGE) {
    throw new AppError("BAD_USER_INPUT", `first must be an integer from 0 to ${MAX_PAGE}.`, {
      argument: "first",
    });
  }
  const where: Prisma.ErrorCodeWhereInput = { status: { in: visibleStatuses(args.viewer) } };
  if (args.activationType) {
    // Readers filter on what they see, the published version; editors on the working draft.
    if (args.viewer.canReadDrafts)
      where.activationTypes = { some: { activationTypeKey: args.activationType } };
    else where.published = { activationTypes: { has: args.activationType } };
  }
  const idSets: string[][] = [];
  if (args.text?.trim()) {
    // Editors look for an entry in either language; readers in theirs.
    const locales: Locale[] = args.viewer.canReadDrafts ? LOCALES.slice() : [args.locale];
    const found = await Promise.all(locales.map((l) => matchingIds(loaders, args.text!, l)));
    idSets.push([...new Set(found.flat())]);
  }
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
  const order = args.orderBy ?? "CODE";
  const column = changeColumn(args.viewer);
  if (args.updatedSince) where[column] = { gte: args.updatedSince };
  const after = args.after ? decodeCursor(args.after, order) : undefined;
  // Keyset on (change time, code): rows with the same time stay in code order, so no row is skipped or
  // repeated between pages. publishedAt is set on every publish, so a visible entry never lacks it.
  const seek: Prisma.ErrorCodeWhereInput | undefined = !after
    ? undefined
    : order === "CODE"
      ? { code: { gt: after.code } }
      : { OR: [{ [column]: { gt: after.at } }, { [column]: after.at, code: { gt: after.code } }] };
  // The page's keys first, then its entries whole through the loader (which the field resolvers share).
  const keys = await db.errorCode.findMany({
    where: seek ? { AND: [where, seek] } : where,
    select: { id: true, code: true, publishedAt: true, updatedAt: true },
    orderBy: order === "CODE" ? { code: "asc" } : [{ [column]: "asc" }, { code: "asc" }],
    take: args.first + 1,
  });
  const page = await loaders.entries.loadMany(keys.slice(0, args.first).map((k) => k.id));
  const times = new Map(keys.map((k) => [k.code, k[column] ?? undefined]));
  const edges = page.flatMap((row) =>
    row && !(row instanceof Error)
      ? [
          {
            cursor: encodeCursor({ code: row.code, at: order === "CODE" ? undefined : times.get(row.code) }),
            node: toView(row, args.locale),
          },
        ]
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

/** Federation's `_entities`: an entry by its canonical code, published only whoever asks (like public
 * reads); null for anything else. */
export async function resolveErrorCodeReference(loaders: Loaders, code: string, locale: Locale) {
  let hex: string;
  try {
    hex = parseCodeArg(code).hex;
  } catch {
    return null;
  }
  const row = await loaders.publishedByCode(hex);
  return row ? toView(row, locale) : null;
}
