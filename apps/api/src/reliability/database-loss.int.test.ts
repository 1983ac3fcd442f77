// The database goes away (connections killed, or the server unreachable): the API stays up, /readyz
// says 503, queries fail fast with UNAVAILABLE, and everything recovers by itself when it returns.
// The server is made unreachable through a TCP proxy this test owns: the shared PostgreSQL server
// itself is never stopped. Runs on the server engine only (the embedded database cannot be lost).
import net from "node:net";
import { createDb, type Db } from "@kb/db";
import { createTestDb, type TestDb } from "@kb/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiServer, type ApiServer } from "../server.ts";

const serverEngine = Boolean(process.env.DATABASE_URL);

describe.runIf(serverEngine)("losing the database", () => {
  let testDb: TestDb;
  let db: Db;
  let api: ApiServer;
  let limited: ApiServer;
  let proxy: net.Server;
  const sockets = new Set<net.Socket>();
  let proxyPort = 0;

  const startProxy = (target: URL) =>
    new Promise<void>((resolve) => {
      proxy = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      proxy.listen(proxyPort, "127.0.0.1", () => {
        proxyPort = (proxy.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const stopProxy = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      proxy.close(() => resolve());
    });

  const ready = async () => (await fetch(api.url.replace("/graphql", "/readyz"))).status;
  const lookup = async (headers: Record<string, string> = {}, url = api.url) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: `{ errorCode(code: "0xC004F074") { code } }` }),
      signal: AbortSignal.timeout(15_000),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get("retry-after"),
      body: (await res.json()) as { data?: any; errors?: any[] },
    };
  };

  beforeAll(async () => {
    testDb = await createTestDb({ seed: true });
    const target = new URL(testDb.url!);
    await startProxy(target);
    const viaProxy = new URL(testDb.url!);
    viaProxy.host = `127.0.0.1:${proxyPort}`;
    db = createDb({ url: viaProxy.toString(), onPoolError: () => {} });
    const settings = { HOST: "127.0.0.1", PORT: 0, KB_INTROSPECTION: false, KB_MAX_BODY_BYTES: 100_000 };
    api = await startApiServer(
      db,
      { ...settings, KB_HTTP_CACHE: false, KB_READ_MODEL: false },
      pino({ level: "silent" }),
    );
    limited = await startApiServer(db, { ...settings, KB_READ_LIMIT: 1000 }, pino({ level: "silent" }));
  });
  afterAll(async () => {
    await limited?.close();
    await api?.close();
    await db?.close();
    proxy?.close();
    await testDb?.close();
  });

  it("answers 503 on /readyz and UNAVAILABLE to queries while the server is unreachable, then recovers", async () => {
    expect(await ready()).toBe(200);
    await stopProxy();
    expect(await ready()).toBe(503);
    const started = Date.now();
    const down = await lookup();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(down.status).toBe(503);
    expect(down.retryAfter).toMatch(/^\d+$/);
    expect(down.body.errors![0].extensions.code).toBe("UNAVAILABLE");
    expect(down.body.errors![0].message).toContain("temporarily unavailable");
    // Before execution too: checking a credential, and counting a read limit.
    for (const refused of [
      await lookup({ authorization: "Bearer kbt_whatever" }),
      await lookup({}, limited.url),
      await lookup({ "content-type": "application/json" }, `${api.url}?x=1`),
    ]) {
      expect(refused.status).toBe(503);
      expect(refused.retryAfter).toMatch(/^\d+$/);
      expect(refused.body.errors![0].extensions.code).toBe("UNAVAILABLE");
    }
    expect(await (await fetch(api.url.replace("/graphql", "/healthz"))).json()).toEqual({ status: "ok" });

    await startProxy(new URL(testDb.url!));
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = await ready();
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect((await lookup()).body.data.errorCode.code).toBe("0xC004F074");
  });

  it("recovers by itself after its connections are killed (pg_terminate_backend)", async () => {
    expect((await lookup()).body.data.errorCode.code).toBe("0xC004F074");
    const name = new URL(testDb.url!).pathname.slice(1);
    await testDb.prisma.$executeRawUnsafe(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      name,
    );
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await lookup());
    // A request that met a killed connection may be told UNAVAILABLE (503, retry); never a 500.
    for (const r of results) {
      if (r.status !== 200)
        expect([r.status, r.body.errors![0].extensions.code]).toEqual([503, "UNAVAILABLE"]);
    }
    expect(results.at(-1)!.body.data.errorCode.code).toBe("0xC004F074");
  });
});
