// The entry format: one bilingual knowledge-base entry as the seed file, exports, imports and revision
// snapshots all write it. English is the source language; other locales may be missing in drafts.
import { z } from "zod";

export const LOCALES = ["EN", "FR"] as const;
export type LocaleKey = (typeof LOCALES)[number];
export const SOURCE_LOCALE: LocaleKey = "EN";
export const ACTIVATION_TYPES = ["MAK", "KMS", "KMS_CLIENT", "KMS_HOST"] as const;
export const STATUSES = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;
/** SEQUENCE (the default, left out of the format): do the steps in order; ALTERNATIVES: do one of them. */
export const STEPS_MODES = ["SEQUENCE", "ALTERNATIVES"] as const;
/** SEE_ALSO (the default, left out of the format): further reading; SOURCE: the article the entry is from. */
export const REFERENCE_KINDS = ["SEE_ALSO", "SOURCE"] as const;

const text = (max: number) =>
  z
    .string({ error: (i) => (i.input === undefined ? "is required" : "must be a string") })
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`);

const itemId = z.uuid({ error: "must be the item's id (a UUID), or left out for a new item" }).optional();
// The English text a translation was made from, per locale ("" when it is not known). Exports, imports and
// revisions carry it; editorial saves leave it out and writeEntry works it out.
const source = (max: number) => z.string().max(max).optional();
const pair = (max: number) =>
  z.strictObject({
    id: itemId,
    en: text(max),
    fr: text(max).optional(),
    sources: z.strictObject({ fr: source(max) }).optional(),
  });
const texts = z.strictObject({
  title: text(300),
  summary: text(2000),
  message: text(4000),
  notes: text(4000).optional(),
});
// A step is a command, an instruction (TEXT, the default) or a note (NOTE: a remark where the article puts
// one, never numbered); an instruction may have its own steps (one level: sub-steps have none).
const commandStep = z.strictObject({ id: itemId, kind: z.literal("COMMAND").optional(), command: text(500) });
const textStep = pair(2000).extend({ kind: z.enum(["TEXT", "NOTE"]).optional() });
const STEP_ERROR = "must be a text step {en, fr}, a note {kind: NOTE, en, fr} or a command step {command}";
const subStep = z.union([commandStep, textStep], { error: STEP_ERROR });
const step = z.union([commandStep, textStep.extend({ steps: z.array(subStep).optional() })], {
  error: STEP_ERROR,
});

/** One entry; English is required, other locales may be missing or partial (a draft not yet translated). */
export const entrySchema = z
  .strictObject({
    code: z.string().regex(/^0x[0-9A-F]{8}$/, 'must be "0x" followed by 8 upper-case hex digits'),
    status: z.enum(STATUSES).optional(),
    /** In exports: the version the entry had, so that an import can tell a conflicting edit. */
    version: z.number().int().min(1).optional(),
    activationTypes: z
      .array(z.enum(ACTIVATION_TYPES, { error: `must be one of ${ACTIVATION_TYPES.join(", ")}` }))
      .refine((a) => new Set(a).size === a.length, {
        message: "must not repeat an activation type",
        params: { code: "DUPLICATE" },
      }),
    en: texts,
    fr: texts.partial().optional(),
    /** Per locale and head text: the English it was translated from. */
    sources: z
      .strictObject({
        fr: z
          .strictObject({
            title: source(300),
            summary: source(2000),
            message: source(4000),
            notes: source(4000),
          })
          .optional(),
      })
      .optional(),
    causes: z.array(pair(4000)),
    resolutions: z.array(
      pair(4000).extend({
        activationType: z.enum(ACTIVATION_TYPES).optional(),
        stepsMode: z.enum(STEPS_MODES, { error: `must be one of ${STEPS_MODES.join(", ")}` }).optional(),
        steps: z.array(step).optional(),
      }),
    ),
    // http(s) only: a javascript: or data: link would run in the portal and the admin.
    references: z.array(
      pair(500).extend({
        kind: z.enum(REFERENCE_KINDS, { error: `must be one of ${REFERENCE_KINDS.join(", ")}` }).optional(),
        url: z
          .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
          .max(2000)
          .optional(),
      }),
    ),
  })
  .superRefine(uniqueItemIds)
  .superRefine(notesHaveNoSteps);
export type Entry = z.infer<typeof entrySchema>;
export type EntryTexts = Entry["en"];
export type Step = NonNullable<Entry["resolutions"][number]["steps"]>[number];
export type SubStep = NonNullable<Extract<Step, { en: string }>["steps"]>[number];

/** A resolution's steps and their sub-steps, depth first (the order they are stored and read in). */
export function allSteps(steps: readonly Step[] | undefined): (Step | SubStep)[] {
  return (steps ?? []).flatMap((s): (Step | SubStep)[] => [s, ...("steps" in s ? (s.steps ?? []) : [])]);
}

/** A list of entries with distinct codes. */
export const entriesSchema = z.array(entrySchema).superRefine(noDuplicateCodes);
/** The same, with every text present in every locale (the seed file). */
export const completeEntriesSchema = entriesSchema.superRefine((entries, ctx) =>
  entries.forEach((entry, i) => {
    for (const path of missingTranslations(entry)) {
      ctx.addIssue({ code: "custom", path: [i, ...path], message: "is required" });
    }
  }),
);

/** Paths of the French texts an entry lacks, e.g. ["fr", "title"] or ["causes", 0, "fr"]. */
export function missingTranslations(entry: Entry): (string | number)[][] {
  const missing: (string | number)[][] = [];
  for (const key of ["title", "summary", "message", "notes"] as const) {
    if (entry.en[key] && !entry.fr?.[key]) missing.push(["fr", key]);
  }
  entry.causes.forEach((c, i) => c.fr || missing.push(["causes", i, "fr"]));
  entry.resolutions.forEach((r, i) => {
    if (!r.fr) missing.push(["resolutions", i, "fr"]);
    r.steps?.forEach((s, j) => {
      if ("command" in s) return;
      if (!s.fr) missing.push(["resolutions", i, "steps", j, "fr"]);
      s.steps?.forEach(
        (sub, k) =>
          "command" in sub || sub.fr || missing.push(["resolutions", i, "steps", j, "steps", k, "fr"]),
      );
    });
  });
  entry.references.forEach((r, i) => r.fr || missing.push(["references", i, "fr"]));
  return missing;
}

/** Every item id at most once in an entry: an id names one item. */
type Items = { id?: string | undefined };
type WithSteps = Items & { steps?: WithSteps[] | undefined };
function uniqueItemIds(
  entry: { causes: Items[]; resolutions: WithSteps[]; references: Items[] },
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string>();
  const check = (id: string | undefined, path: (string | number)[]) => {
    if (id === undefined) return;
    if (seen.has(id))
      ctx.addIssue({
        code: "custom",
        path: [...path, "id"],
        message: `repeats item id ${id}`,
        params: { code: "DUPLICATE" },
      });
    seen.add(id);
  };
  entry.causes.forEach((c, i) => check(c.id, ["causes", i]));
  entry.resolutions.forEach((r, i) => {
    check(r.id, ["resolutions", i]);
    r.steps?.forEach((s, j) => {
      check(s.id, ["resolutions", i, "steps", j]);
      s.steps?.forEach((sub, k) => check(sub.id, ["resolutions", i, "steps", j, "steps", k]));
    });
  });
  entry.references.forEach((r, i) => check(r.id, ["references", i]));
}

/** A note is a remark, not an instruction: it has no steps of its own. */
function notesHaveNoSteps(
  entry: { resolutions: { steps?: WithSteps[] | undefined }[] },
  ctx: z.RefinementCtx,
) {
  entry.resolutions.forEach((r, i) =>
    r.steps?.forEach((s, j) => {
      if ((s as { kind?: string }).kind === "NOTE" && s.steps?.length)
        ctx.addIssue({
          code: "custom",
          path: ["resolutions", i, "steps", j, "steps"],
          message: "must be left out: a note has no steps of its own",
        });
    }),
  );
}

function noDuplicateCodes(entries: { code: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.code))
      ctx.addIssue({
        code: "custom",
        path: [i, "code"],
        message: `duplicates ${e.code}`,
        params: { code: "DUPLICATE" },
      });
    seen.add(e.code);
  });
}

/** "entry 0xC004F074 (#30): fr.title is required" — names the entry and the field of each problem. */
export function describeIssues(
  error: z.ZodError,
  entries: unknown,
  prefix: (string | number)[] = [],
): string {
  return error.issues
    .map((issue) => {
      const [index, ...field] = issue.path.slice(prefix.length);
      const raw = Array.isArray(entries) && typeof index === "number" ? entries[index] : undefined;
      const code = raw && typeof raw === "object" && "code" in raw ? String(raw.code) : "?";
      const where = typeof index === "number" ? `entry ${code} (#${index + 1})` : "file";
      const name = field.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
      return `${where}: ${name.replace(/^\./, "") || "(entry)"} ${issue.message}`;
    })
    .join("\n");
}
