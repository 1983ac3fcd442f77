// KB_WORKERS=2: the compiled API (dist/main.js, as npm start runs it) forks two workers sharing the port.
// Both answer; a change published through one is served fresh by both; a worker that dies is replaced;
// SIGTERM stops both and the supervisor exits 0. Server engine only: the embedded database is one
// connection in one process, so KB_WORKERS > 1 is refused there (env.test.ts).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { createTestDb, type TestDb } from "@kb/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../services/auth/users.service.ts";

const serverEngine = Boolean(process.env.DATABASE_URL);
if (!serverEngine) console.warn("KB_WORKERS test skipped: it needs DATABASE_URL (a PostgreSQL server).");

const apiDir = path.resolve(import.meta.dirname, "../..");
const EDITOR = { email: "workers-editor@kb.test", password: "workers test password" };
const CODE = "0xC004F074";

describe.runIf(serverEngine)("KB_WORKERS=2", () => {
  let db: TestDb;
  let child: ChildProcess;
  let port = 0;
  let output = "";
  let exited: Promise<number | null>;

  const lines = () =>
    output
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, any>);
  /** The pids of the workers that have logged that they listen, latest first. */
  const listening = () =>
    lines()
      .filter((l) => l.msg === "API worker listening")
      .map((l) => l.pid as number)
      .reverse();
  async function until<T>(what: string, read: () => T | Promise<T>, ok: (v: T) => boolean, ms = 15_000) {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await read();
      if (ok(value)) return value;
      if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms\n${output.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** One request on a connection of its own (the cluster hands each new connection to the next
   * worker); the worker's pid, from the access-log line carrying our request id. */
  let sequence = 0;
  async function post(body: object, headers: Record<string, string> = {}) {
    const id = `workers-test-${++sequence}`;
    const text = JSON.stringify(body);
    const answer = await new Promise<{ status: number; body: any; cache?: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          path: "/graphql",
          method: "POST",
          agent: false,
          headers: { "content-type": "application/json", "x-request-id": id, ...headers },
        },
        (res) => {
          let data = "";
          res.on("data", (d) => (data += d));
          res.on("end", () =>
            resolve({
              status: res.statusCode!,
              body: JSON.parse(data),
              cache: res.headers["x-cache"] as string | undefined,
            }),
          );
        },
      );
      req.on("error", reject);
      req.end(text);
    });
    const line = await until(
      `access log of ${id}`,
      () => lines().find((l) => l.reqId === id),
      Boolean,
      5_000,
    );
    return { ...answer, pid: line!.pid as number };
  }
  const readTitle = () =>
    post(
      { query: `query ($code: String!) { errorCode(code: $code) { title } }`, variables: { code: CODE } },
      { "accept-language": "fr" },
    );

  beforeAll(async () => {
    db = await createTestDb({ seed: true });
    await createUser(db.prisma, "system", { ...EDITOR, name: "Editor", role: "EDITOR" });
    port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port: p } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(p));
      });
    });
    execFileSync(process.execPath, ["build.mjs"], { cwd: apiDir, stdio: "pipe" });
    child = spawn(process.execPath, ["dist/main.js"], {
      cwd: apiDir,
      env: {
        ...process.env,
        DATABASE_URL: db.url!,
        KB_WORKERS: "2",
        NODE_ENV: "production",
        KB_REVALIDATE_SECRET: "workers-test-secret-0123456789abcdef",
        KB_PORTAL_URL: "http://127.0.0.1:9",
        KB_ADMIN_EMAIL: "admin@kb.test",
        KB_ADMIN_PASSWORD: "a long enough password",
        PORT: String(port),
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // "close": the exit code once the output has been read to its end.
    exited = new Promise((resolve) => child.once("close", (code) => resolve(code)));
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    await until("two workers listening", listening, (pids) => pids.length === 2, 40_000);
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill("SIGKILL");
      // The workers see their supervisor gone and exit.
    }
    await db?.close();
  });

  it("serve requests from two processes, each one a child of the started one", async () => {
    const [a, b] = listening();
    expect(a).not.toBe(b);
    expect(new Set([a, b])).not.toContain(child.pid);
    const served = new Set<number>();
    for (let i = 0; i < 8; i++) {
      const res = await readTitle();
      expect(res.status).toBe(200);
      expect(res.body.data.errorCode.title).toContain("KMS");
      served.add(res.pid);
    }
    expect(served).toEqual(new Set([a, b]));
    // /metrics, whichever worker answers, counts the requests of both.
    for (let i = 0; i < 2; i++) {
      const text = await new Promise<string>((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port, path: "/metrics", agent: false }, (res) => {
            let data = "";
            res.on("data", (d) => (data += d));
            res.on("end", () => resolve(data));
          })
          .on("error", reject);
      });
      const graphql = text
        .split("\n")
        .filter(
          (l) => l.startsWith("kb_http_request_duration_seconds_count{") && l.includes('route="/graphql"'),
        )
        .reduce((sum, l) => sum + Number(l.split(" ").at(-1)), 0);
      expect(graphql).toBe(8);
      expect(text).toMatch(/^kb_api_workers 2$/m);
    }
  });

  it("serve a change published through one worker fresh from both, within a second", async () => {
    // Both workers have the entry in their caches.
    const warm = await until(
      "both caches warm",
      async () => {
        const seen = new Map<number, string | undefined>();
        for (let i = 0; i < 4; i++) {
          const r = await readTitle();
          seen.set(r.pid, r.cache);
        }
        return seen;
      },
      (seen) => seen.size === 2 && [...seen.values()].every((c) => c === "HIT"),
    );
    expect(warm.size).toBe(2);
    const auth = await post({
      query: `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      variables: { e: EDITOR.email, p: EDITOR.password },
    });
    const bearer = { authorization: `Bearer ${auth.body.data.login.token}` };
    const source = await post(
      {
        query: `query ($id: String!) { errorCodeSource(id: $id) { version source {
          code activationTypes en { title summary message notes } fr { title summary message notes }
          causes { en fr } resolutions { en fr activationType steps { command en fr } }
          references { en fr url } } } }`,
        variables: { id: CODE },
      },
      bearer,
    );
    const { version, source: input } = source.body.data.errorCodeSource;
    input.fr.title = "Aucun KMS joignable (travailleurs)";
    const saved = await post(
      {
        query: `mutation ($id: String!, $v: Int!, $input: ErrorCodeInput!) {
          updateErrorCode(id: $id, expectedVersion: $v, input: $input) { version } }`,
        variables: { id: CODE, v: version, input },
      },
      bearer,
    );
    expect(saved.body.errors).toBeUndefined();
    const published = await post(
      {
        query: `mutation ($id: String!, $v: Int!) { publishErrorCode(id: $id, expectedVersion: $v) { version } }`,
        variables: { id: CODE, v: saved.body.data.updateErrorCode.version },
      },
      bearer,
    );
    expect(published.body.errors).toBeUndefined();
    const start = Date.now();
    // Until each worker has served the new title; once one has, it never serves the old one again.
    const fresh = new Map<number, number>();
    await until(
      "both workers serve the published title",
      async () => {
        const r = await readTitle();
        const title = r.body.data.errorCode.title as string;
        if (fresh.has(r.pid)) expect(title).toBe("Aucun KMS joignable (travailleurs)");
        else if (title.includes("travailleurs")) fresh.set(r.pid, Date.now() - start);
        return fresh.size;
      },
      (n) => n === 2,
      5_000,
    );
    expect(Math.max(...fresh.values())).toBeLessThan(3_000);
  });

  it("replace a worker that dies, and stop both on SIGTERM with exit code 0", async () => {
    const [victim, other] = listening();
    process.kill(victim!, "SIGKILL");
    const pids = await until("a new worker", listening, (p) => p.length === 3, 20_000);
    const replacement = pids[0]!;
    expect([victim, other]).not.toContain(replacement);
    expect(lines().some((l) => l.msg === "API worker died: starting another" && l.pid === victim)).toBe(true);
    const served = new Set<number>();
    await until(
      "both live workers answer",
      async () => served.add((await readTitle()).pid),
      () => served.has(replacement) && served.has(other!),
    );
    expect(served.has(victim!)).toBe(false);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const stopped = lines()
      .filter((l) => l.msg === "API worker stopped")
      .map((l) => l.code);
    expect(stopped).toEqual([0, 0]);
    expect(lines().filter((l) => l.msg === "stopped" && !("worker" in l))).toHaveLength(1);
    // No worker outlives the supervisor.
    for (const pid of [replacement, other!]) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  });
});
