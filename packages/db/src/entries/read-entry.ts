// Reads entries back into the entry format (for exports, revision snapshots and the seed's checks), item
// ids and translation sources included, so that a round trip through the format loses nothing.
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Entry, LocaleKey, Step, SubStep } from "./entry-schema.ts";
import { readEntryGraphs, type EntryGraph, type GraphFilter, type GraphStep } from "./read-graph.ts";
import type { Tx } from "./write-entry.ts";

type Row = { locale: LocaleKey; source?: string | null };
function pair<T extends Row>(list: T[], pick: (t: T) => string) {
  const en = list.find((t) => t.locale === "EN");
  const fr = list.find((t) => t.locale === "FR");
  return {
    en: en ? pick(en) : "",
    ...(fr && { fr: pick(fr) }),
    ...(fr && typeof fr.source === "string" && { sources: { fr: fr.source } }),
  };
}

const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: NonNullable<T[K]>;
  };

// Defaults (a TEXT step, a SEQUENCE, a SEE_ALSO reference) are left out, as the seed file writes them.
function toSubStep(s: GraphStep): SubStep {
  if (s.kind === "COMMAND") return { id: s.id, command: s.command ?? "" };
  return {
    id: s.id,
    ...(s.kind === "NOTE" && { kind: "NOTE" as const }),
    ...pair(s.translations, (t) => t.text),
  };
}
function toStep(s: GraphStep): Step {
  const step = toSubStep(s);
  return "command" in step || s.steps.length === 0 ? step : { ...step, steps: s.steps.map(toSubStep) };
}

export function toEntry(row: EntryGraph): Entry {
  const head = (locale: LocaleKey) => {
    const t = row.translations.find((x) => x.locale === locale);
    return t && defined({ title: t.title, summary: t.summary, message: t.message, notes: t.notes });
  };
  const en = head("EN");
  const fr = head("FR");
  const sources = row.translations.find((x) => x.locale === "FR")?.sources;
  return {
    code: row.code,
    status: row.status,
    version: row.version,
    activationTypes: row.activationTypes.map((a) => a.activationType.key),
    en: { title: "", summary: "", message: "", ...en },
    ...(fr && Object.keys(fr).length > 0 && { fr }),
    ...(sources && Object.keys(sources).length > 0 && { sources: { fr: sources } }),
    causes: row.causes.map((c) => ({ id: c.id, ...pair(c.translations, (t) => t.text) })),
    resolutions: row.resolutions.map((r) => ({
      id: r.id,
      ...(r.activationType && { activationType: r.activationType.key }),
      ...(r.stepsMode === "ALTERNATIVES" && { stepsMode: r.stepsMode }),
      ...pair(r.translations, (t) => t.text),
      ...(r.steps.length > 0 && { steps: r.steps.map(toStep) }),
    })),
    references: row.references.map((r) => ({
      id: r.id,
      ...(r.kind === "SOURCE" && { kind: r.kind }),
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
