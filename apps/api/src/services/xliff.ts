// XLIFF 2.0 for translators: one <file> per entry, one <unit> per English text with its French target.
// Unit ids are entry paths ("title", "causes.0", "resolutions.1.steps.2"); commands are not exported.
import { XMLParser } from "fast-xml-parser";
import type { Entry } from "@kb/db";
import { AppError } from "../errors.ts";

type Unit = { id: string; source: string; target: string | undefined };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function units(entry: Entry): Unit[] {
  const out: Unit[] = [];
  for (const key of ["title", "summary", "message", "notes"] as const) {
    const source = entry.en[key];
    if (source) out.push({ id: key, source, target: entry.fr?.[key] });
  }
  entry.causes.forEach((c, i) => out.push({ id: `causes.${i}`, source: c.en, target: c.fr }));
  entry.resolutions.forEach((r, i) => {
    out.push({ id: `resolutions.${i}`, source: r.en, target: r.fr });
    r.steps?.forEach(
      (s, j) => "command" in s || out.push({ id: `resolutions.${i}.steps.${j}`, source: s.en, target: s.fr }),
    );
  });
  entry.references.forEach((r, i) => out.push({ id: `references.${i}`, source: r.en, target: r.fr }));
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

/** The French targets of an XLIFF document, per code and unit id. */
export function parseXliff(xml: string): Map<string, Map<string, string>> {
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
  const out = new Map<string, Map<string, string>>();
  for (const file of xliff.file ?? []) {
    const code = String(file["@original"] ?? "");
    const targets = new Map<string, string>();
    for (const unit of (file.unit as Record<string, unknown>[] | undefined) ?? []) {
      const segment = (unit.segment as Record<string, unknown>[] | undefined)?.[0];
      const target = segment?.target;
      if (typeof target === "string" && target.trim()) targets.set(String(unit["@id"]), target);
      else if (target && typeof target === "object" && "#text" in target)
        targets.set(String(unit["@id"]), String(target["#text"]));
    }
    out.set(code, targets);
  }
  return out;
}

/** The entry with the given French targets applied; unknown unit ids are errors. */
export function applyTargets(entry: Entry, targets: Map<string, string>): Entry {
  const next: Entry = structuredClone(entry);
  const ids = new Set(units(entry).map((u) => u.id));
  for (const [id, text] of targets) {
    if (!ids.has(id))
      throw new AppError("BAD_USER_INPUT", `XLIFF unit ${id} of ${entry.code} does not exist in the entry.`);
    const parts = id.split(".");
    if (parts.length === 1) {
      next.fr = { ...(next.fr ?? { title: "", summary: "", message: "" }), [parts[0]!]: text };
    } else if (parts[0] === "resolutions" && parts[2] === "steps") {
      const step = next.resolutions[Number(parts[1])]!.steps![Number(parts[3])]!;
      if (!("command" in step)) step.fr = text;
    } else {
      (next[parts[0] as "causes" | "resolutions" | "references"][Number(parts[1])] as { fr?: string }).fr =
        text;
    }
  }
  return next;
}
