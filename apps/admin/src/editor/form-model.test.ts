import { describe, expect, it } from "vitest";
import {
  adoptSavedIds,
  contentKey,
  emptyForm,
  formToInput,
  sourceToForm,
  upgradeForm,
  type Source,
} from "./form-model.ts";
import { insertItem, moveItem, removeItem, setIn, toggleType } from "./form-ops.ts";

const source: Source = {
  code: "0x8007232B",
  activationTypes: ["KMS_CLIENT", "MAK"],
  en: { title: "DNS name does not exist", summary: "S", message: "M", notes: null },
  fr: null,
  causes: [{ id: "c1", en: "A cause", fr: null }],
  resolutions: [
    {
      id: "r1",
      activationType: "KMS_CLIENT",
      stepsMode: "ALTERNATIVES",
      en: "Verify DNS",
      fr: null,
      steps: [
        {
          id: "s1",
          kind: "TEXT",
          command: null,
          en: "Verify",
          fr: "Vérifiez",
          steps: [
            { id: "s3", kind: "NOTE", command: null, en: "A note", fr: null },
            { id: "s4", kind: "COMMAND", command: "nslookup", en: null, fr: null },
          ],
        },
        {
          id: "s2",
          kind: "COMMAND",
          command: "slmgr.vbs /skms <kms_host_name>",
          en: null,
          fr: null,
          steps: null,
        },
      ],
    },
    { id: "r2", activationType: null, stepsMode: "SEQUENCE", en: "Get a MAK", fr: null, steps: null },
  ],
  references: [{ id: "f1", kind: "SOURCE", en: "Troubleshooting", fr: null, url: null }],
};

describe("the form model", () => {
  it("round-trips a source without changing what a translator must not change", () => {
    // The API drops nulls before comparing: what remains must be the source, order included.
    const withoutNulls = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === null ? undefined : v)));
    expect(withoutNulls(formToInput(sourceToForm(source)))).toEqual(withoutNulls(source));
  });

  it("sends an untouched French block as null and an emptied French text as null", () => {
    let form = sourceToForm(source);
    expect(formToInput(form).fr).toBeNull();
    form = setIn(form, "causes[0].fr", "Une cause");
    form = setIn(form, "causes[0].fr", "");
    expect(formToInput(form).causes[0]?.fr).toBeNull();
  });

  it("keeps item ids across a round trip and sends new items without one", () => {
    let form = sourceToForm(source);
    expect(form.causes[0]?.key).toBe("c1");
    form = insertItem(form, "causes", { key: "new", id: null, en: "B", fr: "" });
    form = moveItem(form, "causes", 1, -1);
    expect(formToInput(form).causes).toEqual([
      { en: "B", fr: null },
      { id: "c1", en: "A cause", fr: null },
    ]);
  });

  it("sends partial French: the title alone, other French texts left out", () => {
    const input = formToInput(setIn(sourceToForm(source), "fr.title", "Le nom DNS n’existe pas"));
    expect(input.fr).toEqual({ title: "Le nom DNS n’existe pas", summary: null, message: null, notes: null });
  });

  it("adds, removes and moves items by path", () => {
    let form = emptyForm("0xC004F074");
    form = insertItem(form, "causes", { key: "a", id: null, en: "A", fr: "" });
    form = insertItem(form, "causes", { key: "b", id: null, en: "B", fr: "" });
    form = moveItem(form, "causes", 1, -1);
    expect(form.causes.map((c) => c.en)).toEqual(["B", "A"]);
    expect(moveItem(form, "causes", 0, -1)).toBe(form);
    form = removeItem(form, "causes", 0);
    expect(form.causes.map((c) => c.en)).toEqual(["A"]);
  });

  it("keeps the saved order of activation types when one is unchecked and checked again", () => {
    const form = sourceToForm(source);
    expect(toggleType(toggleType(form, "MAK"), "MAK").activationTypes).toEqual(["KMS_CLIENT", "MAK"]);
  });

  it("sends a text step's sub-steps, [] when it has none, so that a save never keeps ones removed", () => {
    let form = sourceToForm(source);
    expect(form.resolutions[0]!.steps[0]!.steps.map((s) => s.kind)).toEqual(["NOTE", "COMMAND"]);
    form = removeItem(form, "resolutions[0].steps[0].steps", 1);
    form = removeItem(form, "resolutions[0].steps[0].steps", 0);
    expect(formToInput(form).resolutions[0]!.steps![0]).toEqual({
      id: "s1",
      kind: "TEXT",
      en: "Verify",
      fr: "Vérifiez",
      steps: [],
    });
  });

  it("gives a form kept before sub-steps existed their defaults", () => {
    const old = JSON.parse(JSON.stringify(sourceToForm(source))) as ReturnType<typeof sourceToForm>;
    for (const r of old.resolutions) {
      delete (r as Partial<typeof r>).stepsMode;
      for (const s of r.steps) delete (s as Partial<typeof s>).steps;
    }
    delete (old.references[0] as Partial<(typeof old.references)[0]>).kind;
    const form = upgradeForm(old);
    expect(form.resolutions.map((r) => r.stepsMode)).toEqual(["SEQUENCE", "SEQUENCE"]);
    expect(form.resolutions[0]!.steps.map((s) => s.steps)).toEqual([[], []]);
    expect(form.references[0]!.kind).toBe("SEE_ALSO");
  });

  it("takes the ids the API gave new items, keeping their keys", () => {
    let form = sourceToForm(source);
    form = insertItem(form, "resolutions[0].steps[0].steps", {
      key: "s-new",
      id: null,
      kind: "NOTE",
      en: "Another note",
      fr: "",
      command: "",
      steps: [],
    });
    const saved = structuredClone(source);
    saved.resolutions[0]!.steps![0]!.steps!.push({
      id: "s9",
      kind: "NOTE",
      command: null,
      en: "Another note",
      fr: null,
    });
    const adopted = adoptSavedIds(form, saved);
    expect(adopted.resolutions[0]!.steps[0]!.steps[2]).toMatchObject({ key: "s-new", id: "s9" });
    expect(contentKey(adopted)).toBe(contentKey(sourceToForm(saved)));
  });

  it("does not call a form unsaved for spaces the API trims", () => {
    const form = sourceToForm(source);
    expect(contentKey(setIn(form, "en.title", " DNS name does not exist "))).toBe(contentKey(form));
  });
});
