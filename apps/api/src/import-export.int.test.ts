import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./testing/accounts.ts";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
let editor: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  editor = await signIn(api, "EDITOR");
});
afterAll(() => api?.close());

const EXPORT = `query ($format: ExportFormat!) { exportEntries(format: $format) }`;
const IMPORT = `mutation ($format: ExportFormat!, $content: String!, $dryRun: Boolean!) {
  importEntries(format: $format, content: $content, dryRun: $dryRun) { dryRun created updated unchanged conflicts } }`;
const exportAs = async (format: string) =>
  (await api.gql(EXPORT, { format }, editor)).data!.exportEntries as string;
const countRows = async () => ({
  codes: await api.db.prisma.errorCode.count(),
  revisions: await api.db.prisma.revision.count(),
  texts: await api.db.prisma.causeTranslation.count(),
});

describe("JSON export and import", () => {
  it("round-trips byte for byte: export → import → export", async () => {
    const first = await exportAs("JSON");
    expect(JSON.parse(first).entries).toHaveLength(30);
    const imported = await api.gql(IMPORT, { format: "JSON", content: first, dryRun: false }, editor);
    expect(imported.data!.importEntries.unchanged).toHaveLength(30);
    expect(await exportAs("JSON")).toBe(first);
  });

  it("reports creates, updates and conflicts in a dry run, then applies in one transaction", async () => {
    const file = JSON.parse(await exportAs("JSON"));
    file.entries[0].en.title = "Edited in the file";
    file.entries[1].version = 99;
    file.entries[1].en.title = "Edited from an old export";
    file.entries.push({
      ...structuredClone(file.entries[2]),
      code: "0xC004F0BB",
      version: undefined,
      status: "DRAFT",
    });
    const dry = await api.gql(
      IMPORT,
      { format: "JSON", content: JSON.stringify(file), dryRun: true },
      editor,
    );
    expect(dry.data!.importEntries).toMatchObject({
      dryRun: true,
      created: ["0xC004F0BB"],
      updated: ["0x8004FE21"],
      conflicts: ["0x80070005"],
    });
    const before = await countRows();
    const refused = await api.gql(
      IMPORT,
      { format: "JSON", content: JSON.stringify(file), dryRun: false },
      editor,
    );
    expect(refused.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", conflicts: ["0x80070005"] } });
    expect(await countRows()).toEqual(before);
    file.entries.splice(1, 1);
    const applied = await api.gql(
      IMPORT,
      { format: "JSON", content: JSON.stringify(file), dryRun: false },
      editor,
    );
    expect(applied.data!.importEntries).toMatchObject({
      created: ["0xC004F0BB"],
      updated: ["0x8004FE21"],
      conflicts: [],
    });
    expect((await api.db.prisma.errorCode.findUniqueOrThrow({ where: { code: "0xC004F0BB" } })).status).toBe(
      "DRAFT",
    );
  });

  it("rejects an invalid file whole, naming entry and field, and changes nothing", async () => {
    const file = JSON.parse(await exportAs("JSON"));
    file.entries[3].fr.title = "";
    file.entries[5].activationTypes = ["KMS_SERVER"];
    const before = await countRows();
    const res = await api.gql(
      IMPORT,
      { format: "JSON", content: JSON.stringify(file), dryRun: false },
      editor,
    );
    expect(res.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toContain("entry 0x80070490 (#4): fr.title must not be empty");
    expect(res.errors![0]!.message).toContain("(#6): activationTypes[0] must be one of");
    expect(await countRows()).toEqual(before);
    const notJson = await api.gql(IMPORT, { format: "JSON", content: "{", dryRun: true }, editor);
    expect(notJson.errors![0]!.message).toContain("not valid JSON");
  });
});

describe("XLIFF 2.0 for translators", () => {
  it("exports English sources with French targets and imports edited targets", async () => {
    const xliff = await exportAs("XLIFF");
    expect(xliff).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">',
    );
    expect(xliff).toContain("<source>No Key Management Service (KMS) could be contacted</source>");
    expect(xliff).toContain("<target>Aucun service de gestion de clés (KMS) n’a pu être contacté</target>");
    expect(xliff).not.toContain("slmgr.vbs /skms &lt;kms_host_name&gt;</source>");
    const edited = xliff.replace(
      "<target>Tous les systèmes hôte KMS ont retourné une erreur.</target>",
      "<target>Tous les hôtes KMS ont renvoyé une erreur &amp; rien d’autre.</target>",
    );
    const dry = await api.gql(IMPORT, { format: "XLIFF", content: edited, dryRun: true }, editor);
    expect(dry.data!.importEntries.updated).toEqual(["0xC004F074"]);
    await api.gql(IMPORT, { format: "XLIFF", content: edited, dryRun: false }, editor);
    // An import writes the draft: readers keep the published French until a publish.
    const fr = await api.gql(`{ errorCode(code: "0xC004F074", locale: FR) { causes { text } } }`);
    expect(fr.data!.errorCode.causes[0].text).toBe("Tous les systèmes hôte KMS ont retourné une erreur.");
    const FIELDS = `{ errorCodeSource(id: "0xC004F074") { source { causes { id } }
      translationFields(locale: FR) { path status text sourceBefore sourceNow } } }`;
    const draft = (await api.gql(FIELDS, {}, editor)).data!.errorCodeSource;
    const cause0 = `causes[${draft.source.causes[0].id}].fr`;
    // Units are keyed by item id, and the edited target was translated from the English as it is.
    expect(xliff).toContain(`<unit id="causes.${draft.source.causes[0].id}">`);
    expect(draft.translationFields.find((f: any) => f.path === cause0)).toMatchObject({
      status: "CURRENT",
      text: "Tous les hôtes KMS ont renvoyé une erreur & rien d’autre.",
    });
    // A unit translated from other English than the entry's now stays STALE, with both Englishes shown.
    const older = xliff.replace(
      "<source>No Key Management Service (KMS) could be contacted</source>",
      "<source>No KMS could be contacted</source>",
    );
    await api.gql(IMPORT, { format: "XLIFF", content: older, dryRun: false }, editor);
    const after = (await api.gql(FIELDS, {}, editor)).data!.errorCodeSource;
    expect(after.translationFields.find((f: any) => f.path === "fr.title")).toMatchObject({
      status: "STALE",
      sourceBefore: "No KMS could be contacted",
      sourceNow: "No Key Management Service (KMS) could be contacted",
    });
    const broken = await api.gql(IMPORT, { format: "XLIFF", content: "<xliff><file", dryRun: true }, editor);
    expect(broken.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });
});
