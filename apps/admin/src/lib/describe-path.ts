// A field path in words, for error summaries, conflicts and history:
// "resolutions[1].steps[0].fr" -> "Resolution 2, step 1 — French".
import type { Dictionary } from "../i18n/dictionary.ts";
import { fill } from "../i18n/locale.ts";
import { parsePath } from "./paths.ts";

export function describePath(path: string, t: Dictionary): string {
  const f = t.editor.fields;
  const lang = { en: t.editor.columns.en, fr: t.editor.columns.fr } as Record<string, string>;
  const named: Record<string, string> = {
    title: f.title,
    summary: f.summary,
    message: f.message,
    notes: f.notes,
    command: f.command,
    url: f.url,
    activationType: f.appliesTo,
    activationTypes: f.activationTypes,
    status: f.status,
    code: f.code,
    position: f.position,
    stepsMode: f.stepsMode,
    kind: f.kind,
  };
  const items: Record<string, string> = {
    causes: f.cause,
    resolutions: f.resolution,
    steps: f.step,
    references: f.reference,
  };
  const parts: string[] = [];
  let language: string | undefined;
  // An item named by id the caller could not place ("causes[<uuid>]") is named without its number.
  const segments = parsePath(path.replace(/\[([^\]]*[^\d\]][^\]]*)\]/g, ""));
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    if (typeof segment === "number") return;
    if (segment in lang) language = lang[segment];
    else if (segment in items)
      parts.push(fill(items[segment]!, { n: typeof next === "number" ? next + 1 : "" }).trim());
    else parts.push(named[segment] ?? segment);
  });
  const name = parts.map((p, i) => (i === 0 ? p : p.toLowerCase())).join(", ") || f.entry;
  return language ? `${name} — ${language}` : name;
}
