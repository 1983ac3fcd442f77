import { describe, expect, it } from "vitest";
import { sourceToForm, type Source } from "./form-model.ts";
import { diff, mergeOnTop } from "./merge.ts";

const base: Source = {
  code: "0xC004F074",
  activationTypes: ["KMS_CLIENT"],
  en: { title: "Title", summary: "Summary", message: "Message", notes: null },
  fr: { title: "Titre", summary: "Résumé", message: "Message FR", notes: null },
  causes: [
    { id: "c-a", en: "Cause A", fr: "Cause A fr" },
    { id: "c-b", en: "Cause B", fr: "Cause B fr" },
    { id: "c-c", en: "Cause C", fr: null },
  ],
  resolutions: [
    {
      id: "r-1",
      activationType: null,
      stepsMode: "SEQUENCE",
      en: "Do this",
      fr: "Faites ceci",
      steps: [
        { id: "s-1", kind: "COMMAND", command: "slmgr /ato", en: null, fr: null, steps: null },
        {
          id: "s-2",
          kind: "TEXT",
          command: null,
          en: "Restart",
          fr: "Redémarrez",
          steps: [{ id: "s-3", kind: "TEXT", command: null, en: "Save your work", fr: null }],
        },
      ],
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
    expect(diff(base, theirs)).toEqual([
      { path: "fr.title", before: "Titre", after: "Nouveau titre" },
      { path: "resolutions[0].steps[0].command", before: "slmgr /ato", after: "slmgr /dlv" },
    ]);
  });

  it("shows a move as one position change, not as text changes", () => {
    const moved = edit((s) => s.causes.splice(0, 0, s.causes.splice(2, 1)[0]!));
    expect(diff(base, moved)).toEqual([{ path: "causes[0].position", before: "3", after: "1" }]);
  });

  it("names a removed item by its old position", () => {
    const removed = edit((s) => s.causes.splice(1, 1));
    expect(diff(base, removed)).toEqual([
      { path: "causes[1].en", before: "Cause B", after: null },
      { path: "causes[1].fr", before: "Cause B fr", after: null },
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
    expect(form.causes.map((c) => c.fr)).toEqual(["Cause A fr", "Ma cause B", ""]);
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
        s.references.push({
          id: null,
          kind: "SEE_ALSO",
          en: "See this",
          fr: null,
          url: "https://example.com/",
        });
      }),
    );
    const { form, overlaps } = mergeOnTop(base, theirs, mine);
    expect(form.en.title).toBe("Their title");
    expect(form.causes.map((c) => c.en)).toEqual(["Cause B", "Cause C"]);
    expect(form.references).toMatchObject([{ en: "See this", fr: "", url: "https://example.com/" }]);
    expect(overlaps).toEqual([]);
  });

  const ids = (form: { causes: { id: string | null }[] }) => form.causes.map((c) => c.id);

  it("merges their reorder with my edit of a moved item, each item once", () => {
    // They moved cause B up; I edited cause A's English.
    const theirs = edit((s) => s.causes.reverse());
    const mine = sourceToForm(edit((s) => (s.causes[0]!.en = "Cause A, clearer")));
    const { form, overlaps } = mergeOnTop(base, theirs, mine);
    expect(ids(form)).toEqual(["c-c", "c-b", "c-a"]);
    expect(form.causes.map((c) => c.en)).toEqual(["Cause C", "Cause B", "Cause A, clearer"]);
    expect(overlaps).toEqual([]);
  });

  it("merges my reorder with their edit, and places their new item after the one it followed", () => {
    const theirs = edit((s) => {
      s.causes[0]!.fr = "Leur cause A";
      s.causes.splice(1, 0, { id: "c-new", en: "Their new cause", fr: null });
    });
    let mine = sourceToForm(base);
    mine = { ...mine, causes: [mine.causes[1]!, mine.causes[0]!, mine.causes[2]!] };
    const { form } = mergeOnTop(base, theirs, mine);
    expect(ids(form)).toEqual(["c-b", "c-a", "c-new", "c-c"]);
    expect(form.causes[1]!.fr).toBe("Leur cause A");
  });

  it("merges steps of a resolution by id too", () => {
    const theirs = edit((s) => s.resolutions[0]!.steps!.reverse());
    const mine = sourceToForm(edit((s) => (s.resolutions[0]!.steps![1]!.fr = "Redémarrez le PC")));
    const { form } = mergeOnTop(base, theirs, mine);
    expect(form.resolutions[0]!.steps.map((s) => [s.id, s.fr || s.command])).toEqual([
      ["s-2", "Redémarrez le PC"],
      ["s-1", "slmgr /ato"],
    ]);
  });

  it("merges a step's own steps and the resolution's mode, reporting an overlap at its nested place", () => {
    const theirs = edit((s) => {
      s.resolutions[0]!.stepsMode = "ALTERNATIVES";
      s.resolutions[0]!.steps![1]!.steps!.push({
        id: "s-4",
        kind: "NOTE",
        command: null,
        en: "Note",
        fr: null,
      });
      s.resolutions[0]!.steps![1]!.steps![0]!.fr = "Leur texte";
    });
    const mine = sourceToForm(edit((s) => (s.resolutions[0]!.steps![1]!.steps![0]!.fr = "Mon texte")));
    const { form, overlaps } = mergeOnTop(base, theirs, mine);
    expect(form.resolutions[0]!.stepsMode).toBe("ALTERNATIVES");
    expect(form.resolutions[0]!.steps[1]!.steps.map((s) => [s.id, s.kind, s.fr])).toEqual([
      ["s-3", "TEXT", "Mon texte"],
      ["s-4", "NOTE", ""],
    ]);
    expect(overlaps).toEqual([
      { path: "resolutions[0].steps[1].steps[0].fr", theirs: "Leur texte", mine: "Mon texte" },
    ]);
    expect(diff(base, theirs)).toEqual(
      expect.arrayContaining([
        { path: "resolutions[0].stepsMode", before: "SEQUENCE", after: "ALTERNATIVES" },
        { path: "resolutions[0].steps[1].steps[0].fr", before: null, after: "Leur texte" },
        { path: "resolutions[0].steps[1].steps[1].en", before: null, after: "Note" },
      ]),
    );
  });

  it("drops an item they removed unless I changed it, and reports a both-changed text at its new place", () => {
    const theirs = edit((s) => {
      s.causes.splice(2, 1);
      s.causes.reverse();
      s.causes[1]!.fr = "Leur A";
    });
    const mine = sourceToForm(edit((s) => (s.causes[0]!.fr = "Mon A")));
    const { form, overlaps } = mergeOnTop(base, theirs, mine);
    expect(ids(form)).toEqual(["c-b", "c-a"]);
    expect(overlaps).toEqual([{ path: "causes[1].fr", theirs: "Leur A", mine: "Mon A" }]);
  });
});
