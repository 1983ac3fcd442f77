// Reads entries back into the entry format (for exports, revision snapshots and the seed's checks).
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Entry, LocaleKey, Step } from "./entry-schema.ts";
import { readEntryGraphs, type EntryGraph, type GraphFilter } from "./read-graph.ts";
import type { Tx } from "./write-entry.ts";

type Row = { locale: LocaleKey };
function pair<T extends Row>(list: T[], pick: (t: T) => string) {
  const en = list.find((t) => t.locale === "EN");
  const fr = list.find((t) => t.locale === "FR");
  return { en: en ? pick(en) : "", ...(fr && { fr: pick(fr) }) };
}

export function toEntry(row: EntryGraph): Entry {
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
    activationTypes: row.activationTypes.map((a) => a.activationType.key),
    en: head("EN") ?? { title: "", summary: "", message: "" },
    ...(fr && { fr }),
    causes: row.causes.map((c) => pair(c.translations, (t) => t.text)),
    resolutions: row.resolutions.map((r) => ({
      ...(r.activationType && { activationType: r.activationType.key }),
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
  const [row] = await readEntryGraphs(db, { codes: [code] });
  return row ? toEntry(row) : null;
}

/** Entries in code order; `filter` as for readEntryGraphs (none: every entry). */
export async function readEntries(db: PrismaClient | Tx, filter: GraphFilter = {}): Promise<Entry[]> {
  return (await readEntryGraphs(db, filter)).map(toEntry);
}
