// A field path in words, for error summaries, conflicts and history:
// "resolutions[1].steps[0].fr" -> "Resolution 2, step 1 — French".
import type { Translator } from "../i18n/translator.ts";
import { parsePath } from "./paths.ts";

const NAMED = {
  title: "title",
  summary: "summary",
  message: "message",
  notes: "notes",
  command: "command",
  url: "url",
  activationType: "appliesTo",
  activationTypes: "activationTypes",
  status: "status",
  code: "code",
  position: "position",
  stepsMode: "stepsMode",
  kind: "kind",
} as const;

const ITEMS = { causes: "cause", resolutions: "resolution", steps: "step", references: "reference" } as const;

const has = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(table, key);

export function describePath(path: string, t: Translator): string {
  const parts: string[] = [];
  let language: string | undefined;
  // An item named by id the caller could not place ("causes[<uuid>]") is named without its number.
  const segments = parsePath(path.replace(/\[([^\]]*[^\d\]][^\]]*)\]/g, ""));
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    if (typeof segment === "number") return;
    if (segment === "en" || segment === "fr") language = t(`editor.columns.${segment}`);
    else if (has(ITEMS, segment))
      parts.push(
        t(`editor.fields.${ITEMS[segment]}`, { n: typeof next === "number" ? String(next + 1) : "" }).trim(),
      );
    else parts.push(has(NAMED, segment) ? t(`editor.fields.${NAMED[segment]}`) : segment);
  });
  const name = parts.map((p, i) => (i === 0 ? p : p.toLowerCase())).join(", ") || t("editor.fields.entry");
  return language ? `${name} — ${language}` : name;
}
