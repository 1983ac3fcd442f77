// No N+1: a page of codes with every nested list costs the same number of SQL statements whatever its size.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./testing/accounts.ts";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
let statements: string[] = [];
// The cold path: no caches, every request goes to PostgreSQL.
beforeAll(
  async () =>
    (api = await startTestApi({
      onQuery: (sql) => statements.push(sql),
      settings: { KB_HTTP_CACHE: false, KB_READ_MODEL: false },
    })),
);
afterAll(() => api?.close());

const NESTED = `query ($first: Int) {
  errorCodes(first: $first, locale: FR) {
    totalCount
    edges { node {
      code title servedLocale
      activationTypes { key name }
      causes { text }
      resolutions { text activationType { name } steps { kind text command } }
      references { title }
      translations { locale status }
      related { code title }
    } }
  }
}`;

// The webhook worker's polls run in the background, not for the request being counted.
const queries = () =>
  statements.filter(
    (s) => !/^\s*(BEGIN|COMMIT|ROLLBACK|DEALLOCATE)/i.test(s) && !/"WebhookDelivery"/.test(s),
  );

async function countFor(first: number) {
  statements = [];
  const res = await api.gql(NESTED, { first });
  expect(res.errors).toBeUndefined();
  expect(res.data!.errorCodes.edges).toHaveLength(first);
  return queries().length;
}

describe("SQL statements per request", () => {
  it("stay at most five from 5 to 30 codes with every nested field", async () => {
    // The page's keys, its entries whole, the count, the related ids, and related entries not on the page.
    const five = await countFor(5);
    const thirty = await countFor(30);
    console.log(`statements for a page of 5: ${five}; of 30: ${thirty}`);
    expect(five).toBeLessThanOrEqual(5);
    expect(thirty).toBeLessThanOrEqual(five);
  });

  it("are one for a code looked up with its causes, resolutions and activation types", async () => {
    statements = [];
    const res = await api.gql(`{ errorCode(code: "0xC004F074", locale: FR) {
      code title activationTypes { key name } causes { text }
      resolutions { text activationType { name } steps { kind text command } }
      references { title url } translations { locale status }
    } }`);
    expect(res.data!.errorCode.causes.length).toBeGreaterThan(0);
    expect(res.data!.errorCode.activationTypes[0].name).toMatch(/KMS/);
    expect(queries()).toHaveLength(1);
  });
});

describe("a page that does not ask for totalCount", () => {
  it("costs no COUNT(*)", async () => {
    statements = [];
    const res = await api.gql(`{ errorCodes(first: 10) { edges { node { code } } } }`);
    expect(res.data!.errorCodes.edges).toHaveLength(10);
    expect(statements.some((s) => /count\(/i.test(s))).toBe(false);
    statements = [];
    await api.gql(`{ errorCodes(first: 10) { totalCount } }`);
    expect(statements.some((s) => /count\(/i.test(s))).toBe(true);
  });
});

describe("a save of a whole entry", () => {
  it("reads the draft once before writing it, writes each table once, and answers", async () => {
    const editor = await signIn(api, "EDITOR");
    const OPEN = `query { errorCodeSource(code: "0xC004F074") { version source {
      code activationTypes en { title summary message notes } fr { title summary message notes }
      causes { id en fr } resolutions { id en fr activationType steps { id command en fr } }
      references { id en fr url } } } }`;
    const { version, source } = (await api.gql(OPEN, {}, editor)).data!.errorCodeSource;
    source.fr.notes = "Une note enregistrée pour compter les requêtes.";
    statements = [];
    const res = await api.gql(
      `mutation ($v: Int!, $input: ErrorCodeInput!) {
        updateErrorCode(code: "0xC004F074", expectedVersion: $v, input: $input) { version } }`,
      { v: version, input: source },
      editor,
    );
    expect(res.errors).toBeUndefined();
    const run = queries();
    // The draft before the write, the revision's snapshot after it, and the answer.
    const graphReads = run.filter((s) => /kb_entry_document/.test(s)).length;
    console.log(`statements for a save: ${run.length}, of which entry reads: ${graphReads}`);
    expect(graphReads).toBe(3);
    expect(run.length, run.join("\n---\n")).toBeLessThanOrEqual(30);
  });
});

describe("SQL statements with the read model on (engine path)", () => {
  let warm: TestApi;
  const seen: string[] = [];
  beforeAll(async () => {
    warm = await startTestApi({
      onQuery: (sql) => seen.push(sql),
      settings: { KB_HTTP_CACHE: false, KB_READ_MODEL: true },
    });
  });
  afterAll(() => warm?.close());

  it("fall to the page query (its keys and the count) once the entries are in memory", async () => {
    await warm.gql(NESTED, { first: 30 });
    seen.length = 0;
    const res = await warm.gql(NESTED, { first: 30 });
    expect(res.data!.errorCodes.edges).toHaveLength(30);
    const run = seen.filter((s) => !/^\s*(BEGIN|COMMIT|ROLLBACK|DEALLOCATE)/i.test(s));
    console.log(`statements for a warm page of 30: ${run.length}`);
    expect(run.length, run.join("\n---\n")).toBeLessThanOrEqual(3);
  });
});
