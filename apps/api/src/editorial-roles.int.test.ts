// Each role against each editorial operation: allowed, or refused with the right code.
import { readEntry } from "@kb/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./testing/accounts.ts";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
const headers: Record<string, Record<string, string>> = { ANONYMOUS: {} };
beforeAll(async () => {
  api = await startTestApi();
  for (const role of ["ADMIN", "EDITOR", "TRANSLATOR", "VIEWER"] as const)
    headers[role] = await signIn(api, role);
});
afterAll(() => api?.close());

const SOURCE = `query ($id: String!) { errorCodeSource(id: $id) { version source {
  code activationTypes en { title summary message notes } fr { title summary message notes }
  causes { en fr } resolutions { en fr activationType steps { command en fr } } references { en fr url } } } }`;

async function current(code: string) {
  const res = await api.gql(SOURCE, { id: code }, headers.ADMIN);
  return res.data!.errorCodeSource as { version: number; source: Record<string, any> };
}

type Op = (role: string) => Promise<{ errors?: { extensions?: { code?: string } }[] }>;
const ops: Record<string, Op> = {
  "read a draft source": (role) => api.gql(SOURCE, { id: "0xC004F074" }, headers[role]),
  "save English": async (role) => {
    const { version, source } = await current("0xC004F074");
    source.en.title = `${source.en.title} (${role})`;
    return api.gql(
      `mutation ($v: Int!, $input: ErrorCodeInput!) { updateErrorCode(id: "0xC004F074", expectedVersion: $v, input: $input) { version } }`,
      { v: version, input: source },
      headers[role],
    );
  },
  "save French": async (role) => {
    const { version, source } = await current("0xC004F009");
    source.causes[0].fr = `${source.causes[0].fr} (${role})`;
    return api.gql(
      `mutation ($v: Int!, $input: ErrorCodeInput!) { updateErrorCode(id: "0xC004F009", expectedVersion: $v, input: $input) { version } }`,
      { v: version, input: source },
      headers[role],
    );
  },
  create: (role) =>
    api.gql(
      `mutation ($input: ErrorCodeInput!) { createErrorCode(input: $input) { code } }`,
      {
        input: {
          code: `0xC004F1${role.slice(0, 2).replace(/[^0-9A-F]/g, "A")}`,
          activationTypes: [],
          en: { title: "t", summary: "s", message: "m" },
          causes: [],
          resolutions: [],
          references: [],
        },
      },
      headers[role],
    ),
  "publish/unpublish": async (role) => {
    const { version } = await current("0xC004F06C");
    const res = await api.gql(
      `mutation ($v: Int!) { unpublishErrorCode(id: "0xC004F06C", expectedVersion: $v) { version } }`,
      { v: version },
      headers[role],
    );
    if (!res.errors)
      await api.gql(
        `mutation ($v: Int!) { publishErrorCode(id: "0xC004F06C", expectedVersion: $v) { version } }`,
        { v: version + 1 },
        headers.ADMIN,
      );
    return res;
  },
  "restore a revision": async (role) => {
    const { version } = await current("0x80070005");
    return api.gql(
      `mutation ($v: Int!) { restoreRevision(id: "0x80070005", revision: 1, expectedVersion: $v) { version } }`,
      { v: version },
      headers[role],
    );
  },
  "list revisions": (role) => api.gql(`{ revisions(id: "0x80070005") { version } }`, {}, headers[role]),
  "import JSON (dry run)": (role) =>
    api.gql(
      `mutation { importEntries(format: JSON, content: "{\\"entries\\": []}") { dryRun } }`,
      {},
      headers[role],
    ),
  "list users": (role) => api.gql(`{ users { email } }`, {}, headers[role]),
  "create an API token": (role) =>
    api.gql(`mutation { createApiToken(name: "ci", scopes: [READ_DRAFTS]) { secret } }`, {}, headers[role]),
  "read feedback": (role) => api.gql(`{ feedback { id } unknownLookups { code } }`, {}, headers[role]),
  "filter on translation status": (role) =>
    api.gql(`{ errorCodes(filter: { translationStatus: STALE }) { totalCount } }`, {}, headers[role]),
};

const ok = "ok";
const EXPECTED: Record<string, Record<string, string>> = {
  //                                  ANONYMOUS          VIEWER       TRANSLATOR   EDITOR       ADMIN
  "read a draft source": { ANONYMOUS: "UNAUTHENTICATED", VIEWER: ok, TRANSLATOR: ok, EDITOR: ok, ADMIN: ok },
  "save English": {
    ANONYMOUS: "UNAUTHENTICATED",
    VIEWER: "FORBIDDEN",
    TRANSLATOR: "FORBIDDEN",
    EDITOR: ok,
    ADMIN: ok,
  },
  "save French": { ANONYMOUS: "UNAUTHENTICATED", VIEWER: "FORBIDDEN", TRANSLATOR: ok, EDITOR: ok, ADMIN: ok },
  create: {
    ANONYMOUS: "UNAUTHENTICATED",
    VIEWER: "FORBIDDEN",
    TRANSLATOR: "FORBIDDEN",
    EDITOR: ok,
    ADMIN: ok,
  },
  "publish/unpublish": {
    ANONYMOUS: "UNAUTHENTICATED",
    VIEWER: "FORBIDDEN",
    TRANSLATOR: "FORBIDDEN",
    EDITOR: ok,
    ADMIN: ok,
  },
  "restore a revision": {
    ANONYMOUS: "UNAUTHENTICATED",
    VIEWER: "FORBIDDEN",
    TRANSLATOR: "FORBIDDEN",
    EDITOR: ok,
    ADMIN: ok,
  },
  "list revisions": { ANONYMOUS: "UNAUTHENTICATED", VIEWER: ok, TRANSLATOR: ok, EDITOR: ok, ADMIN: ok },
  "import JSON (dry run)": {
    ANONYMOUS: "UNAUTHENTICATED",
    VIEWER: "FORBIDDEN",
    TRANSLATOR: "FORBIDDEN",
    EDITOR: ok,
    ADMIN: ok,
  },
  "list users": {
    ANONYMOUS: "UNAUTHENTICATED",
    VIEWER: "FORBIDDEN",
    TRANSLATOR: "FORBIDDEN",
    EDITOR: "FORBIDDEN",
    ADMIN: ok,
  },
  "create an API token": {
    ANONYMOUS: "UNAUTHENTICATED",
    VIEWER: "FORBIDDEN",
    TRANSLATOR: "FORBIDDEN",
    EDITOR: "FORBIDDEN",
    ADMIN: ok,
  },
  "read feedback": { ANONYMOUS: "UNAUTHENTICATED", VIEWER: ok, TRANSLATOR: ok, EDITOR: ok, ADMIN: ok },
  "filter on translation status": {
    ANONYMOUS: "UNAUTHENTICATED",
    VIEWER: ok,
    TRANSLATOR: ok,
    EDITOR: ok,
    ADMIN: ok,
  },
};

describe("authorization on every editorial path", () => {
  for (const [op, byRole] of Object.entries(EXPECTED)) {
    for (const [role, expected] of Object.entries(byRole)) {
      it(`${op} as ${role}: ${expected}`, async () => {
        const res = await ops[op]!(role);
        expect(res.errors?.[0]?.extensions?.code ?? ok).toBe(expected);
      });
    }
  }

  it("kept the translator's French save and refused the English one", async () => {
    const f009 = (await readEntry(api.db.prisma, "0xC004F009"))!;
    expect(f009.causes[0]!.fr).toContain("(TRANSLATOR)");
    const f074 = (await readEntry(api.db.prisma, "0xC004F074"))!;
    expect(f074.en.title).not.toContain("(TRANSLATOR)");
    expect(f074.en.title).toContain("(EDITOR)");
  });
});
