// Content as the source article gives it: a resolution of alternatives ("do one of the following"), a
// step's own steps and its note where the article puts them, references with their kind and address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./testing/accounts.ts";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
let editor: Record<string, string>;
let translator: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  editor = await signIn(api, "EDITOR");
  translator = await signIn(api, "TRANSLATOR");
});
afterAll(() => api?.close());

const STEP = `id kind text command servedLocale`;
const READ = `query ($code: String!, $locale: Locale) { errorCode(code: $code, locale: $locale) {
  resolutions { text stepsMode steps { ${STEP} steps { ${STEP} steps { id } } } }
  references { kind title url } } }`;
const SOURCE_STEP = `id kind command en fr`;
const OPEN = `query ($id: String!) { errorCodeSource(id: $id) { version
  translationFields(locale: FR) { path status }
  source { code activationTypes en { title summary message notes } fr { title summary message notes }
    causes { id en fr }
    resolutions { id en fr activationType stepsMode steps { ${SOURCE_STEP} steps { ${SOURCE_STEP} } } }
    references { id kind en fr url } } } }`;
const SAVE = `mutation ($id: String!, $v: Int!, $input: ErrorCodeInput!) {
  updateErrorCode(id: $id, expectedVersion: $v, input: $input) { version } }`;
const PUBLISH = `mutation ($id: String!, $v: Int!) {
  publishErrorCode(id: $id, expectedVersion: $v) { version } }`;

const read = async (code: string, locale = "EN") => {
  const res = await api.gql(READ, { code, locale });
  expect(res.errors).toBeUndefined();
  return res.data!.errorCode;
};
async function open(code: string) {
  const res = await api.gql(OPEN, { id: code }, editor);
  expect(res.errors).toBeUndefined();
  return res.data!.errorCodeSource as { version: number; translationFields: any[]; source: any };
}
/** GraphQL answers carry null for what is not set; an input leaves it out. */
const asInput = (value: unknown): any =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === null ? undefined : v)));

describe("0xC004F035 as the article gives it", () => {
  it("is a choice between two ways, the note under the first, the phone steps numbered under the second", async () => {
    const [resolution] = (await read("0xC004F035")).resolutions;
    expect(resolution.text).toBe("In order to activate, you need to do one of the following:");
    expect(resolution.stepsMode).toBe("ALTERNATIVES");
    const [key, phone] = resolution.steps;
    expect(resolution.steps).toHaveLength(2);
    expect(key).toMatchObject({ kind: "TEXT", text: expect.stringMatching(/^Change your product key/) });
    expect(key.steps).toEqual([
      expect.objectContaining({
        kind: "NOTE",
        text: "If you receive error 0x80072ee2 when you attempt to activate, use the phone activation method that follows instead.",
        steps: [],
      }),
    ]);
    expect(phone.text).toBe("Activate by phone by following these steps:");
    expect(phone.steps.map((s: any) => [s.kind, s.text ?? s.command])).toEqual([
      ["TEXT", "Run slmgr /dti and then record the value of the Installation ID."],
      ["COMMAND", "slmgr /dti"],
      [
        "TEXT",
        "Contact the Microsoft Licensing Activation Centers and provide the Installation ID in order to receive a Confirmation ID.",
      ],
      ["TEXT", "To activate by using the Confirmation ID, run slmgr /atp <Confirmation ID>."],
      ["COMMAND", "slmgr /atp <Confirmation ID>"],
    ]);
  });

  it("reads the same in French, each text translated", async () => {
    const [resolution] = (await read("0xC004F035", "FR")).resolutions;
    expect(resolution.stepsMode).toBe("ALTERNATIVES");
    expect(resolution.steps[0].steps[0]).toMatchObject({
      kind: "NOTE",
      servedLocale: "FR",
      text: expect.stringMatching(/^Si vous recevez une erreur 0x80072ee2/),
    });
    expect(resolution.steps[1].steps[3].text).toBe(
      "Pour activer avec l’ID de confirmation, exécutez slmgr /atp <ID de confirmation>.",
    );
  });

  it("keeps every other resolution a sequence of steps without sub-steps", async () => {
    const res = await api.gql(`{ errorCodes(first: 100) { edges { node { code resolutions { stepsMode
      steps { steps { id } } } } } } }`);
    const others = res.data!.errorCodes.edges.filter((e: any) => e.node.code !== "0xC004F035");
    expect(others).toHaveLength(29);
    for (const { node } of others)
      for (const r of node.resolutions) {
        expect(r.stepsMode, node.code).toBe("SEQUENCE");
        expect(
          r.steps.every((s: any) => s.steps.length === 0),
          node.code,
        ).toBe(true);
      }
  });
});

describe("references", () => {
  it("give every entry its source article and each reference its address", async () => {
    const refs = (await read("0x8007007B")).references;
    expect(refs).toEqual([
      {
        kind: "SEE_ALSO",
        title: "Common troubleshooting procedures for KMS and DNS issues",
        url: "https://learn.microsoft.com/windows-server/get-started/common-troubleshooting-procedures-kms-dns",
      },
      {
        kind: "SOURCE",
        title: "Resolve Windows activation error codes",
        url: "https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes",
      },
    ]);
    expect((await read("0xC004C003", "FR")).references).toEqual([
      {
        kind: "SEE_ALSO",
        title: "Centres d’activation de licences Microsoft",
        url: "https://www.microsoft.com/Licensing/existing-customer/activation-centers",
      },
      expect.objectContaining({
        kind: "SOURCE",
        title: "Résoudre les codes d’erreur d’activation de Windows",
      }),
    ]);
  });

  it("refuse an address that is not http(s), naming the field, writing nothing", async () => {
    for (const url of ["javascript:alert(1)", "learn.microsoft.com/windows", "ftp://example.com/x"]) {
      const { version, source } = await open("0xC004F009");
      source.references[0].url = url;
      const res = await api.gql(SAVE, { id: "0xC004F009", v: version, input: asInput(source) }, editor);
      expect(res.data?.updateErrorCode ?? null, url).toBeNull();
      expect(res.errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [
          {
            path: "references.0.url",
            code: "INVALID_FORMAT",
            params: { format: "url" },
            message: "must be an http:// or https:// URL",
          },
        ],
      });
      expect(res.errors![0]!.message).toContain("references[0].url must be an http:// or https:// URL");
      expect((await open("0xC004F009")).version).toBe(version);
    }
  });
});

describe("editing the structure", () => {
  it("lets an editor make the alternatives a sequence and back, and readers see it once published", async () => {
    let { version, source } = await open("0xC004F035");
    expect(source.resolutions[0].stepsMode).toBe("ALTERNATIVES");
    source.resolutions[0].stepsMode = "SEQUENCE";
    let saved = await api.gql(SAVE, { id: "0xC004F035", v: version, input: asInput(source) }, editor);
    expect(saved.errors).toBeUndefined();
    // A save is a draft: readers keep the alternatives until a publish.
    expect((await read("0xC004F035")).resolutions[0].stepsMode).toBe("ALTERNATIVES");
    await api.gql(PUBLISH, { id: "0xC004F035", v: saved.data!.updateErrorCode.version }, editor);
    expect((await read("0xC004F035")).resolutions[0].stepsMode).toBe("SEQUENCE");

    ({ version, source } = await open("0xC004F035"));
    source.resolutions[0].stepsMode = "ALTERNATIVES";
    saved = await api.gql(SAVE, { id: "0xC004F035", v: version, input: asInput(source) }, editor);
    await api.gql(PUBLISH, { id: "0xC004F035", v: saved.data!.updateErrorCode.version }, editor);
    expect((await read("0xC004F035")).resolutions[0].stepsMode).toBe("ALTERNATIVES");
  });

  it("keeps modes, sub-steps and kinds when a client that does not know them saves", async () => {
    // A client written before these fields: no ids, no stepsMode, no sub-steps, no reference kind.
    const OLD = `query ($id: String!) { errorCodeSource(id: $id) { version source { code activationTypes
      en { title summary message notes } fr { title summary message notes } causes { en fr }
      resolutions { en fr activationType steps { command en fr } } references { en fr url } } } }`;
    const { version, source } = (await api.gql(OLD, { id: "0xC004F035" }, editor)).data!.errorCodeSource;
    source.en.title = "Invalid Volume License Key (edited)";
    const res = await api.gql(SAVE, { id: "0xC004F035", v: version, input: asInput(source) }, editor);
    expect(res.errors).toBeUndefined();
    const after = (await open("0xC004F035")).source;
    expect(after.en.title).toBe("Invalid Volume License Key (edited)");
    expect(after.resolutions[0].stepsMode).toBe("ALTERNATIVES");
    expect(after.resolutions[0].steps.map((s: any) => s.steps?.length ?? 0)).toEqual([1, 5]);
    expect(after.references.map((r: any) => r.kind)).toEqual(["SEE_ALSO", "SOURCE"]);
  });

  it("adds, translates and removes sub-steps and notes, with per-field translation status", async () => {
    let { version, source } = await open("0xC004F02C");
    source.resolutions[0].steps = [
      {
        en: "Re-enter the confirmation ID:",
        fr: "Entrez de nouveau l’ID de confirmation :",
        steps: [
          { en: "Run slmgr /atp with the ID.", fr: "Exécutez slmgr /atp avec l’ID." },
          { command: "slmgr /atp <Confirmation ID>" },
          { kind: "NOTE", en: "The ID has no dashes." },
        ],
      },
    ];
    const saved = await api.gql(SAVE, { id: "0xC004F02C", v: version, input: asInput(source) }, editor);
    expect(saved.errors).toBeUndefined();
    ({ version, source } = await open("0xC004F02C"));
    const [step] = source.resolutions[0].steps;
    expect(step.steps.map((s: any) => s.kind)).toEqual(["TEXT", "COMMAND", "NOTE"]);
    const note = step.steps[2];
    const fields = (await open("0xC004F02C")).translationFields;
    const notePath = `resolutions[${source.resolutions[0].id}].steps[${step.id}].steps[${note.id}].fr`;
    expect(fields.find((f: any) => f.path === notePath)).toMatchObject({ status: "MISSING" });

    // A translator may translate a note, not change the structure.
    note.fr = "L’ID ne contient pas de tirets.";
    let res = await api.gql(SAVE, { id: "0xC004F02C", v: version, input: asInput(source) }, translator);
    expect(res.errors).toBeUndefined();
    ({ version, source } = await open("0xC004F02C"));
    expect(source.resolutions[0].steps[0].steps[2].fr).toBe("L’ID ne contient pas de tirets.");
    source.resolutions[0].stepsMode = "ALTERNATIVES";
    res = await api.gql(SAVE, { id: "0xC004F02C", v: version, input: asInput(source) }, translator);
    expect(res.errors![0]!.extensions!.code).toBe("FORBIDDEN");

    // [] removes a step's sub-steps (leaving them out would keep them).
    source.resolutions[0].stepsMode = "SEQUENCE";
    source.resolutions[0].steps[0].steps = [];
    res = await api.gql(SAVE, { id: "0xC004F02C", v: version, input: asInput(source) }, editor);
    expect(res.errors).toBeUndefined();
    expect((await open("0xC004F02C")).source.resolutions[0].steps[0].steps).toBeNull();
  });

  it("refuses a note with steps of its own and a third level, naming the field", async () => {
    const { version, source } = await open("0xC004F039");
    source.resolutions[0].steps = [
      { kind: "NOTE", en: "A note.", steps: [{ en: "Not allowed." }] },
      { en: "A step.", steps: [{ en: "A sub-step.", steps: [{ en: "Too deep." }] }] },
    ];
    const res = await api.gql(SAVE, { id: "0xC004F039", v: version, input: asInput(source) }, editor);
    expect(res.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect((res.errors![0]!.extensions!.fields as any[]).map((f) => f.path)).toEqual(
      expect.arrayContaining(["resolutions.0.steps.0.steps", "resolutions.0.steps.1.steps.0"]),
    );
    expect((await open("0xC004F039")).version).toBe(version);
  });
});

describe("XLIFF units of sub-steps and notes", () => {
  it("are keyed by item id, so a translation lands on its text after a move", async () => {
    const EXPORT = `query { exportEntries(format: XLIFF, codes: ["0xC004F035"]) }`;
    const IMPORT = `mutation ($content: String!) { importEntries(format: XLIFF, content: $content, dryRun: false) { updated } }`;
    const { source } = await open("0xC004F035");
    const [resolution] = source.resolutions;
    const [key, phone] = resolution.steps;
    const note = `resolutions.${resolution.id}.steps.${key.id}.steps.${key.steps[0].id}`;
    const call = `resolutions.${resolution.id}.steps.${phone.id}.steps.${phone.steps[2].id}`;
    const xliff = (await api.gql(EXPORT, {}, editor)).data!.exportEntries as string;
    expect(xliff).toContain(`<unit id="${note}">`);
    expect(xliff).toContain(`<unit id="${call}">`);
    expect(xliff).not.toContain("<source>slmgr /dti</source>");

    const edited = xliff.replace(
      "<target>Si vous recevez une erreur 0x80072ee2 quand vous tentez de l’activer, utilisez à la place la méthode d’activation par téléphone qui suit.</target>",
      "<target>En cas d’erreur 0x80072ee2, activez par téléphone.</target>",
    );
    const res = await api.gql(IMPORT, { content: edited }, editor);
    expect(res.data!.importEntries.updated).toEqual(["0xC004F035"]);
    const after = (await open("0xC004F035")).source.resolutions[0].steps[0].steps[0];
    expect(after).toMatchObject({
      id: key.steps[0].id,
      kind: "NOTE",
      fr: "En cas d’erreur 0x80072ee2, activez par téléphone.",
    });
  });
});
