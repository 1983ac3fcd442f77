// The editors' backlog under a flood: lookups of unknown codes are batched, each address adds at most
// KB_BACKLOG_CAP_PER_HOUR codes an hour (also across API processes), codes that exist in any status are
// never recorded, and editors see distinct readers, stored as salted hashes only.
import { createTestDb, type TestDb } from "@kb/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiServer, type ApiServer } from "./server.ts";
import { signIn, startTestApi, type TestApi } from "./testing/test-api.ts";

const LOOKUP = `query ($code: String!) { errorCode(code: $code) { code } }`;
const randomCode = () =>
  `0x${(0x80000000 + Math.floor(Math.random() * 0x7fffffff)).toString(16).toUpperCase().padStart(8, "0")}`;

async function lookup(url: string, code: string, address?: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(address && { "x-forwarded-for": address }) },
    body: JSON.stringify({ query: LOOKUP, variables: { code } }),
  });
  return (await res.json()) as { data?: { errorCode: unknown } };
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ settings: { KB_BACKLOG_FLUSH_MS: 200 } });
});
afterAll(() => api?.close());

const settle = () => new Promise((r) => setTimeout(r, 600));

describe("the unknown-code backlog", () => {
  it("stays under the cap during a 10-second flood of random codes from one address", async () => {
    const end = Date.now() + 10_000;
    let requests = 0;
    // Eight connections in a bounded loop on loopback, each a fresh random valid code.
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (Date.now() < end) {
          const res = await lookup(api.url, randomCode());
          expect(res.data!.errorCode).toBeNull();
          requests++;
        }
      }),
    );
    await settle();
    // Well past the cap even on a loaded machine, so a missing cap would show.
    expect(requests).toBeGreaterThan(100);
    const rows = await api.db.prisma.unknownLookup.findMany();
    expect(rows.length).toBe(50);
    expect(rows.every((r) => r.readers === 1 && r.count === 1)).toBe(true);
    expect(await api.db.prisma.unknownLookupReader.count()).toBe(50);
  }, 30_000);

  it("never records a code that exists, published or draft", async () => {
    const editor = await signIn(api, "EDITOR");
    await api.gql(
      `mutation { unpublishErrorCode(id: "0xC004F009", expectedVersion: 1) { version } }`,
      {},
      editor,
    );
    for (const code of ["0xC004F009", "0xC004F074", "c004f009"]) {
      await lookup(api.url, code, "198.51.100.7");
    }
    await settle();
    expect(
      await api.db.prisma.unknownLookup.count({ where: { code: { in: ["0xC004F009", "0xC004F074"] } } }),
    ).toBe(0);
  });

  it("shows editors distinct readers, storing no address", async () => {
    for (let i = 0; i < 3; i++) await lookup(api.url, "0xDEADBEEF", "203.0.113.5");
    await lookup(api.url, "0xDEADBEEF", "203.0.113.6");
    await settle();
    const editor = await signIn(api, "EDITOR");
    const res = await api.gql(`{ unknownLookups(first: 500) { code count readers } }`, {}, editor);
    expect(res.data!.unknownLookups[0]).toEqual({ code: "0xDEADBEEF", count: 4, readers: 2 });
    const stored = JSON.stringify(await api.db.prisma.unknownLookupReader.findMany());
    expect(stored).not.toMatch(/203\.0\.113|127\.0\.0\.1/);
  });
});

describe("the backlog across API processes", () => {
  let db: TestDb;
  let servers: ApiServer[] = [];
  beforeAll(async () => {
    db = await createTestDb({ seed: true });
    const settings = {
      HOST: "127.0.0.1",
      PORT: 0,
      KB_INTROSPECTION: false,
      KB_MAX_BODY_BYTES: 100_000,
      // Long enough that only shutdown writes the second server's lookups.
      KB_BACKLOG_FLUSH_MS: 60_000,
    };
    servers = [
      await startApiServer(db, settings, pino({ level: "silent" })),
      await startApiServer(db, settings, pino({ level: "silent" })),
    ];
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await db?.close();
  });

  it("holds one address to the cap in total, and writes pending lookups on shutdown", async () => {
    // 40 distinct codes through each process from the same reader: each process alone allows them.
    for (const server of servers) {
      await Promise.all(Array.from({ length: 40 }, () => lookup(server.url, randomCode(), "192.0.2.44")));
    }
    expect(await db.prisma.unknownLookup.count()).toBe(0); // nothing written per request
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
    expect(await db.prisma.unknownLookup.count()).toBe(50);
  });
});
