// "Still accurate": a translator confirms French texts against the English as it is now, without
// retyping them. Each confirmed field becomes CURRENT; nothing else changes.
import {
  eachItem,
  readEntry,
  translationFields,
  writeEntry,
  type Entry,
  type Locale,
  type PrismaClient,
} from "@kb/db";
import { AppError } from "../../errors.ts";
import { claim, codeOf, record, TX } from "../entry-editor.service.ts";
import { demand, type Viewer } from "../visibility.ts";

/** The entry with each field at `paths` recorded as translated from today's English. */
function confirm(entry: Entry, paths: Set<string>): Entry {
  const next = structuredClone(entry);
  for (const key of ["title", "summary", "message", "notes"] as const) {
    const en = next.en[key];
    if (en && paths.has(`fr.${key}`)) next.sources = { fr: { ...next.sources?.fr, [key]: en } };
  }
  eachItem(next, "fr", (path, x) => {
    if (paths.has(path)) x.sources = { fr: x.en };
  });
  return next;
}

export async function confirmTranslations(
  db: PrismaClient,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  locale: Locale,
  paths: string[],
) {
  demand(viewer, "write:translation");
  if (locale === "EN")
    throw new AppError("BAD_USER_INPUT", "English is the source: it has nothing to confirm.");
  const hex = await codeOf(db, id);
  return db.$transaction(async (tx) => {
    const row = await claim(tx, hex, expectedVersion);
    const entry = (await readEntry(tx, hex))!;
    const fields = new Map(translationFields(entry, locale).map((f) => [f.path, f]));
    const wrong = paths.filter((p) => fields.get(p)?.text == null);
    if (wrong.length || !paths.length) {
      throw new AppError(
        "BAD_USER_INPUT",
        wrong.length
          ? `These are no translated fields of ${hex}: ${wrong.join(", ")} (see translationFields for the paths).`
          : "paths must name at least one translated field.",
        { argument: "paths", paths: wrong },
      );
    }
    const stale = paths.filter((p) => fields.get(p)!.status === "STALE");
    if (!stale.length) return hex;
    const version = row.version + 1;
    await writeEntry(tx, confirm(entry, new Set(stale)), { status: row.status, version, publish: false });
    return record(tx, hex, version, viewer, `Confirmed ${stale.length} translation(s) as still accurate`);
  }, TX);
}
