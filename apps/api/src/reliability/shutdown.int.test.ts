// The compiled API (dist/main.js, as npm start runs it) on SIGTERM: it stops accepting, lets an in-flight (slow) request finish, closes the database, exits 0.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations, createDb, seed } from "@kb/db";
import { createTestDb, type TestDb } from "@kb/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const apiDir = path.resolve(import.meta.dirname, "../..");
let child: ChildProcess;
let port: number;
let serverDb: TestDb | undefined;
let dataDir: string | undefined;
let output = "";

beforeAll(async () => {
  const env: Record<string, string> = {};
  if (process.env.DATABASE_URL) {
    serverDb = await createTestDb({ seed: true });
    env.DATABASE_URL = serverDb.url!;
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), "kb-shutdown-"));
    const db = createDb({ dataDir });
    await applyMigrations(db.adapter);
    await seed(db.prisma);
    await db.close();
    env.KB_DATA_DIR = dataDir;
  }
  port = 20_000 + Math.floor(Math.random() * 20_000);
  // The API as `npm start` runs it: compiled by build.mjs into dist/main.js, run by plain node.
  execFileSync(process.execPath, ["build.mjs"], { cwd: apiDir, stdio: "pipe" });
  child = spawn(process.execPath, ["dist/main.js"], {
    cwd: apiDir,
    env: {
      ...process.env,
      ...env,
      // As deployed (production wants a server; the embedded database runs in development). Not
      // NODE_ENV=test: under it Apollo installs no signal handler of its own that could race with ours.
      NODE_ENV: env.DATABASE_URL ? "production" : "development",
      KB_REVALIDATE_SECRET: "shutdown-test-secret-0123456789abcdef",
      KB_PORTAL_URL: "http://127.0.0.1:9",
      PORT: String(port),
      LOG_LEVEL: "info",
      KB_ADMIN_EMAIL: "a@kb.test",
      KB_ADMIN_PASSWORD: "a long enough password",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`API did not start:\n${output}`);
});
afterAll(async () => {
  if (child.exitCode === null) child.kill("SIGKILL");
  await serverDb?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("graceful shutdown", () => {
  it("finishes a slow in-flight request, refuses new ones, and exits 0", async () => {
    const body = JSON.stringify({ query: `{ errorCode(code: "0xC004F074") { code title } }` });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          path: "/graphql",
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          let text = "";
          res.on("data", (d) => (text += d));
          res.on("end", () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, 20)); // the request is now in flight, its body half sent
      setTimeout(() => {
        child.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(20)), 700);
      }, 200);
    });
    await new Promise((r) => setTimeout(r, 500));
    const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => false,
      () => true,
    );
    expect(refused).toBe(true);
    const res = await response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({
      data: {
        errorCode: { code: "0xC004F074", title: "No Key Management Service (KMS) could be contacted" },
      },
    });
    expect(await exited).toBe(0);
    expect(output).toContain("shutting down");
    expect(output).toContain("stopped");
  });
});
