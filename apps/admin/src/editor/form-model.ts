// The editor's state: the entry as strings the inputs can hold, with stable keys for list items, and
// the conversions to and from the API's ErrorCodeSource / ErrorCodeInput.
import type {
  ActivationTypeKey,
  EditableEntryFragment,
  ErrorCodeInput,
  ReferenceKind,
  StepInput,
  StepKind,
  StepsMode,
} from "@kb/client";

export type Source = EditableEntryFragment["source"];

export interface TextsForm {
  title: string;
  summary: string;
  message: string;
  notes: string;
}
export interface PairForm {
  /** The item's id when it is saved (stable across saves and reorders), else a browser-made key. */
  key: string;
  /** The API's item id; null for an item added in the browser and not saved yet. */
  id: string | null;
  en: string;
  fr: string;
}
export interface StepForm extends PairForm {
  /** TEXT (an instruction), COMMAND (command) or NOTE (a remark, never numbered). */
  kind: StepKind;
  command: string;
  /** A top-level TEXT step's own steps (one level: always empty on a sub-step, a note or a command). */
  steps: StepForm[];
}
export interface ResolutionForm extends PairForm {
  activationType: ActivationTypeKey | "";
  /** SEQUENCE: do the steps in order; ALTERNATIVES: each step is one way, do one of them. */
  stepsMode: StepsMode;
  steps: StepForm[];
}
export interface ReferenceForm extends PairForm {
  /** SEE_ALSO: further reading; SOURCE: the article the entry was written from. */
  kind: ReferenceKind;
  url: string;
}
export interface EntryForm {
  code: string;
  activationTypes: ActivationTypeKey[];
  en: TextsForm;
  fr: TextsForm;
  causes: PairForm[];
  resolutions: ResolutionForm[];
  references: ReferenceForm[];
}

let counter = 0;
/** Keys of items added in the browser; saved items are keyed by their id. */
export const newKey = (prefix: string) => `${prefix}-new-${++counter}`;
/** An item key: its id when saved (so merges and conflicts match items by identity), else positional. */
const keyOf = (id: string | null | undefined, fallback: string) => id ?? fallback;

const s = (value: string | null | undefined) => value ?? "";
const texts = (t: { [K in keyof TextsForm]?: string | null } | null | undefined): TextsForm => ({
  title: s(t?.title),
  summary: s(t?.summary),
  message: s(t?.message),
  notes: s(t?.notes),
});

export function emptyForm(code = ""): EntryForm {
  return {
    code,
    activationTypes: [],
    en: texts(null),
    fr: texts(null),
    causes: [],
    resolutions: [],
    references: [],
  };
}

type SourceStep = {
  id?: string | null;
  kind?: StepKind | null;
  command?: string | null;
  en?: string | null;
  fr?: string | null;
};
const stepToForm = (step: SourceStep, fallbackKey: string): Omit<StepForm, "steps"> => ({
  key: keyOf(step.id, fallbackKey),
  id: step.id ?? null,
  kind: step.kind ?? (step.command != null ? "COMMAND" : "TEXT"),
  command: s(step.command),
  en: s(step.en),
  fr: s(step.fr),
});

/**
 * A form kept in the browser before these fields existed (local recovery) gets their defaults: every
 * resolution a sequence, no sub-steps, every reference "see also".
 */
export function upgradeForm(form: EntryForm): EntryForm {
  const step = (x: Partial<StepForm> & PairForm): StepForm => ({
    ...x,
    kind: x.kind ?? "TEXT",
    command: x.command ?? "",
    steps: (x.steps ?? []).map(step),
  });
  return {
    ...form,
    resolutions: form.resolutions.map((r) => ({
      ...r,
      stepsMode: r.stepsMode ?? "SEQUENCE",
      steps: r.steps.map(step),
    })),
    references: form.references.map((r) => ({ ...r, kind: r.kind ?? "SEE_ALSO" })),
  };
}

/** Tolerates partial sources (a three-way merge may leave an item half there). */
export function sourceToForm(source: Source, keyPrefix = "s"): EntryForm {
  return {
    code: s(source.code),
    activationTypes: [...(source.activationTypes ?? [])],
    en: texts(source.en),
    fr: texts(source.fr),
    causes: (source.causes ?? []).map((c, i) => ({
      key: keyOf(c.id, `${keyPrefix}c${i}`),
      id: c.id ?? null,
      en: s(c.en),
      fr: s(c.fr),
    })),
    resolutions: (source.resolutions ?? []).map((r, i) => ({
      key: keyOf(r.id, `${keyPrefix}r${i}`),
      id: r.id ?? null,
      en: s(r.en),
      fr: s(r.fr),
      activationType: r.activationType ?? "",
      stepsMode: r.stepsMode ?? "SEQUENCE",
      steps: (r.steps ?? []).map((step, j) => ({
        ...stepToForm(step, `${keyPrefix}r${i}s${j}`),
        steps: ("steps" in step ? (step.steps ?? []) : []).map((sub, k) => ({
          ...stepToForm(sub, `${keyPrefix}r${i}s${j}s${k}`),
          steps: [],
        })),
      })),
    })),
    references: (source.references ?? []).map((r, i) => ({
      key: keyOf(r.id, `${keyPrefix}f${i}`),
      id: r.id ?? null,
      kind: r.kind ?? "SEE_ALSO",
      en: s(r.en),
      fr: s(r.fr),
      url: s(r.url),
    })),
  };
}

// Empty optional texts are sent as null (not translated / no notes), never as "": the API would
// refuse an empty string, and a translator's save must leave English exactly as it was. French may be
// partial in a draft (the title alone, say): each empty French text is left out.
const orNull = (value: string) => (value === "" ? null : value);
const idOf = (id: string | null) => (id ? { id } : {});

function stepToInput(step: StepForm): StepInput {
  if (step.kind === "COMMAND") return { ...idOf(step.id), kind: "COMMAND", command: step.command };
  return { ...idOf(step.id), kind: step.kind, en: step.en, fr: orNull(step.fr) };
}

export function formToInput(form: EntryForm): ErrorCodeInput {
  const frGiven = Object.values(form.fr).some((v) => v !== "");
  const fr = form.fr;
  return {
    code: form.code,
    activationTypes: form.activationTypes,
    en: { ...form.en, notes: orNull(form.en.notes) },
    fr: frGiven
      ? {
          title: orNull(fr.title),
          summary: orNull(fr.summary),
          message: orNull(fr.message),
          notes: orNull(fr.notes),
        }
      : null,
    causes: form.causes.map((c) => ({ ...idOf(c.id), en: c.en, fr: orNull(c.fr) })),
    resolutions: form.resolutions.map((r) => ({
      ...idOf(r.id),
      en: r.en,
      fr: orNull(r.fr),
      activationType: r.activationType || null,
      stepsMode: r.stepsMode,
      steps: r.steps.length
        ? r.steps.map((step) =>
            step.kind === "TEXT"
              ? // Always sent, [] included: a step left without it would keep its sub-steps.
                { ...stepToInput(step), steps: step.steps.map(stepToInput) }
              : stepToInput(step),
          )
        : null,
    })),
    references: form.references.map((r) => ({
      ...idOf(r.id),
      kind: r.kind,
      en: r.en,
      fr: orNull(r.fr),
      url: orNull(r.url),
    })),
  };
}

/** A stable text of an entry's content, to tell whether the form differs from what is saved. The API
 * trims every text, so surrounding spaces do not make a form "unsaved". */
export const contentKey = (form: EntryForm) =>
  JSON.stringify(formToInput(form), (_key, value: unknown) =>
    typeof value === "string" ? value.trim() : value,
  );

/**
 * The form with the ids the API gave its new items, when the form still says what was saved: items added
 * in the browser are then the saved ones (so the form is not "unsaved" any more, and a later save does not
 * send them as new again). Keys stay, so no input is re-created under the cursor.
 */
export function adoptSavedIds(form: EntryForm, source: Source): EntryForm {
  const saved = sourceToForm(source);
  const fill = <T extends PairForm>(mine: T[], theirs: PairForm[]): T[] =>
    mine.map((item, i) => (item.id ? item : { ...item, id: theirs[i]?.id ?? null }));
  return {
    ...form,
    causes: fill(form.causes, saved.causes),
    resolutions: fill(form.resolutions, saved.resolutions).map((r, i) => ({
      ...r,
      steps: fill(r.steps, saved.resolutions[i]?.steps ?? []).map((step, j) => ({
        ...step,
        steps: fill(step.steps, saved.resolutions[i]?.steps[j]?.steps ?? []),
      })),
    })),
    references: fill(form.references, saved.references),
  };
}
