// The terminal page of one entry: what the code means, then what to do about it. Commands are set apart
// on their own "$ " lines so they can be copied as they are.
import type { ErrorCodeFullFragment, Locale } from "../generated/graphql.ts";
import { labelsFor } from "./labels.ts";
import type { Style } from "./style.ts";
import { block } from "./text.ts";

type Resolution = ErrorCodeFullFragment["resolutions"][number];
type Step = Resolution["steps"][number];
type SubStep = Step["steps"][number];

export interface FormatOptions {
  style: Style;
  /** The language asked for (labels and the fallback note); the texts come in entry.servedLocale. */
  locale: Locale;
  columns: number | undefined;
}

export function formatEntry(entry: ErrorCodeFullFragment, options: FormatOptions): string {
  const { style, columns } = options;
  const labels = labelsFor(options.locale);
  const bullet = (text: string) => block(text, "    ", columns, "  • ");
  const section = (title: string, lines: string[]) => (lines.length ? [style.bold(title), ...lines, ""] : []);
  const h = entry.hresult;
  const win32 = h.win32Error === null ? "" : `, Win32 error ${h.win32Error} ${h.win32Name ?? ""}`.trimEnd();

  return [
    `${style.code(style.bold(entry.code))}  ${style.bold(entry.title)}`,
    ...(entry.isFallback ? [style.warn(labels.fallback(options.locale, entry.servedLocale))] : []),
    "",
    block(entry.message, "", columns),
    "",
    ...(entry.activationTypes.length
      ? [`${style.bold(labels.activationTypes)} ${entry.activationTypes.map((t) => t.name).join(", ")}`, ""]
      : []),
    ...section(
      labels.causes,
      entry.causes.map((cause) => bullet(cause.text)),
    ),
    ...section(
      labels.resolutions,
      entry.resolutions.flatMap((r, i) => formatResolution(r, i + 1, options)),
    ),
    ...(entry.notes ? section(labels.notes, [block(entry.notes, "  ", columns)]) : []),
    ...section(
      labels.references,
      entry.references.filter((r) => r.kind !== "SOURCE").map((r) => bullet(link(r))),
    ),
    ...section(
      labels.source,
      entry.references.filter((r) => r.kind === "SOURCE").map((r) => bullet(link(r))),
    ),
    ...section(
      labels.related,
      entry.related.map((r) => `  ${style.code(r.code)}  ${r.title}`),
    ),
    style.dim(
      `HRESULT ${h.hex} (${h.signed}, ${h.unsignedDecimal}): ${h.facilityName ?? `facility ${h.facility}`}${win32}`,
    ),
  ].join("\n");
}

const link = (r: { title: string; url?: string | null }) => (r.url ? `${r.title} <${r.url}>` : r.title);
const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

// Most resolutions' TEXT steps are the resolution text cut into sentences: then the steps replace the
// text rather than repeat it. Steps that differ from it are numbered under it, or bulleted when they are
// alternatives ("do one of the following:"); a step's own steps are numbered under the step, commands set
// apart under the text they belong to, notes marked as such.
function formatResolution(resolution: Resolution, n: number, options: FormatOptions): string[] {
  const { style, columns } = options;
  const number = `  ${n}. `;
  const indent = " ".repeat(number.length);
  const tag = resolution.activationType ? style.dim(`[${resolution.activationType.name}] `) : "";
  const texts = resolution.steps.filter((step) => step.kind === "TEXT" && step.text);
  const split =
    resolution.stepsMode === "SEQUENCE" &&
    texts.length > 0 &&
    resolution.steps.every((s) => s.steps.length === 0) &&
    normalize(texts.map((s) => s.text).join(" ")) === normalize(resolution.text);

  const lines = [block(tag + (split ? (texts[0]?.text ?? "") : resolution.text), indent, columns, number)];
  if (split) {
    for (const step of resolution.steps) {
      if (step.kind === "COMMAND" && step.command)
        lines.push(`${indent}  ${style.command(`$ ${step.command}`)}`);
      else if (step.text && step !== texts[0]) lines.push(block(step.text, indent, columns));
    }
    return lines;
  }
  return [
    ...lines,
    ...formatSteps(resolution.steps, resolution.stepsMode === "ALTERNATIVES", indent, options),
  ];
}

function formatSteps(
  steps: readonly (Step | SubStep)[],
  alternatives: boolean,
  indent: string,
  options: FormatOptions,
): string[] {
  const { style, columns } = options;
  const note = labelsFor(options.locale).note;
  const lines: string[] = [];
  let textIndent = indent;
  let stepNumber = 0;
  for (const step of steps) {
    if (step.kind === "COMMAND") {
      if (step.command) lines.push(`${textIndent}  ${style.command(`$ ${step.command}`)}`);
    } else if (step.kind === "NOTE") {
      if (step.text) lines.push(block(`${style.dim(note)} ${step.text}`, `${textIndent}  `, columns));
    } else if (step.text) {
      const prefix = `${indent}${alternatives ? "•" : `${++stepNumber}.`} `;
      textIndent = " ".repeat(prefix.length);
      lines.push(block(step.text, textIndent, columns, prefix));
      if ("steps" in step) lines.push(...formatSteps(step.steps, false, textIndent, options));
    }
  }
  return lines;
}
