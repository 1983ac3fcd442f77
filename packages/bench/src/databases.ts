// The bench's own databases on the PostgreSQL server: created from the product's migrations and seed,
// dropped at the end (unless --keep). Never the product's database.
import { applyMigrations, createDb, seed } from "@kb/db";
import { installBenchSchema, readMeta, writeMeta } from "./bench-schema.ts";
import { generate } from "./generator/generate-codes.ts";
import { databaseUrl, withClient } from "./pg-client.ts";

export const SMALL = "kb_bench_small";
export const LARGE = "kb_bench_large";
const START_HINT = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";

/** Fails with how to start the server: the bench never starts or configures it itself. */
export async function checkServer(adminUrl: string): Promise<string> {
  try {
    return await withClient(
      adminUrl,
      async (c) => (await c.query("SHOW server_version")).rows[0].server_version,
    );
  } catch (error) {
    throw new Error(
      `Cannot reach PostgreSQL at ${adminUrl} (${(error as Error).message}).\n` +
        `The bench needs a PostgreSQL server (PostGraphile cannot use the embedded one). Start it with:\n` +
        `  ${START_HINT}\nor set KB_BENCH_DATABASE_URL to an admin URL of another server.`,
    );
  }
}

async function exists(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (c) => {
    const res = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return res.rowCount === 1;
  });
}

/** A database already built with this content (by a run with --keep). */
async function matches(adminUrl: string, name: string, content: string): Promise<boolean> {
  if (!(await exists(adminUrl, name))) return false;
  return withClient(databaseUrl(adminUrl, name), async (c) => (await readMeta(c, "content")) === content);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** The 30 seeded codes, through the product's own migrations and seed. */
export async function prepareSmall(adminUrl: string, reuse: boolean, log: (s: string) => void) {
  const url = databaseUrl(adminUrl, SMALL);
  if (reuse && (await matches(adminUrl, SMALL, "seed"))) return log(`reusing ${SMALL}`);
  await dropDatabase(adminUrl, SMALL);
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${SMALL}`));
  const db = createDb({ url, poolMax: 2 });
  try {
    await applyMigrations(db.adapter);
    await seed(db.prisma);
  } finally {
    await db.close();
  }
  await withClient(url, async (c) => {
    await installBenchSchema(c);
    await writeMeta(c, "content", "seed");
  });
  log(`${SMALL}: migrated and seeded (30 codes)`);
}

/** CREATE DATABASE ... TEMPLATE, once the backends of the closed connections have exited. */
async function copyDatabase(adminUrl: string, from: string, to: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${to} TEMPLATE ${from}`));
    } catch (error) {
      // 55006: the template still has sessions (a backend exits shortly after its client leaves).
      if ((error as { code?: string }).code !== "55006" || attempt === 20) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** A copy of the small database plus `size` generated codes. */
export async function prepareLarge(adminUrl: string, size: number, reuse: boolean, log: (s: string) => void) {
  const content = `seed+${size}`;
  if (reuse && (await matches(adminUrl, LARGE, content))) return log(`reusing ${LARGE} (${content})`);
  await dropDatabase(adminUrl, LARGE);
  // A template copy is much faster than replaying the migrations (the small database has no sessions now).
  await copyDatabase(adminUrl, SMALL, LARGE);
  const url = databaseUrl(adminUrl, LARGE);
  const started = Date.now();
  await withClient(url, (c) => c.query(`DELETE FROM bench.meta`));
  await generate(url, size, (s) => log(`${LARGE}: ${s}`));
  await withClient(url, (c) => writeMeta(c, "content", content));
  log(`${LARGE}: ${size} codes generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
