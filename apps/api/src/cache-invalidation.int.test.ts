// Functional (not timed) checks of the caches: a published change reaches readers of every API process
// sharing the database, no cache serves a draft or another locale, and signed-in requests bypass them.
import { createDb, type Db } from "@kb/db";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiServer, type ApiServer } from "./server.ts";
import { signIn, startTestApi, type TestApi } from "./testing/test-api.ts";

let a: TestApi;
let b: ApiServer;
let c: ApiServer;
let bDb: Db;
let editor: Record<string, string>;

beforeAll(async () => {
  a = await startTestApi();
  // A second API process on the same database: its own connection (server engine) or the same
  // embedded instance (PGlite is one connection in one process).
  bDb = a.db.url ? createDb({ url: a.db.url }) : a.db;
  const settings = { HOST: "127.0.0.1", PORT: 0, KB_INTROSPECTION: false, KB_MAX_BODY_BYTES: 100_000 };
  b = await startApiServer(
    bDb,
    { ...settings, KB_HTTP_CACHE: true, KB_READ_MODEL: true },
    pino({ level: "silent" }),
  );
  // A third with the read model only (the engine path), to check what it keeps apart from the HTTP cache.
  c = await startApiServer(
    bDb,
    { ...settings, KB_HTTP_CACHE: false, KB_READ_MODEL: true },
    pino({ level: "silent" }),
  );
  editor = await signIn(a, "EDITOR");
});
afterAll(async () => {
  await c?.close();
  await b?.close();
  if (bDb && bDb !== a.db) await bDb.close();
  await a?.close();
});

const TITLE = `query ($code: String!) { errorCode(code: $code) { title causes { text } } }`;
async function readB(code: string, headers: Record<string, string> = {}) {
  const res = await fetch(b.url, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": "fr", ...headers },
    body: JSON.stringify({ query: TITLE, variables: { code } }),
  });
  return {
    cache: res.headers.get("x-cache"),
    etag: res.headers.get("etag"),
    cacheControl: res.headers.get("cache-control"),
    body: (await res.json()) as any,
  };
}
async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() - start > 3000) return { value, ms: Date.now() - start };
    await new Promise((r) => setTimeout(r, 20));
  }
}
async function save(code: string, change: (source: any) => void) {
  const open = await a.gql(
    `query ($id: String!) { errorCodeSource(id: $id) { version source {
    code activationTypes en { title summary message notes } fr { title summary message notes }
    causes { en fr } resolutions { en fr activationType steps { command en fr } } references { en fr url } } } }`,
    { id: code },
    editor,
  );
  const { version, source } = open.data!.errorCodeSource;
  change(source);
  const res = await a.gql(
    `mutation ($id: String!, $v: Int!, $input: ErrorCodeInput!) {
    updateErrorCode(id: $id, expectedVersion: $v, input: $input) { version } }`,
    { id: code, v: version, input: source },
    editor,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.updateErrorCode.version as number;
}
/** A draft save, then its publish: what readers see changes at the publish only. */
async function saveAndPublish(code: string, change: (source: any) => void) {
  const version = await save(code, change);
  const res = await a.gql(
    `mutation ($id: String!, $v: Int!) { publishErrorCode(id: $id, expectedVersion: $v) { version } }`,
    { id: code, v: version },
    editor,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.publishErrorCode.version as number;
}

describe("caches across two API processes", () => {
  it("serve repeated anonymous reads from memory, with an ETag that revalidates", async () => {
    const first = await readB("0xC004F074");
    const second = await readB("0xC004F074");
    expect([first.cache, second.cache]).toEqual(["MISS", "HIT"]);
    expect(second.body).toEqual(first.body);
    const revalidated = await fetch(b.url, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "fr", "if-none-match": second.etag! },
      body: JSON.stringify({ query: TITLE, variables: { code: "0xC004F074" } }),
    });
    expect(revalidated.status).toBe(304);
  });

  it("show a change published through the other process within a second, and no draft before", async () => {
    const before = await readB("0xC004F074");
    const version = await save("0xC004F074", (s) => (s.fr.title = "Aucun KMS joignable (modifié)"));
    const draft = await waitFor(
      () => readB("0xC004F074"),
      (v) => v.body.data.errorCode.title.includes("modifié"),
    );
    expect(draft.value.body.data.errorCode.title).toBe(before.body.data.errorCode.title);
    const published = await a.gql(
      `mutation ($v: Int!) { publishErrorCode(id: "0xC004F074", expectedVersion: $v) { version } }`,
      { v: version },
      editor,
    );
    expect(published.errors).toBeUndefined();
    const { value, ms } = await waitFor(
      () => readB("0xC004F074"),
      (v) => v.body.data.errorCode.title.includes("modifié"),
    );
    expect(value.body.data.errorCode.title).toBe("Aucun KMS joignable (modifié)");
    expect(ms).toBeLessThan(1000);
  });

  it("never serve an entry once it is unpublished, nor another locale's text", async () => {
    await readB("0xC004F039");
    const v = (await a.db.prisma.errorCode.findUniqueOrThrow({ where: { code: "0xC004F039" } })).version;
    await a.gql(
      `mutation { unpublishErrorCode(id: "0xC004F039", expectedVersion: ${v}) { status } }`,
      {},
      editor,
    );
    const { value } = await waitFor(
      () => readB("0xC004F039"),
      (r) => r.body.data.errorCode === null,
    );
    expect(value.body.data.errorCode).toBeNull();
    const en = await readB("0xC004F009", { "accept-language": "en" });
    const fr = await readB("0xC004F009", { "accept-language": "fr" });
    expect(en.body.data.errorCode.title).toContain("grace period");
    expect(fr.body.data.errorCode.title).toContain("période de grâce");
  });

  it("forget search results on a published change, with or without the HTTP cache", async () => {
    const SEARCH = `{ search(query: "zorglub", locale: FR) { errorCode { code } } }`;
    const hits = async (server: ApiServer) => {
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: SEARCH }),
      });
      return ((await res.json()) as any).data.search.map((h: any) => h.errorCode.code) as string[];
    };
    expect(await hits(b)).toEqual([]);
    expect(await hits(c)).toEqual([]);
    await saveAndPublish("0xC004F074", (s) => (s.fr.title = "Aucun KMS joignable (zorglub)"));
    for (const server of [b, c]) {
      const { value, ms } = await waitFor(
        () => hits(server),
        (codes) => codes.length > 0,
      );
      expect(value).toEqual(["0xC004F074"]);
      expect(ms).toBeLessThan(1000);
    }
  });

  it("are bypassed by signed-in requests, which see drafts at once", async () => {
    const bearer = { authorization: editor.authorization! };
    const res = await readB("0xC004F039", bearer);
    expect(res.cache).toBeNull();
    // Nothing on the way may keep a signed-in answer.
    expect(res.cacheControl).toBe("no-store");
    expect(res.body.data.errorCode.title).toContain("KMS");
  });
});
