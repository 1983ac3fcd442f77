// Field paths in one spelling. The API names fields "causes.1.fr" in validation errors and
// "causes[1].fr" in diffs; the editor keys errors, conflicts and element ids by the bracket form.
export type Segment = string | number;

export function parsePath(path: string): Segment[] {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function formatPath(segments: readonly Segment[]): string {
  return segments.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

export const canonicalPath = (path: string) => formatPath(parsePath(path));

/** A DOM id for the input of a field path, so that error summaries can link to it. */
export const fieldId = (path: string) => `field-${canonicalPath(path).replace(/[^a-zA-Z0-9]+/g, "-")}`;
