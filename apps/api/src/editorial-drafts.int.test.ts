// The editorial model as its people use it, over HTTP: editors and translators save drafts that readers
// never see until a publish; French is tracked field by field; items keep their ids.
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

const EDITABLE = `id version status publishedVersion hasUnpublishedChanges reviewRequestedAt reviewRequestedBy
  translations { locale status }
  translationFields(locale: FR) { path status text sourceBefore sourceNow }
  source { code activationTypes en { title summary message notes } fr { title summary message notes }
    causes { id en fr } resolutions { id en fr activationType steps { id command en fr } } references { id en fr url } }`;
const OPEN = `query ($id: String!) { errorCodeSource(id: $id) { ${EDITABLE} } }`;
const SAVE = `mutation ($id: String!, $v: Int!, $input: ErrorCodeInput!) {
  updateErrorCode(id: $id, expectedVersion: $v, input: $input) { ${EDITABLE} } }`;
const PUBLISH = `mutation ($id: String!, $v: Int!, $allow: Boolean) {
  publishErrorCode(id: $id, expectedVersion: $v, allowMissingTranslations: $allow) { ${EDITABLE} } }`;
const READ = `query ($code: String!, $locale: Locale) { errorCode(code: $code, locale: $locale) {
  title notes fallbackTexts causes { id text servedLocale } } }`;

type Editable = {
  id: string;
  version: number;
  publishedVersion: number | null;
  hasUnpublishedChanges: boolean;
  translations: { locale: string; status: string }[];
  translationFields: {
    path: string;
    status: string;
    text: string | null;
    sourceBefore: string | null;
    sourceNow: string;
  }[];
  source: any;
};
async function open(code: string): Promise<Editable> {
  const res = await api.gql(OPEN, { id: code }, editor);
  expect(res.errors).toBeUndefined();
  return res.data!.errorCodeSource;
}
async function save(code: string, change: (source: any) => void, who = editor): Promise<Editable> {
  const { version, source } = await open(code);
  change(source);
  const res = await api.gql(SAVE, { id: code, v: version, input: source }, who);
  expect(res.errors).toBeUndefined();
  return res.data!.updateErrorCode;
}
async function publish(code: string, allow = false): Promise<Editable> {
  const { version } = await open(code);
  const res = await api.gql(PUBLISH, { id: code, v: version, allow }, editor);
  expect(res.errors).toBeUndefined();
  return res.data!.publishErrorCode;
}
const read = async (code: string, locale = "FR") => (await api.gql(READ, { code, locale })).data!.errorCode;
/** The cached GET path (response cache, ETag) as a browser or CDN would use it. */
async function readByGet(code: string) {
  const params = new URLSearchParams({ query: READ, variables: JSON.stringify({ code, locale: "FR" }) });
  const res = await fetch(`${api.url}?${params}`, { headers: { "apollo-require-preflight": "1" } });
  return ((await res.json()) as any).data.errorCode;
}
const searchCodes = async (query: string) =>
  (
    (await api.gql(`{ search(query: "${query}", locale: FR) { errorCode { code } } }`)).data!.search as any[]
  ).map((h) => h.errorCode.code);
const field = (e: Editable, path: string) => e.translationFields.find((f) => f.path === path)!;

describe("drafts of a published entry", () => {
  it("stay away from readers (POST, cached GET, search) until published, then replace what they see", async () => {
    const code = "0xC004F009";
    const before = await read(code);
    expect(await readByGet(code)).toEqual(before);
    const saved = await save(code, (s) => (s.fr.title = "Période de grâce écoulée (brouillon zorglub)"));
    expect(saved).toMatchObject({ hasUnpublishedChanges: true, publishedVersion: saved.version - 1 });
    expect(await read(code)).toEqual(before);
    expect(await readByGet(code)).toEqual(before);
    expect(await searchCodes("zorglub")).toEqual([]);
    // The editors' list tells which entries have unpublished changes; readers see the published version.
    const LIST = `{ errorCodes(filter: { text: "${code}" }) { edges { node { code version publishedVersion } } } }`;
    const listed = async (who?: Record<string, string>) =>
      (await api.gql(LIST, {}, who)).data!.errorCodes.edges.find((e: any) => e.node.code === code).node;
    expect(await listed(editor)).toEqual({
      code,
      version: saved.version,
      publishedVersion: saved.version - 1,
    });
    expect(await listed()).toEqual({
      code,
      version: saved.version - 1,
      publishedVersion: saved.version - 1,
    });

    const published = await publish(code);
    expect(published).toMatchObject({ hasUnpublishedChanges: false, publishedVersion: published.version });
    expect((await read(code)).title).toBe("Période de grâce écoulée (brouillon zorglub)");
    expect((await readByGet(code)).title).toBe("Période de grâce écoulée (brouillon zorglub)");
    expect(await searchCodes("zorglub")).toEqual([code]);
  });

  it("keeps a translator's save from readers; the translator cannot publish; an editor can discard it", async () => {
    const code = "0xC004F014";
    const before = await read(code);
    const saved = await save(code, (s) => (s.fr.title = "Titre du traducteur"), translator);
    expect(saved.source.fr.title).toBe("Titre du traducteur");
    expect(await read(code)).toEqual(before);

    const refused = await api.gql(PUBLISH, { id: code, v: saved.version }, translator);
    expect(refused.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const review = await api.gql(
      `mutation ($id: String!, $v: Int!) { submitForReview(id: $id, expectedVersion: $v) { reviewRequestedBy reviewRequestedAt } }`,
      { id: code, v: saved.version },
      translator,
    );
    expect(review.data!.submitForReview.reviewRequestedBy).toBe("TRANSLATOR tester");

    const changes = await api.gql(
      `{ errorCodeSource(id: "${code}") { unpublishedChanges { path before after } } }`,
      {},
      editor,
    );
    expect(changes.data!.errorCodeSource.unpublishedChanges).toEqual([
      { path: "fr.title", before: before.title, after: "Titre du traducteur" },
    ]);

    const discarded = await api.gql(
      `mutation ($id: String!, $v: Int!) { discardDraft(id: $id, expectedVersion: $v) { ${EDITABLE} } }`,
      { id: code, v: saved.version },
      editor,
    );
    expect(discarded.errors).toBeUndefined();
    expect(discarded.data!.discardDraft).toMatchObject({
      hasUnpublishedChanges: false,
      reviewRequestedBy: null,
      source: { fr: { title: before.title } },
    });
    expect(await read(code)).toEqual(before);
  });

  it("keeps the version for a save that changes nothing", async () => {
    const { version, source } = await open("0xC004F02C");
    const res = await api.gql(SAVE, { id: "0xC004F02C", v: version, input: source }, editor);
    expect(res.data!.updateErrorCode.version).toBe(version);
    const revisions = await api.gql(`{ revisions(id: "0xC004F02C") { version } }`, {}, editor);
    expect(revisions.data!.revisions).toHaveLength(1);
  });
});

describe("French tracked per field", () => {
  const code = "0x8004FE21";

  it("turns stale only the French of the English that changed, and back with 'still accurate'", async () => {
    const start = await open(code);
    const [c1, c2, c3] = start.source.causes.map((c: { id: string }) => c.id);
    expect(start.translationFields.every((f) => f.status === "CURRENT")).toBe(true);
    const oldEnglish = start.source.causes[0].en;

    const edited = await save(code, (s) => (s.causes[0].en = `${s.causes[0].en} (reworded)`));
    expect(field(edited, `causes[${c1}].fr`)).toMatchObject({
      status: "STALE",
      sourceBefore: oldEnglish,
      sourceNow: `${oldEnglish} (reworded)`,
    });
    const others = edited.translationFields.filter((f) => f.path !== `causes[${c1}].fr`);
    expect(others.map((f) => f.status)).toEqual(others.map(() => "CURRENT"));
    expect(edited.translations.find((t) => t.locale === "FR")!.status).toBe("STALE");

    // A French edit elsewhere makes that field current and leaves cause 1 stale.
    const notes = await save(code, (s) => (s.fr.notes = `${s.fr.notes} (revu)`), translator);
    expect(field(notes, "fr.notes").status).toBe("CURRENT");
    expect(field(notes, `causes[${c1}].fr`).status).toBe("STALE");
    expect([c2, c3].map((id) => field(notes, `causes[${id}].fr`).status)).toEqual(["CURRENT", "CURRENT"]);

    const confirmed = await api.gql(
      `mutation ($id: String!, $v: Int!, $paths: [String!]!) {
        confirmTranslations(id: $id, expectedVersion: $v, locale: FR, paths: $paths) { ${EDITABLE} } }`,
      { id: code, v: notes.version, paths: [`causes[${c1}].fr`] },
      translator,
    );
    expect(confirmed.errors).toBeUndefined();
    const after = confirmed.data!.confirmTranslations as Editable;
    expect(field(after, `causes[${c1}].fr`)).toMatchObject({
      status: "CURRENT",
      text: start.source.causes[0].fr,
    });
    expect(after.translations.find((t) => t.locale === "FR")!.status).toBe("CURRENT");
  });

  it("lists a new English cause as missing French, and readers of French get it in English, marked", async () => {
    const added = await save(code, (s) => s.causes.push({ en: "A cause added in English only." }));
    const newId = added.source.causes[3].id;
    expect(newId).toMatch(/^[0-9a-f-]{36}$/);
    expect(field(added, `causes[${newId}].fr`)).toMatchObject({ status: "MISSING", text: null });
    expect(added.translations.find((t) => t.locale === "FR")!.status).toBe("MISSING");

    const refused = await api.gql(PUBLISH, { id: code, v: added.version }, editor);
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "TRANSLATIONS_MISSING",
      fields: [{ path: `causes[${newId}].fr`, code: "TRANSLATION_MISSING", params: {} }],
    });
    await publish(code, true);
    const fr = await read(code);
    expect(fr.fallbackTexts).toEqual([]);
    expect(fr.causes.map((c: { servedLocale: string }) => c.servedLocale)).toEqual(["FR", "FR", "FR", "EN"]);
    expect(fr.causes[3]).toMatchObject({ id: newId, text: "A cause added in English only." });
  });

  it("accepts part of a translation in a draft: a French title alone", async () => {
    const created = await api.gql(
      `mutation ($input: ErrorCodeInput!) { createErrorCode(input: $input) { version } }`,
      {
        input: {
          code: "0xC004F0AB",
          activationTypes: ["KMS"],
          en: { title: "Partial test", summary: "Summary.", message: "Message." },
          causes: [{ en: "Cause." }],
          resolutions: [],
          references: [],
        },
      },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const partial = await save("0xC004F0AB", (s) => (s.fr = { title: "Essai partiel" }), translator);
    expect(partial.source.fr).toEqual({ title: "Essai partiel", summary: null, message: null, notes: null });
    expect(partial.translationFields.map((f) => [f.path.replace(/\[.*\]/, "[]"), f.status])).toEqual([
      ["fr.title", "CURRENT"],
      ["fr.summary", "MISSING"],
      ["fr.message", "MISSING"],
      ["causes[].fr", "MISSING"],
    ]);
  });
});

describe("item ids", () => {
  it("survive a reorder, and a revision diff shows the move as a move", async () => {
    const code = "0xC004F00F";
    const start = await open(code);
    const ids = start.source.resolutions.map((r: { id: string }) => r.id);
    const moved = await save(code, (s) => s.resolutions.reverse());
    expect(moved.source.resolutions.map((r: { id: string }) => r.id)).toEqual([...ids].reverse());
    expect(moved.translationFields.every((f) => f.status === "CURRENT")).toBe(true);
    const diff = await api.gql(
      `{ revisionDiff(id: "${code}", from: ${start.version}, to: ${moved.version}) { path before after } }`,
      {},
      editor,
    );
    expect(diff.data!.revisionDiff).toEqual([
      { path: `resolutions[${ids[0]}].position`, before: "0", after: "1" },
      { path: `resolutions[${ids[1]}].position`, before: "1", after: "0" },
    ]);
  });

  it("survive an export and import round trip", async () => {
    const exported = await api.gql(`{ exportEntries(format: JSON, codes: ["0x8007232B"]) }`, {}, editor);
    const file = JSON.parse(exported.data!.exportEntries);
    const entry = file.entries[0];
    const ids = [
      ...entry.causes,
      ...entry.resolutions,
      ...entry.resolutions.flatMap((r: any) => r.steps ?? []),
    ].map((i: { id: string }) => i.id);
    expect(ids.every((id: string) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    entry.causes[0].en = `${entry.causes[0].en} (imported)`;
    const res = await api.gql(
      `mutation ($content: String!) { importEntries(format: JSON, content: $content, dryRun: false) { updated } }`,
      { content: JSON.stringify(file) },
      editor,
    );
    expect(res.data!.importEntries.updated).toEqual(["0x8007232B"]);
    const after = await open("0x8007232B");
    const afterIds = [
      ...after.source.causes,
      ...after.source.resolutions,
      ...after.source.resolutions.flatMap((r: any) => r.steps ?? []),
    ].map((i: { id: string }) => i.id);
    expect(afterIds).toEqual(ids);
    expect(field(after, `causes[${ids[0]}].fr`).status).toBe("STALE");
  });
});

describe("validation", () => {
  it("names the entry by code or the deprecated id, exactly one of them", async () => {
    const q = (args: string) => `mutation { submitForReview(${args}expectedVersion: 1) { version } }`;
    const neither = await api.gql(q(""), {}, editor);
    expect(neither.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "code" });
    const both = await api.gql(q(`code: "0xC004F041", id: "0xC004F041", `), {}, editor);
    expect(both.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
    expect(await api.db.prisma.errorCode.findUniqueOrThrow({ where: { code: "0xC004F041" } })).toMatchObject({
      reviewRequestedAt: null,
    });
  });

  it("reports every problem in one answer, each with a stable code and its parameters", async () => {
    const { version, source } = await open("0xC004F041");
    source.en.title = "";
    source.en.summary = "x".repeat(2001);
    source.references = [{ en: "Link", url: "javascript:alert(1)" }];
    const res = await api.gql(SAVE, { id: "0xC004F041", v: version, input: source }, editor);
    expect(res.errors![0]!.extensions!.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "en.title", code: "EMPTY" }),
        expect.objectContaining({ path: "en.summary", code: "TOO_LONG", params: { max: 2000 } }),
        expect.objectContaining({ path: "references.0.url", code: "INVALID_FORMAT" }),
      ]),
    );
  });
});
