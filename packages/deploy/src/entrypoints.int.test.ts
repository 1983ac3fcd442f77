// What each image runs, run here: the exact CMD and ENV of every Dockerfile stage docker-compose.yml
// uses, in a folder holding only what the stage's COPY instructions take from a built checkout (the
// compiled API and migration job, the standalone Next servers). Then the probes and the metrics each
// one serves, as compose and Prometheus would use them.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@kb/web-testing";
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assembleImage, IMAGES, repoRoot, stageOf, type Image } from "./images.ts";
import { logLines, run, waitForHttp, type Running } from "./processes.ts";

const SECRET = "entrypoint-test-secret-0123456789abcdef";
const ADMIN = { KB_ADMIN_EMAIL: "ops@kb.test", KB_ADMIN_PASSWORD: "entrypoint-password-2026" };

const children: Running[] = [];
const roots: string[] = [];
/** Runs the image's CMD with its ENV (plus `env`) in a copy of what the image holds. */
function start(image: Image, env: Record<string, string>): Running {
  const stage = stageOf(image);
  const root = mkdtempSync(path.join(tmpdir(), "kb-image-"));
  roots.push(root);
  assembleImage(stage, root);
  const child = run(stage.cmd!, root, { ...stage.env, ...env });
  children.push(child);
  return child;
}

let serverDb: { url: string; drop(): Promise<void> } | undefined;
let dataDir: string | undefined;
/** The database settings: a new, empty database on the server when DATABASE_URL is set (the migrate
 * job creates the schema), else a new embedded one. */
let database: Record<string, string>;
const ports = { api: 0, portal: 0, admin: 0 };
const url = (app: keyof typeof ports, p = "") => `http://127.0.0.1:${ports[app]}${p}`;

async function onServer(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `kb_entrypoints_${randomBytes(6).toString("hex")}`;
    await onServer(serverUrl, `CREATE DATABASE ${name}`);
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    serverDb = {
      url: u.toString(),
      drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
    database = { DATABASE_URL: serverDb.url };
  } else {
    // The images run in production, which wants a server; on the embedded database the same commands
    // run in development mode.
    dataDir = mkdtempSync(path.join(tmpdir(), "kb-entrypoints-"));
    database = { KB_DATA_DIR: dataDir, NODE_ENV: "development" };
  }
}, 60_000);

afterAll(async () => {
  await Promise.all(children.map((c) => c.stop()));
  await serverDb?.drop();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function metricFamilies(origin: string) {
  const res = await fetch(`${origin}/metrics`);
  expect(res.status).toBe(200);
  const text = await res.text();
  return { families: parsePrometheusTextFormat(text), text };
}

describe("the images' commands on a built checkout", () => {
  it("migrate: applies the migrations and the seed, then exits 0", async () => {
    const job = start(IMAGES.migrate!, database);
    expect(await job.exited, job.output()).toBe(0);
    expect(job.output()).toMatch(/applied \d+ migration/);
    expect(job.output()).toMatch(/seed: 30 created/);
  }, 120_000);

  it("api: refuses production without its settings, naming each one", async () => {
    const refused = start(IMAGES.api!, { PORT: String(await freePort()) });
    expect(await refused.exited).toBe(1);
    const [fatal] = logLines(refused.output());
    expect(fatal).toMatchObject({ level: 60 });
    for (const name of ["DATABASE_URL", "KB_REVALIDATE_SECRET", "KB_PORTAL_URL"])
      expect(fatal!.msg).toContain(name);
  }, 30_000);

  it("api: serves /healthz, /readyz, /metrics and GraphQL with request ids", async () => {
    // Picked just before use: other test processes on this machine pick free ports too.
    ports.api = await freePort();
    const api = start(IMAGES.api!, {
      ...database,
      ...ADMIN,
      HOST: "127.0.0.1",
      PORT: String(ports.api),
      KB_PORTAL_URL: "http://127.0.0.1:9", // no portal needs refreshing here
      KB_REVALIDATE_SECRET: SECRET,
    });
    await waitForHttp(url("api", "/healthz"), api);
    expect((await fetch(url("api", "/healthz"))).status).toBe(200);
    expect((await fetch(url("api", "/readyz"))).status).toBe(200);
    const res = await fetch(url("api", "/graphql"), {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "entrypoint-1" },
      body: JSON.stringify({ query: 'query Probe { errorCode(code: "0xC004F074") { code } }' }),
    });
    expect(await res.json()).toEqual({ data: { errorCode: { code: "0xC004F074" } } });
    expect(res.headers.get("x-request-id")).toBe("entrypoint-1");
    const { families, text } = await metricFamilies(url("api"));
    expect(text).toMatch(/kb_http_request_duration_seconds_count\{[^}]*operation="Probe"[^}]*\} 1/);
    // Every metric the Grafana dashboard charts exists (kb_db_pool_connections only on a server).
    const dashboard = readFileSync(path.join(repoRoot, "docs/grafana-dashboard.json"), "utf8");
    const charted = new Set(
      [...dashboard.matchAll(/\b((?:kb|nodejs|process)_[a-z0-9_]+)/g)].map((m) => m[1]!),
    );
    const served = new Set(families.map((f) => f.name));
    for (const name of charted) {
      if (name === "kb_db_pool_connections" && !serverDb) continue;
      expect(served, name).toContain(name.replace(/_(bucket|count|sum)$/, ""));
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(logLines(api.output())).toContainEqual(
      expect.objectContaining({ reqId: "entrypoint-1", operation: "Probe", status: 200 }),
    );
  }, 60_000);

  it("portal: the standalone server serves pages, /healthz, /readyz (the API is up) and /metrics", async () => {
    // Picked just before use: other test processes on this machine pick free ports too.
    ports.portal = await freePort();
    const portal = start(IMAGES.portal!, {
      HOSTNAME: "127.0.0.1",
      PORT: String(ports.portal),
      KB_API_URL: url("api", "/graphql"),
      KB_PORTAL_URL: "https://kb.example.test",
      KB_REVALIDATE_SECRET: SECRET,
    });
    await waitForHttp(url("portal", "/healthz"), portal);
    expect((await fetch(url("portal", "/healthz"))).status).toBe(200);
    expect(await (await fetch(url("portal", "/readyz"))).json()).toEqual({ status: "ready" });
    const page = await fetch(url("portal", "/en/codes/0xC004F074"), {
      headers: { "x-request-id": "reader-42" },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("0xC004F074");
    expect(page.headers.get("x-request-id")).toBe("reader-42");
    const { families, text } = await metricFamilies(url("portal"));
    expect(families.map((f) => f.name)).toContain("nodejs_eventloop_lag_seconds");
    expect(text).toMatch(
      /kb_http_request_duration_seconds_count\{[^}]*route="\/\[locale\]\/codes\/\[code\]"[^}]*status="200"[^}]*\} 1/,
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(logLines(portal.output())).toContainEqual(
      expect.objectContaining({
        service: "kb-portal",
        reqId: "reader-42",
        route: "/[locale]/codes/[code]",
        status: 200,
      }),
    );
  }, 60_000);

  it("admin: the standalone server serves sign-in and the probes, and forwards request ids to the API", async () => {
    // Picked just before use: other test processes on this machine pick free ports too.
    ports.admin = await freePort();
    const admin = start(IMAGES.admin!, {
      HOSTNAME: "127.0.0.1",
      PORT: String(ports.admin),
      KB_API_URL: url("api", "/graphql"),
    });
    await waitForHttp(url("admin", "/healthz"), admin);
    expect((await fetch(url("admin", "/healthz"), { redirect: "manual" })).status).toBe(200);
    expect((await fetch(url("admin", "/readyz"), { redirect: "manual" })).status).toBe(200);
    expect((await fetch(url("admin", "/sign-in"))).status).toBe(200);
    // A stale session: the page asks the API who is signed in, carrying the editor's request id.
    await fetch(url("admin", "/entries"), {
      redirect: "manual",
      headers: { cookie: "kb_admin_session=stale-token", "x-request-id": "editor-7" },
    });
    const api = children.find(
      (c) => c.output().includes('"service":"kb-api"') && c.output().includes("entrypoint-1"),
    )!;
    await new Promise((r) => setTimeout(r, 100));
    expect(logLines(api.output())).toContainEqual(
      expect.objectContaining({ reqId: "editor-7", path: "/graphql" }),
    );
    const { text } = await metricFamilies(url("admin"));
    expect(text).toMatch(/kb_http_request_duration_seconds_count\{[^}]*route="\/sign-in"/);
  }, 60_000);

  it("portal and admin: /readyz says 503 when the API is gone, and production needs their settings", async () => {
    const api = children.find((c) => c.output().includes("entrypoint-1"))!;
    await api.stop();
    for (const app of ["portal", "admin"] as const) {
      const res = await fetch(url(app, "/readyz"), { redirect: "manual" });
      expect(res.status).toBe(503);
      expect((await res.json()).reason).toMatch(/unreachable/);
    }
    const needs = { portal: ["KB_API_URL", "KB_PORTAL_URL", "KB_REVALIDATE_SECRET"], admin: ["KB_API_URL"] };
    for (const app of ["portal", "admin"] as const) {
      const bare = start(IMAGES[app]!, { HOSTNAME: "127.0.0.1", PORT: String(await freePort()) });
      const code = await Promise.race([
        bare.exited,
        new Promise((r) => setTimeout(() => r("running"), 20_000)),
      ]);
      expect(code, bare.output()).toBe(1);
      const fatal = logLines(bare.output()).find((line) => line.level === 60);
      for (const name of needs[app]) expect(fatal?.msg).toContain(name);
    }
  }, 60_000);
});
