// How long an import of N entries takes, as an admin sends it: a real API over HTTP on a fresh, migrated
// and seeded database (a PGlite directory on disk, or a new database on the server named by
// DATABASE_URL), one active webhook so that every published entry queues its outbox row.
// `npm run measure:import -w @kb/api -- --entries 10000 [--engine pglite|postgres]`
// Prints one JSON line per step: the dry run, the import that creates every entry (published), the
// export, and a second import that updates every entry (one text edited in each).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { applyMigrations, createDb, loadSeedFile, readDbEnv, seed, type Db, type Entry } from "@kb/db";
import { createTestDb } from "@kb/db/testing";
import pino from "pino";
import { startApiServer } from "../src/server.ts";
import { createUser } from "../src/services/auth/users.service.ts";

const { values } = parseArgs({
  options: {
    entries: { type: "string", default: "1000" },
    engine: { type: "string" },
  },
});
const count = Number(values.entries);
const serverUrl = readDbEnv().DATABASE_URL;
const engine = values.engine ?? (serverUrl ? "postgres" : "pglite");
if (engine === "postgres" && !serverUrl) throw new Error("--engine postgres needs DATABASE_URL");

/** N entries recombined from the 30 real ones: real sizes, new codes (0xC00B0000 + i), distinct titles. */
function generate(n: number): Entry[] {
  const seeds = loadSeedFile();
  return Array.from({ length: n }, (_, i) => {
    const entry = structuredClone(seeds[i % seeds.length]!);
    entry.code = `0x${(0xc00b0000 + i).toString(16).toUpperCase()}`;
    entry.status = "PUBLISHED";
    entry.en.title = `${entry.en.title} (variant ${i})`;
    if (entry.fr?.title) entry.fr.title = `${entry.fr.title} (variante ${i})`;
    return entry;
  });
}

// The server engine: a new database, dropped at the end. The embedded one: a PGlite directory on disk,
// as `npm start` keeps it (not in memory), removed at the end.
let db: Db;
let dataDir: string | undefined;
if (engine === "postgres") {
  db = await createTestDb();
} else {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "kb-measure-"));
  db = createDb({ dataDir });
  await applyMigrations(db.adapter);
}
const report = (step: string, ms: number, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ step, engine, entries: count, seconds: Math.round(ms / 100) / 10, ...extra }));
try {
  await seed(db.prisma);
  const user = await createUser(db.prisma, "system", {
    email: "measure@kb.test",
    name: "Measure",
    role: "ADMIN",
    password: "measure-import-password",
  });
  await db.prisma.webhook.create({
    data: {
      url: "https://hooks.example.invalid/kb",
      events: ["ENTRY_PUBLISHED"],
      secret: "whsec_bWVhc3VyZQ==",
      createdById: user.id,
    },
  });
  const api = await startApiServer(
    db,
    {
      HOST: "127.0.0.1",
      PORT: 0,
      KB_INTROSPECTION: false,
      KB_MAX_BODY_BYTES: 200_000_000,
      // The outbox rows stay due: the measure is the import, not the deliveries.
      KB_WEBHOOK_POLL_MS: 3_600_000,
      KB_WEBHOOK_ALLOW_PRIVATE: false,
    },
    pino({ level: "warn" }),
  );
  await api.webhooks.stop();
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed answers, as in tests
    const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 2000));
    return body.data!;
  };
  const { login } = await gql(
    `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    { e: "measure@kb.test", p: "measure-import-password" },
  );
  const IMPORT = `mutation ($content: String!, $dryRun: Boolean!) {
    importEntries(format: JSON, content: $content, dryRun: $dryRun) { created updated unchanged conflicts } }`;
  const file = JSON.stringify({ entries: generate(count) });
  const mb = Math.round(Buffer.byteLength(file) / 1e5) / 10;

  let t = performance.now();
  const dry = await gql(IMPORT, { content: file, dryRun: true }, login.token);
  report("dry run", performance.now() - t, { created: dry.importEntries.created.length, fileMb: mb });

  t = performance.now();
  const created = await gql(IMPORT, { content: file, dryRun: false }, login.token);
  report("import (create, published)", performance.now() - t, {
    created: created.importEntries.created.length,
    fileMb: mb,
  });

  t = performance.now();
  const exported = await gql(`{ exportEntries(format: JSON) }`, {}, login.token);
  report("export", performance.now() - t);

  const again = JSON.parse(exported.exportEntries) as { entries: Entry[] };
  for (const entry of again.entries) entry.causes[0]!.en = `${entry.causes[0]!.en} (edited)`;
  t = performance.now();
  const updated = await gql(IMPORT, { content: JSON.stringify(again), dryRun: false }, login.token);
  report("import (update)", performance.now() - t, { updated: updated.importEntries.updated.length });

  const outbox = await db.prisma.webhookDelivery.count();
  const revisions = await db.prisma.revision.count();
  console.log(JSON.stringify({ engine, outbox, revisions, cpus: os.cpus().length, load: os.loadavg() }));
  await api.close();
} finally {
  await db.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
