// DATABASE_READ_URL: the API on a primary and a streaming replica made for this test (never the shared
// server). Anonymous reads come from the replica, editors' reads and every write from the primary, and a
// published change is never served stale once the caches have been dropped: the content notice waits
// until the replica has replayed the change. Replay is paused on the replica to make it lag on purpose.
// Runs in the PostgreSQL server pass, where the server binaries are installed.
import {
  applyMigrations,
  createDb,
  currentWalPosition,
  hasReplayed,
  replayedWalPosition,
  seed,
  type Db,
} from "@kb/db";
import {
  replicaClustersUnavailable,
  startReplicatedClusters,
  type ReplicatedClusters,
} from "@kb/db/testing/replica";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiServer, type ApiServer } from "./server.ts";
import { createUser } from "./services/auth/users.service.ts";

const skipped = !process.env.DATABASE_URL
  ? "it runs in the PostgreSQL server pass (DATABASE_URL unset)"
  : replicaClustersUnavailable();
if (skipped) console.warn(`read replica test skipped: ${skipped}`);

const CODE = "0xC004F074";
const EDITOR = { email: "replica-editor@kb.test", password: "replica test password" };
const TITLE = `query ($code: String!) { errorCode(code: $code) { title } }`;

describe.skipIf(Boolean(skipped))("a read replica (DATABASE_READ_URL)", () => {
  let clusters: ReplicatedClusters;
  let db: Db;
  let replicaAdmin: pg.Client;
  let api: ApiServer;
  let impatient: ApiServer;
  let bearer: Record<string, string>;
  const logs: Record<string, any>[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => void logs.push(JSON.parse(line)) });

  async function gql(server: ApiServer, query: string, variables = {}, headers: Record<string, string> = {}) {
    const res = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "fr", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { cache: res.headers.get("x-cache"), body: (await res.json()) as any };
  }
  /** An anonymous read by POST, or by GET (the response cache serves both). */
  async function title(server: ApiServer, method: "POST" | "GET" = "POST") {
    if (method === "POST") {
      const { cache, body } = await gql(server, TITLE, { code: CODE });
      return { cache, title: body.data.errorCode.title as string };
    }
    const url = `${server.url}?query=${encodeURIComponent(TITLE)}&variables=${encodeURIComponent(JSON.stringify({ code: CODE }))}`;
    const res = await fetch(url, { headers: { "accept-language": "fr" } });
    return {
      cache: res.headers.get("x-cache"),
      title: ((await res.json()) as any).data.errorCode.title as string,
    };
  }
  async function publish(frTitle: string) {
    const open = await gql(
      api,
      `query ($id: String!) { errorCodeSource(id: $id) { version source {
        code activationTypes en { title summary message notes } fr { title summary message notes }
        causes { en fr } resolutions { en fr activationType steps { command en fr } }
        references { en fr url } } } }`,
      { id: CODE },
      bearer,
    );
    const { version, source } = open.body.data.errorCodeSource;
    source.fr.title = frTitle;
    const saved = await gql(
      api,
      `mutation ($id: String!, $v: Int!, $input: ErrorCodeInput!) {
        updateErrorCode(id: $id, expectedVersion: $v, input: $input) { version } }`,
      { id: CODE, v: version, input: source },
      bearer,
    );
    expect(saved.body.errors).toBeUndefined();
    const published = await gql(
      api,
      `mutation ($id: String!, $v: Int!) { publishErrorCode(id: $id, expectedVersion: $v) { version } }`,
      { id: CODE, v: saved.body.data.updateErrorCode.version },
      bearer,
    );
    expect(published.body.errors).toBeUndefined();
  }
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeAll(async () => {
    clusters = await startReplicatedClusters();
    const admin = new pg.Client({ connectionString: clusters.primaryUrl });
    await admin.connect();
    await admin.query("CREATE DATABASE kb");
    await admin.end();
    db = createDb({
      url: clusters.urlOf("primary", "kb"),
      readUrl: clusters.urlOf("replica", "kb"),
      poolMax: 4,
    });
    await applyMigrations(db.adapter);
    await seed(db.prisma);
    await createUser(db.prisma, "system", { ...EDITOR, name: "Editor", role: "EDITOR" });
    // The replica has the database and the seed once it has replayed the primary's WAL this far.
    const seeded = await currentWalPosition(db.prisma);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const caughtUp = await replayedWalPosition(db.reader).then(
        (at) => at !== null && hasReplayed(at, seeded),
        () => false, // the database does not exist there yet
      );
      if (caughtUp) break;
      if (Date.now() > deadline) throw new Error("the replica did not catch up with the seed");
      await sleep(20);
    }
    replicaAdmin = new pg.Client({ connectionString: clusters.replicaUrl });
    await replicaAdmin.connect();
    const settings = { HOST: "127.0.0.1", PORT: 0, KB_INTROSPECTION: false, KB_MAX_BODY_BYTES: 100_000 };
    const caches = { KB_HTTP_CACHE: true, KB_READ_MODEL: true };
    api = await startApiServer(db, { ...settings, ...caches, KB_REPLICA_WAIT_MS: 20_000 }, logger);
    // Another API process on the same servers, that waits for the replica 300 ms only.
    impatient = await startApiServer(
      db,
      { ...settings, ...caches, KB_REPLICA_WAIT_MS: 300 },
      logger.child({ server: "impatient" }),
    );
    const login = await gql(
      api,
      `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      { e: EDITOR.email, p: EDITOR.password },
    );
    bearer = { authorization: `Bearer ${login.body.data.login.token}` };
  }, 60_000);

  afterAll(async () => {
    await replicaAdmin?.query("SELECT pg_wal_replay_resume()").catch(() => {});
    await replicaAdmin?.end();
    await impatient?.close();
    await api?.close();
    await db?.close();
    await clusters?.stop();
  }, 60_000);

  it("reads anonymously from the replica, signed in from the primary, and serves no stale change after the notice", async () => {
    // Both ways of reading are cached.
    for (const method of ["POST", "GET"] as const) {
      await title(api, method);
      expect(await title(api, method)).toMatchObject({ cache: "HIT", title: expect.stringContaining("KMS") });
    }
    const before = (await title(api)).title;
    await replicaAdmin.query("SELECT pg_wal_replay_pause()");
    try {
      await publish("Aucun KMS joignable (réplique)");
      // The primary has it: an editor reads it at once.
      const editor = await gql(api, TITLE, { code: CODE }, bearer);
      expect(editor.body.data.errorCode.title).toBe("Aucun KMS joignable (réplique)");
      // The replica does not: an anonymous read the caches have not seen comes from there, old.
      const uncached = await gql(api, `query Other($code: String!) { errorCode(code: $code) { title } }`, {
        code: CODE,
      });
      expect(uncached.cache).toBe("MISS");
      expect(uncached.body.data.errorCode.title).toBe(before);
      // The notice has arrived, and waits for the replica: the caches still answer (with the old title).
      await sleep(300);
      for (const method of ["POST", "GET"] as const)
        expect(await title(api, method)).toEqual({ cache: "HIT", title: before });
    } finally {
      await replicaAdmin.query("SELECT pg_wal_replay_resume()");
    }
    // From now on: old answers only from the caches until they are dropped, then the new title only,
    // computed (MISS) or cached (HIT), never the old one again.
    for (const method of ["POST", "GET"] as const) {
      let fresh = false;
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const read = await title(api, method);
        if (read.title === before) {
          expect(fresh).toBe(false);
          expect(read.cache).toBe("HIT");
        } else {
          expect(read.title).toBe("Aucun KMS joignable (réplique)");
          fresh = true;
          if (read.cache === "HIT") break;
        }
        await sleep(10);
      }
      expect(fresh).toBe(true);
    }
    expect(logs.filter((l) => l.level >= 40 && !l.server)).toEqual([]);
  });

  it("drops the caches anyway when the replica lags past KB_REPLICA_WAIT_MS, and again once it has caught up", async () => {
    const mark = logs.length;
    const later = () => logs.slice(mark).filter((l) => l.server === "impatient");
    // A notice of the test before may still be emptying this server's caches: read until an answer is cached.
    let cached = await title(impatient);
    for (const end = Date.now() + 10_000; cached.cache !== "HIT" && Date.now() < end;) {
      await sleep(50);
      cached = await title(impatient);
    }
    expect(cached.cache).toBe("HIT");
    const before = cached.title;
    await replicaAdmin.query("SELECT pg_wal_replay_pause()");
    try {
      await publish("Aucun KMS joignable (en retard)");
      const warned = Date.now() + 10_000;
      while (!later().some((l) => /has not replayed/.test(l.msg))) {
        if (Date.now() > warned) throw new Error("no warning about the lagging replica");
        await sleep(20);
      }
      // Dropped, and refilled from the replica, which is behind: the old title, as before the notice.
      expect((await title(impatient)).title).toBe(before);
    } finally {
      await replicaAdmin.query("SELECT pg_wal_replay_resume()");
    }
    const deadline = Date.now() + 10_000;
    let read = await title(impatient);
    while (read.title === before && Date.now() < deadline) {
      await sleep(20);
      read = await title(impatient);
    }
    expect(read.title).toBe("Aucun KMS joignable (en retard)");
    expect(later().some((l) => l.msg === "the read replica caught up")).toBe(true);
  });
});
