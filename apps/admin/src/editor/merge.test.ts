import { describe, expect, it } from "vitest";
import { formToInput, sourceToForm, type Source } from "./form-model.ts";
import { diff, mergeOnTop } from "./merge.ts";

const base: Source = {
  code: "0xC004F074",
  activationTypes: ["KMS_CLIENT"],
  en: { title: "Title", summary: "Summary", message: "Message", notes: null },
  fr: { title: "Titre", summary: "Résumé", message: "Message FR", notes: null },
  causes: [
    { en: "Cause A", fr: "Cause A fr" },
    { en: "Cause B", fr: "Cause B fr" },
  ],
  resolutions: [
    {
      activationType: null,
      en: "Do this",
      fr: "Faites ceci",
      steps: [{ command: "slmgr /ato", en: null, fr: null }],
    },
  ],
  references: [],
};

const edit = (change: (s: Source) => void): Source => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe("diff", () => {
  it("names each changed text by its path", () => {
    const theirs = edit((s) => {
      s.fr!.title = "Nouveau titre";
      s.resolutions[0]!.steps![0]!.command = "slmgr /dlv";
    });
    expect(diff(formToInput(sourceToForm(base)), formToInput(sourceToForm(theirs)))).toEqual([
      { path: "fr.title", before: "Titre", after: "Nouveau titre" },
      { path: "resolutions[0].steps[0].command", before: "slmgr /ato", after: "slmgr /dlv" },
    ]);
  });
});

describe("mergeOnTop", () => {
  it("keeps their changes where I changed nothing and mine elsewhere", () => {
    const theirs = edit((s) => {
      s.fr!.title = "Leur titre";
      s.activationTypes = ["KMS_CLIENT", "MAK"];
    });
    const mine = sourceToForm(edit((s) => (s.causes[1]!.fr = "Ma cause B")));
    const { form, overlaps } = mergeOnTop(base, theirs, mine);
    expect(form.fr.title).toBe("Leur titre");
    expect(form.activationTypes).toEqual(["KMS_CLIENT", "MAK"]);
    expect(form.causes.map((c) => c.fr)).toEqual(["Cause A fr", "Ma cause B"]);
    expect(overlaps).toEqual([]);
  });

  it("keeps my text where we both changed a field, and reports theirs", () => {
    const theirs = edit((s) => (s.fr!.title = "Leur titre"));
    const mine = sourceToForm(edit((s) => (s.fr!.title = "Mon titre")));
    const { form, overlaps } = mergeOnTop(base, theirs, mine);
    expect(form.fr.title).toBe("Mon titre");
    expect(overlaps).toEqual([{ path: "fr.title", theirs: "Leur titre", mine: "Mon titre" }]);
  });

  it("applies items I added or removed on top of their version", () => {
    const theirs = edit((s) => (s.en.title = "Their title"));
    const mine = sourceToForm(
      edit((s) => {
        s.causes.splice(0, 1);
        s.references.push({ en: "See this", fr: null, url: "https://example.com/" });
      }),
    );
    const { form, overlaps } = mergeOnTop(base, theirs, mine);
    expect(form.en.title).toBe("Their title");
    expect(form.causes.map((c) => c.en)).toEqual(["Cause B"]);
    expect(form.references).toMatchObject([{ en: "See this", fr: "", url: "https://example.com/" }]);
    expect(overlaps).toEqual([]);
  });
});
