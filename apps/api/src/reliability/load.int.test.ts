// A bounded mixed read/write load over loopback: zero 5xx answers, and afterwards every entry is
// exactly as its last acknowledged save left it (nothing lost, nothing half-written).
import { readEntry } from "@kb/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startTestApi, type TestApi } from "../testing/test-api.ts";

const DURATION_MS = 4_000;
const READERS = 8;
const WRITE_CODES = ["0xC004F009", "0xC004F014", "0xC004F02C", "0xC004F042"];

let api: TestApi;
let editor: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  editor = await signIn(api, "EDITOR");
});
afterAll(() => api?.close());

const SOURCE = `query ($id: String!) { errorCodeSource(id: $id) { version source {
  code activationTypes en { title summary message notes } fr { title summary message notes }
  causes { en fr } resolutions { en fr activationType steps { command en fr } } references { en fr url } } } }`;
const SAVE = `mutation ($id: String!, $v: Int!, $input: ErrorCodeInput!) {
  updateErrorCode(id: $id, expectedVersion: $v, input: $input) { version } }`;
const READS = [
  [
    `{ errorCode(code: "0xC004F074", locale: FR) { title causes { text } resolutions { steps { command } } } }`,
    {},
  ],
  [`{ errorCodes(first: 30) { totalCount edges { node { code title } } } }`, {}],
  [`query ($q: String!) { search(query: $q, locale: FR) { errorCode { code } } }`, { q: "période de grâce" }],
] as const;

describe("mixed load", () => {
  it("gives no 5xx and loses no acknowledged save", async () => {
    const stats = { requests: 0, fiveXX: 0, conflicts: 0, acknowledged: 0, errors: 0 };
    const acknowledged = new Map<string, { marker: string; version: number }>();
    const until = Date.now() + DURATION_MS;
    const send = async (query: string, variables: object, headers = {}) => {
      const res = await fetch(api.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      stats.requests++;
      if (res.status >= 500) stats.fiveXX++;
      return (await res.json()) as { data?: any; errors?: any[] };
    };
    const reader = async (n: number) => {
      for (let i = n; Date.now() < until; i++) {
        const [query, variables] = READS[i % READS.length]!;
        const res = await send(query, variables);
        if (res.errors) stats.errors++;
      }
    };
    const writer = async (code: string) => {
      for (let i = 0; Date.now() < until; i++) {
        const open = await send(SOURCE, { id: code }, editor);
        const { version, source } = open.data!.errorCodeSource;
        const marker = `load ${code} #${i}`;
        source.en.notes = marker;
        source.fr.notes = `charge ${code} n°${i}`;
        const res = await send(SAVE, { id: code, v: version, input: source }, editor);
        if (res.errors?.[0]?.extensions?.code === "CONFLICT") stats.conflicts++;
        else if (res.errors) stats.errors++;
        else {
          stats.acknowledged++;
          acknowledged.set(code, { marker, version: res.data!.updateErrorCode.version });
        }
      }
    };
    // Two writers per code: they race on purpose, so some saves must get CONFLICT.
    await Promise.all([
      ...Array.from({ length: READERS }, (_, n) => reader(n)),
      ...WRITE_CODES.flatMap((code) => [writer(code), writer(code)]),
    ]);
    console.log(
      `load: ${stats.requests} requests in ${DURATION_MS / 1000} s, ${stats.fiveXX} 5xx, ${stats.errors} errors, ` +
        `${stats.acknowledged} saves acknowledged, ${stats.conflicts} conflicts`,
    );
    expect(stats.fiveXX).toBe(0);
    expect(stats.errors).toBe(0);
    expect(stats.acknowledged).toBeGreaterThan(0);
    for (const code of WRITE_CODES) {
      const entry = (await readEntry(api.db.prisma, code))!;
      const last = acknowledged.get(code)!;
      expect(entry.en.notes).toBe(last.marker);
      expect(entry.version).toBe(last.version);
      const revisions = await api.db.prisma.revision.count({ where: { errorCode: { code } } });
      expect(revisions).toBe(last.version);
    }
  });
});
