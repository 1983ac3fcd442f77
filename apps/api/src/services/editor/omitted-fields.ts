// Fields added to the entry format after clients were written against it (a resolution's stepsMode, a
// step's sub-steps, a reference's kind): a save that leaves one out keeps what the item already has, so a
// client that does not know the field cannot silently turn alternatives into a sequence or drop sub-steps.
// New items (no id, or an id the entry did not have) get the defaults.
import { allSteps, type Entry } from "@kb/db";

export function keepOmittedFields(before: Entry, entry: Entry): Entry {
  const next = structuredClone(entry);
  const resolutions = new Map(before.resolutions.map((r) => [r.id, r]));
  const steps = new Map(before.resolutions.flatMap((r) => (r.steps ?? []).map((s) => [s.id, s] as const)));
  const references = new Map(before.references.map((r) => [r.id, r]));
  const sent = new Set(next.resolutions.flatMap((r) => allSteps(r.steps).map((s) => s.id)));
  for (const r of next.resolutions) {
    const old = r.id === undefined ? undefined : resolutions.get(r.id);
    if (r.stepsMode === undefined && old?.stepsMode) r.stepsMode = old.stepsMode;
    for (const s of r.steps ?? []) {
      if ("command" in s || s.steps !== undefined || s.id === undefined) continue;
      const was = steps.get(s.id);
      // Unless the save placed one of them elsewhere: then it knows the field, and left it out on purpose.
      if (was && "steps" in was && was.steps && !was.steps.some((sub) => sent.has(sub.id)))
        s.steps = structuredClone(was.steps);
    }
  }
  for (const r of next.references) {
    const old = r.id === undefined ? undefined : references.get(r.id);
    if (r.kind === undefined && old?.kind) r.kind = old.kind;
  }
  return next;
}
