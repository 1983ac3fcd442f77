// Reads entries back into the entry format (for exports, revision snapshots and the seed's checks).
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { Entry, LocaleKey, Step } from "./entry-schema.ts";
import type { Tx } from "./write-entry.ts";

const byPosition = { orderBy: { position: "asc" as const } };
export const entryInclude = {
  translations: true,
  activationTypes: byPosition,
  causes: { ...byPosition, include: { translations: true } },
  resolutions: {
    ...byPosition,
    include: { translations: true, steps: { ...byPosition, include: { translations: true } } },
  },
  references: { ...byPosition, include: { translations: true } },
} satisfies Prisma.ErrorCodeInclude;

export type EntryRow = Prisma.ErrorCodeGetPayload<{ include: typeof entryInclude }>;

type Row = { locale: LocaleKey };
function pair<T extends Row>(list: T[], pick: (t: T) => string) {
  const en = list.find((t) => t.locale === "EN");
  const fr = list.find((t) => t.locale === "FR");
  return { en: en ? pick(en) : "", ...(fr && { fr: pick(fr) }) };
}

export function toEntry(row: EntryRow): Entry {
  const head = (locale: LocaleKey) => {
    const t = row.translations.find((x) => x.locale === locale);
    return (
      t && {
        title: t.title,
        summary: t.summary,
        message: t.message,
        ...(t.notes !== null && { notes: t.notes }),
      }
    );
  };
  const fr = head("FR");
  return {
    code: row.code,
    status: row.status,
    version: row.version,
    activationTypes: row.activationTypes.map((a) => a.activationTypeKey),
    en: head("EN") ?? { title: "", summary: "", message: "" },
    ...(fr && { fr }),
    causes: row.causes.map((c) => pair(c.translations, (t) => t.text)),
    resolutions: row.resolutions.map((r) => ({
      ...(r.activationTypeKey && { activationType: r.activationTypeKey }),
      ...pair(r.translations, (t) => t.text),
      ...(r.steps.length > 0 && {
        steps: r.steps.map((s): Step =>
          s.kind === "COMMAND" ? { command: s.command ?? "" } : pair(s.translations, (t) => t.text),
        ),
      }),
    })),
    references: row.references.map((r) => ({
      ...pair(r.translations, (t) => t.title),
      ...(r.url && { url: r.url }),
    })),
  };
}

export async function readEntry(db: PrismaClient | Tx, code: string): Promise<Entry | null> {
  const row = await db.errorCode.findUnique({ where: { code }, include: entryInclude });
  return row && toEntry(row);
}

export async function readEntries(
  db: PrismaClient | Tx,
  where: Prisma.ErrorCodeWhereInput = {},
): Promise<Entry[]> {
  const rows = await db.errorCode.findMany({ where, include: entryInclude, orderBy: { code: "asc" } });
  return rows.map(toEntry);
}
