// Every way the server can become unreachable reaches callers with an error code (never only a
// message), so the API can answer UNAVAILABLE by code. Server engine only: the connection runs through
// a TCP proxy this test owns and cuts.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONNECTION_LOST, createDb } from "./client.ts";
import { createTestDb, type TestDb } from "./testing/test-db.ts";

describe.runIf(Boolean(process.env.DATABASE_URL))("connection failures", () => {
  let testDb: TestDb;
  const sockets = new Set<net.Socket>();
  let proxy: net.Server;
  let silent: net.Server;
  const listen = (server: net.Server) =>
    new Promise<number>((resolve) =>
      server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port)),
    );
  const urlAt = (port: number) => {
    const url = new URL(testDb.url!);
    url.host = `127.0.0.1:${port}`;
    return url.toString();
  };

  beforeAll(async () => {
    testDb = await createTestDb();
    const target = new URL(testDb.url!);
    proxy = net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on("error", () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    silent = net.createServer(() => {}); // accepts and never answers
  });
  afterAll(async () => {
    proxy?.close();
    silent?.close();
    await testDb?.close();
  });

  it("a connection cut mid-statement, and a server that never answers, carry a code", async () => {
    const db = createDb({ url: urlAt(await listen(proxy)), onPoolError: () => {} });
    await db.prisma.$queryRaw`SELECT 1`;
    const slow = db.prisma.$queryRaw`SELECT pg_sleep(5)`.catch((e: unknown) => e);
    setTimeout(() => sockets.forEach((s) => s.destroy()), 300);
    expect(await slow).toMatchObject({ code: CONNECTION_LOST });
    await db.close();

    const hung = createDb({ url: urlAt(await listen(silent)), onPoolError: () => {} });
    const started = Date.now();
    expect(await hung.ping().catch((e: unknown) => e)).toMatchObject({ code: CONNECTION_LOST });
    expect(await hung.prisma.user.count().catch((e: unknown) => e)).toMatchObject({ code: CONNECTION_LOST });
    expect(Date.now() - started).toBeLessThan(15_000);
    await hung.close().catch(() => {});
  }, 30_000);

  it("a refused connection is ECONNREFUSED, or P1001 through Prisma", async () => {
    const closed = net.createServer();
    const port = await listen(closed);
    closed.close();
    const db = createDb({ url: urlAt(port), onPoolError: () => {} });
    expect(await db.ping().catch((e: unknown) => e)).toMatchObject({ code: "ECONNREFUSED" });
    expect(await db.prisma.user.count().catch((e: unknown) => e)).toMatchObject({ code: "P1001" });
    await db.close().catch(() => {});
  });
});
