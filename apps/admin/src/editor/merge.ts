// Field-level comparison and three-way merge of entries, on the same paths the API uses in diffs
// ("fr.title", "causes[0].fr", "resolutions[1].steps[0].command"). Used when someone else saved first:
// their changes are shown, and the editor's own changes can be re-applied on top of their version.
import type { ErrorCodeInput } from "@kb/client";
import { formatPath, parsePath, type Segment } from "../lib/paths.ts";
import { formToInput, sourceToForm, type EntryForm, type Source } from "./form-model.ts";

export interface Change {
  path: string;
  before: string | null;
  after: string | null;
}

/**
 * Every text of an entry as "path -> text", trimmed as the API stores it (so a stray space is no
 * change); the activation types are one value (a set, not a list).
 */
export function flatten(input: ErrorCodeInput): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: Segment[]) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    } else if (String(value).trim()) out.set(formatPath(path), String(value).trim());
  };
  const { activationTypes, ...rest } = input;
  walk(rest, []);
  out.set("activationTypes", activationTypes.join(", "));
  return out;
}

function unflatten(values: Map<string, string>): Source {
  const root: Record<string, unknown> = {};
  for (const [path, value] of values) {
    const segments = parsePath(path);
    let node: Record<string | number, unknown> = root;
    segments.forEach((segment, i) => {
      if (i === segments.length - 1) node[segment] = value;
      else node = (node[segment] ??= typeof segments[i + 1] === "number" ? [] : {}) as typeof node;
    });
  }
  // Items removed on one side leave holes in arrays: close them.
  const compact = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.filter((v) => v !== undefined).map(compact)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]))
        : value;
  const source = compact(root) as Record<string, unknown>;
  const types = String(source.activationTypes ?? "");
  return { ...source, activationTypes: types ? types.split(", ") : [] } as unknown as Source;
}

export function diff(before: ErrorCodeInput, after: ErrorCodeInput): Change[] {
  const a = flatten(before);
  const b = flatten(after);
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((path) => a.get(path) !== b.get(path))
    .map((path) => ({ path, before: a.get(path) ?? null, after: b.get(path) ?? null }));
}

export interface Overlap {
  path: string;
  theirs: string | null;
  mine: string | null;
}

/**
 * Mine on top of theirs: every field I changed since `base` takes my value, every other field takes
 * theirs. Where both of us changed a field differently, mine wins and the field is reported, so the
 * editor reviews it before saving again.
 */
export function mergeOnTop(
  base: Source,
  theirs: Source,
  mine: EntryForm,
): { form: EntryForm; overlaps: Overlap[] } {
  const b = flatten(formToInput(sourceToForm(base)));
  const t = flatten(formToInput(sourceToForm(theirs)));
  const m = flatten(formToInput(mine));
  const merged = new Map<string, string>();
  const overlaps: Overlap[] = [];
  for (const path of new Set([...b.keys(), ...t.keys(), ...m.keys()])) {
    const [bv, tv, mv] = [b.get(path), t.get(path), m.get(path)];
    const mineChanged = mv !== bv;
    const value = mineChanged ? mv : tv;
    if (value !== undefined) merged.set(path, value);
    if (mineChanged && tv !== bv && tv !== mv) overlaps.push({ path, theirs: tv ?? null, mine: mv ?? null });
  }
  return { form: sourceToForm(unflatten(merged), "m"), overlaps };
}
