// Field-level comparison and three-way merge of entries. List items (causes, resolutions, steps and their
// sub-steps, references) are matched by their id, never by position: when someone moved cause 2 up while I edited
// cause 1, the merge keeps both causes once, in the moved order, with my text. Paths handed to the
// screen are positional ("causes[0].fr") in the version they describe, because that is how the editor
// names and finds its fields.
import type {
  EntryForm,
  PairForm,
  ReferenceForm,
  ResolutionForm,
  StepForm,
  TextsForm,
} from "./form-model.ts";
import { sourceToForm, type Source } from "./form-model.ts";

export interface Change {
  path: string;
  before: string | null;
  after: string | null;
}

export interface Overlap {
  path: string;
  theirs: string | null;
  mine: string | null;
}

// The API trims every text: a stray space is no change.
const norm = (value: string) => value.trim();
const orNull = (value: string | undefined) =>
  value === undefined || norm(value) === "" ? null : norm(value);

type Item = PairForm;
type Scalars<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

const FIELDS = {
  causes: ["en", "fr"] as Scalars<PairForm>[],
  resolutions: ["en", "fr", "activationType", "stepsMode"] as Scalars<ResolutionForm>[],
  steps: ["kind", "command", "en", "fr"] as Scalars<StepForm>[],
  references: ["kind", "en", "fr", "url"] as Scalars<ReferenceForm>[],
};

/** What an item is rather than what it says: listed as a change of an item on both sides only. */
const STRUCTURE = new Set(["kind", "stepsMode"]);

/** The keys of `items` in the longest order both lists share; items outside it are the ones moved. */
function movedKeys(before: string[], after: string[]): Set<string> {
  const common = new Set(before.filter((k) => after.includes(k)));
  const a = before.filter((k) => common.has(k));
  const b = after.filter((k) => common.has(k));
  // Longest common subsequence, small lists: O(n²) is fine.
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return new Set(b.filter((k) => !kept.has(k)));
}

// ---------------------------------------------------------------------------------------------- diff

function diffList<T extends Item>(
  before: T[],
  after: T[],
  list: string,
  fields: Scalars<T>[],
  out: Change[],
  nested?: (b: T, a: T, path: string) => void,
) {
  const beforeKeys = before.map((i) => i.key);
  const afterKeys = after.map((i) => i.key);
  const moved = movedKeys(beforeKeys, afterKeys);
  after.forEach((item, index) => {
    const path = `${list}[${index}]`;
    const old = before.find((b) => b.key === item.key);
    for (const field of fields) {
      const was = old ? orNull(old[field] as string) : null;
      const now = orNull(item[field] as string);
      if (was !== now && !(STRUCTURE.has(field) && !old))
        out.push({ path: `${path}.${field}`, before: was, after: now });
    }
    if (old && moved.has(item.key))
      out.push({
        path: `${path}.position`,
        before: String(beforeKeys.indexOf(item.key) + 1),
        after: String(index + 1),
      });
    if (old && nested) nested(old, item, path);
  });
  before.forEach((item, index) => {
    if (afterKeys.includes(item.key)) return;
    for (const field of fields) {
      const was = orNull(item[field] as string);
      if (was !== null && !STRUCTURE.has(field))
        out.push({ path: `${list}[${index}].${field}`, before: was, after: null });
    }
  });
}

/** What changed from one version of an entry to another, by field; a moved item is one "position". */
export function diffForms(before: EntryForm, after: EntryForm): Change[] {
  const out: Change[] = [];
  if (norm(before.code) !== norm(after.code))
    out.push({ path: "code", before: before.code, after: after.code });
  for (const lang of ["en", "fr"] as const)
    for (const key of Object.keys(before[lang]) as (keyof TextsForm)[]) {
      const was = orNull(before[lang][key]);
      const now = orNull(after[lang][key]);
      if (was !== now) out.push({ path: `${lang}.${key}`, before: was, after: now });
    }
  const types = (f: EntryForm) => f.activationTypes.join(", ") || null;
  if (types(before) !== types(after))
    out.push({ path: "activationTypes", before: types(before), after: types(after) });
  diffList(before.causes, after.causes, "causes", FIELDS.causes, out);
  diffList(before.resolutions, after.resolutions, "resolutions", FIELDS.resolutions, out, (b, a, path) =>
    diffList(b.steps, a.steps, `${path}.steps`, FIELDS.steps, out, (bs, as, stepPath) =>
      diffList(bs.steps, as.steps, `${stepPath}.steps`, FIELDS.steps, out),
    ),
  );
  diffList(before.references, after.references, "references", FIELDS.references, out);
  return out;
}

export const diff = (before: Source, after: Source) => diffForms(sourceToForm(before), sourceToForm(after));

// --------------------------------------------------------------------------------------------- merge

interface Pending<T> {
  item: T;
  /** Set for fields both sides changed differently, before the item has its final position. */
  overlaps: { field: string; theirs: string | null; mine: string | null }[];
  /** The item's steps, merged the same way (a resolution's steps, a step's own steps). */
  nested: Pending<StepForm>[] | null;
}

/** One text: mine where I changed it since base, theirs elsewhere; both changed differently → reported. */
function pick(
  base: string,
  theirs: string,
  mine: string,
  field: string,
  overlaps: Pending<Item>["overlaps"],
) {
  const [b, t, m] = [norm(base), norm(theirs), norm(mine)];
  if (m === b) return theirs;
  if (t !== b && t !== m) overlaps.push({ field, theirs: orNull(theirs), mine: orNull(mine) });
  return mine;
}

/** Puts `extra` keys into `order` right after the key that precedes them in `from`. */
function weave(order: string[], from: string[], keep: (key: string) => boolean): string[] {
  const result = order.filter(keep);
  from.forEach((key, index) => {
    if (!keep(key) || result.includes(key)) return;
    const before = from
      .slice(0, index)
      .reverse()
      .find((k) => result.includes(k));
    result.splice(before === undefined ? 0 : result.indexOf(before) + 1, 0, key);
  });
  return result;
}

function changed<T extends Item>(base: T, mine: T, fields: Scalars<T>[]): boolean {
  return fields.some((f) => norm(base[f] as string) !== norm(mine[f] as string));
}

function mergeList<T extends Item>(
  base: T[],
  theirs: T[],
  mine: T[],
  fields: Scalars<T>[],
  nested?: (b: T, t: T, m: T) => { item: T; pending: Pending<StepForm>[] },
): Pending<T>[] {
  const byKey = (list: T[]) => new Map(list.map((i) => [i.key, i]));
  const [b, t, m] = [byKey(base), byKey(theirs), byKey(mine)];
  const keep = (key: string) => {
    const [inB, inT, inM] = [b.has(key), t.has(key), m.has(key)];
    if (!inB) return inT || inM; // added by one side
    if (!inM) return false; // I removed it
    // They removed it: it comes back only if I changed it meanwhile (my work is not dropped silently).
    return inT || changed(b.get(key)!, m.get(key)!, fields);
  };
  const baseOrder = base.map((i) => i.key);
  const myOrder = mine.map((i) => i.key);
  const theirOrder = theirs.map((i) => i.key);
  const iMoved = movedKeys(baseOrder, myOrder).size > 0;
  // The side that reordered decides the order (mine if we both did); the other side's new items go
  // after the item they followed there.
  const order = iMoved ? weave(myOrder, theirOrder, keep) : weave(theirOrder, myOrder, keep);
  return order.map((key) => {
    const [bi, ti, mi] = [b.get(key), t.get(key), m.get(key)];
    const overlaps: Pending<T>["overlaps"] = [];
    if (!bi || !ti || !mi) return { item: structuredClone((mi ?? ti)!), overlaps, nested: null };
    const item = structuredClone(mi);
    for (const f of fields) {
      (item as Record<string, unknown>)[f] = pick(
        bi[f] as string,
        ti[f] as string,
        mi[f] as string,
        f,
        overlaps,
      );
    }
    if (!nested) return { item, overlaps, nested: null };
    const inner = nested(bi, ti, item);
    return { item: inner.item, overlaps, nested: inner.pending };
  });
}

/**
 * Mine on top of theirs: every field I changed since `base` takes my value, every other field takes
 * theirs; items are matched by id, so moves and edits on either side combine without losing or
 * doubling an item. Where both of us changed a text differently, mine wins and the field is reported
 * (by its position in the merged form), so the editor reviews it before saving again.
 */
export function mergeOnTop(
  base: Source,
  theirs: Source,
  mine: EntryForm,
): { form: EntryForm; overlaps: Overlap[] } {
  const b = sourceToForm(base);
  const t = sourceToForm(theirs);
  const overlaps: Overlap[] = [];
  const top: Pending<Item>["overlaps"] = [];
  const texts = (lang: "en" | "fr"): TextsForm => {
    const out = { ...t[lang] };
    for (const key of Object.keys(out) as (keyof TextsForm)[]) {
      const found: Pending<Item>["overlaps"] = [];
      out[key] = pick(b[lang][key], t[lang][key], mine[lang][key], `${lang}.${key}`, found);
      top.push(...found);
    }
    return out;
  };
  const myTypes = mine.activationTypes.join(", ");
  const form: EntryForm = {
    code: pick(b.code, t.code, mine.code, "code", top),
    activationTypes:
      myTypes !== b.activationTypes.join(", ") ? [...mine.activationTypes] : [...t.activationTypes],
    en: texts("en"),
    fr: texts("fr"),
    causes: [],
    resolutions: [],
    references: [],
  };
  overlaps.push(...top.map((o) => ({ path: o.field, theirs: o.theirs, mine: o.mine })));

  const report = (pending: Pending<Item>[], list: string) =>
    pending.forEach((p, index) => {
      for (const o of p.overlaps)
        overlaps.push({ path: `${list}[${index}].${o.field}`, theirs: o.theirs, mine: o.mine });
      if (p.nested) report(p.nested, `${list}[${index}].steps`);
    });
  const collect = <T extends Item>(pending: Pending<T>[], list: string, into: T[]) => {
    into.push(...pending.map((p) => p.item));
    report(pending, list);
  };
  const mergeSteps = (bi: { steps: StepForm[] }, ti: { steps: StepForm[] }, mi: { steps: StepForm[] }) =>
    mergeList(bi.steps, ti.steps, mi.steps, FIELDS.steps, (bs, ts, ms) => {
      const pending = mergeList(bs.steps, ts.steps, ms.steps, FIELDS.steps);
      return { item: { ...ms, steps: pending.map((p) => p.item) }, pending };
    });
  collect(mergeList(b.causes, t.causes, mine.causes, FIELDS.causes), "causes", form.causes);
  collect(
    mergeList(b.resolutions, t.resolutions, mine.resolutions, FIELDS.resolutions, (bi, ti, mi) => {
      const pending = mergeSteps(bi, ti, mi);
      return { item: { ...mi, steps: pending.map((p) => p.item) }, pending };
    }),
    "resolutions",
    form.resolutions,
  );
  collect(
    mergeList(b.references, t.references, mine.references, FIELDS.references),
    "references",
    form.references,
  );
  return { form, overlaps };
}
