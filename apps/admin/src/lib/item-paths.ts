// The API names list items by id in translation and draft paths ("causes[<id>].fr",
// "resolutions[<id>].steps[<id>].fr"); the editor names and finds its fields by position
// ("causes[0].fr"). These convert between the two against a version of the entry.
import { parsePath } from "./paths.ts";

interface Identified {
  id?: string | null;
  steps?: Identified[] | null;
}
/** Anything with the entry's lists of items: a form or an API source. */
export interface ItemLists {
  causes?: Identified[] | null;
  resolutions?: Identified[] | null;
  references?: Identified[] | null;
}

const LISTS = new Set(["causes", "resolutions", "references", "steps"]);

/** "causes[0].fr" → "causes[<id>].fr"; null when an item on the way has no id yet (not saved). */
export function toIdPath(path: string, entry: ItemLists): string | null {
  let node: unknown = entry;
  let out = "";
  const segments = parsePath(path);
  for (const [i, segment] of segments.entries()) {
    if (typeof segment === "number") {
      const item = (node as Identified[] | undefined)?.[segment];
      if (!item?.id) return null;
      out += `[${item.id}]`;
      node = item;
    } else {
      out += i === 0 ? segment : `.${segment}`;
      node = (node as Record<string, unknown> | undefined)?.[segment];
    }
  }
  return out;
}

/**
 * "causes[<id>].fr" → "causes[0].fr", looking the ids up in each version in turn (the draft, then the
 * published version for items the draft removed). An id found nowhere stays as it is.
 */
export function toPositionalPath(path: string, ...versions: (ItemLists | null | undefined)[]): string {
  for (const version of versions) {
    if (!version) continue;
    let node: unknown = version;
    let found = true;
    const out = path.replace(/([a-zA-Z]+)\[([^\]]+)\]/g, (whole, list: string, id: string) => {
      if (!found || !LISTS.has(list)) return whole;
      const items = (node as Record<string, Identified[] | null | undefined>)[list] ?? [];
      const index = /^\d+$/.test(id) ? Number(id) : items.findIndex((item) => item.id === id);
      if (index < 0 || !items[index]) {
        found = false;
        return whole;
      }
      node = items[index];
      return `${list}[${index}]`;
    });
    if (found) return out;
  }
  return path;
}

export interface ShownChange {
  /** Unique within a list of changes; the path when that is (a removed item may share its place). */
  key?: string;
  path: string;
  before: string | null;
  after: string | null;
}

/**
 * A change as the API reports it (items by id, positions counted from 0) as the editor shows it: items
 * by their place in the given versions (see toPositionalPath), positions counted from 1.
 */
export function toShownChange(
  change: { path: string; before?: string | null; after?: string | null },
  ...versions: (ItemLists | null | undefined)[]
): ShownChange {
  const place = (v: string | null | undefined) =>
    change.path.endsWith(".position") && v != null ? String(Number(v) + 1) : (v ?? null);
  return {
    key: change.path,
    path: toPositionalPath(change.path, ...versions),
    before: place(change.before),
    after: place(change.after),
  };
}
