// XLIFF 2.0 for translators: one <file> per entry, one <unit> per English text with its French target.
// Unit ids name the field by item id ("title", "causes.<id>", "resolutions.<id>.steps.<id>", a sub-step
// "resolutions.<id>.steps.<id>.steps.<id>"), so a file still lands on the right texts after items moved;
// commands are not exported. On import, a unit whose
// <source> is no longer the English of the entry keeps its translation STALE.
import { XMLParser } from "fast-xml-parser";
import type { Entry } from "@kb/db";
import { AppError } from "../errors.ts";

type Unit = { id: string; source: string; target: string | undefined };
export type Translated = { source: string | undefined; target: string };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function units(entry: Entry): Unit[] {
  const out: Unit[] = [];
  for (const key of ["title", "summary", "message", "notes"] as const) {
    const source = entry.en[key];
    if (source) out.push({ id: key, source, target: entry.fr?.[key] });
  }
  entry.causes.forEach((c, i) => out.push({ id: `causes.${c.id ?? i}`, source: c.en, target: c.fr }));
  entry.resolutions.forEach((r, i) => {
    const id = `resolutions.${r.id ?? i}`;
    out.push({ id, source: r.en, target: r.fr });
    r.steps?.forEach((s, j) => {
      if ("command" in s) return;
      const step = `${id}.steps.${s.id ?? j}`;
      out.push({ id: step, source: s.en, target: s.fr });
      s.steps?.forEach(
        (sub, k) =>
          "command" in sub ||
          out.push({ id: `${step}.steps.${sub.id ?? k}`, source: sub.en, target: sub.fr }),
      );
    });
  });
  entry.references.forEach((r, i) => out.push({ id: `references.${r.id ?? i}`, source: r.en, target: r.fr }));
  return out;
}

export function toXliff(entries: Entry[]): string {
  const files = entries.map((e) => {
    const body = units(e)
      .map(
        (u) =>
          `    <unit id="${u.id}">\n      <segment state="${u.target ? "translated" : "initial"}">\n` +
          `        <source>${esc(u.source)}</source>\n` +
          (u.target ? `        <target>${esc(u.target)}</target>\n` : "") +
          `      </segment>\n    </unit>\n`,
      )
      .join("");
    return `  <file id="f${e.code}" original="${e.code}">\n${body}  </file>\n`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">\n` +
    `${files.join("")}</xliff>\n`
  );
}

/** The French targets (with the English they were made from) of an XLIFF document, per code and unit id. */
export function parseXliff(xml: string): Map<string, Map<string, Translated>> {
  let doc: Record<string, unknown>;
  try {
    doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      isArray: (n) => ["file", "unit", "segment"].includes(n),
      processEntities: true,
      trimValues: false,
    }).parse(xml, true);
  } catch (error) {
    throw new AppError(
      "BAD_USER_INPUT",
      `The XLIFF file is not well-formed XML: ${(error as Error).message}`,
    );
  }
  const xliff = doc.xliff as { "@version"?: string; file?: Record<string, unknown>[] } | undefined;
  if (!xliff || xliff["@version"] !== "2.0")
    throw new AppError("BAD_USER_INPUT", 'Expected an XLIFF 2.0 document (<xliff version="2.0">).');
  const text = (node: unknown): string | undefined =>
    typeof node === "string"
      ? node
      : node && typeof node === "object" && "#text" in node
        ? String(node["#text"])
        : undefined;
  const out = new Map<string, Map<string, Translated>>();
  for (const file of xliff.file ?? []) {
    const code = String(file["@original"] ?? "");
    const targets = new Map<string, Translated>();
    for (const unit of (file.unit as Record<string, unknown>[] | undefined) ?? []) {
      const segment = (unit.segment as Record<string, unknown>[] | undefined)?.[0];
      const target = text(segment?.target);
      if (target?.trim()) targets.set(String(unit["@id"]), { source: text(segment?.source), target });
    }
    out.set(code, targets);
  }
  return out;
}

type Sourced = { en: string; fr?: string | undefined; sources?: { fr?: string | undefined } | undefined };

/**
 * The entry with the given French targets applied; unknown unit ids are errors. Each target records the
 * unit's <source> as the English it was made from (today's English when the unit has none).
 */
export function applyTargets(entry: Entry, targets: Map<string, Translated>): Entry {
  const next: Entry = structuredClone(entry);
  const slots = new Map<string, { set: (t: Translated) => void }>();
  for (const key of ["title", "summary", "message", "notes"] as const) {
    const en = next.en[key];
    if (en)
      slots.set(key, {
        set: ({ source, target }) => {
          next.fr = { ...next.fr, [key]: target };
          next.sources = { fr: { ...next.sources?.fr, [key]: source ?? en } };
        },
      });
  }
  const item = (id: string, x: Sourced) =>
    slots.set(id, {
      set: ({ source, target }) => {
        x.fr = target;
        x.sources = { fr: source ?? x.en };
      },
    });
  next.causes.forEach((c, i) => item(`causes.${c.id ?? i}`, c));
  next.resolutions.forEach((r, i) => {
    const id = `resolutions.${r.id ?? i}`;
    item(id, r);
    r.steps?.forEach((s, j) => {
      if ("command" in s) return;
      const step = `${id}.steps.${s.id ?? j}`;
      item(step, s);
      s.steps?.forEach((sub, k) => "command" in sub || item(`${step}.steps.${sub.id ?? k}`, sub));
    });
  });
  next.references.forEach((r, i) => item(`references.${r.id ?? i}`, r));
  for (const [id, translated] of targets) {
    const slot = slots.get(id);
    if (!slot)
      throw new AppError("BAD_USER_INPUT", `XLIFF unit ${id} of ${entry.code} does not exist in the entry.`);
    slot.set(translated);
  }
  return next;
}
