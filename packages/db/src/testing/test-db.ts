// A fresh, migrated database for one test file: an in-memory PGlite by default, or a new database on
// the PostgreSQL server named by DATABASE_URL (dropped again by close()). Never a shared one.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type Db, type DbOptions } from "../client.ts";
import { readDbEnv } from "../env.ts";
import { applyMigrations } from "../migrate/migrations.ts";
import { seed } from "../seed/seed.ts";

export interface TestDb extends Db {
  /** The URL of the test database on the server engine; undefined on the embedded one. */
  url: string | undefined;
}

export async function createTestDb(
  options: { seed?: boolean } & Pick<DbOptions, "onQuery"> = {},
): Promise<TestDb> {
  const serverUrl = readDbEnv().DATABASE_URL;
  let url: string | undefined;
  let drop = async () => {};
  if (serverUrl) {
    const name = `kb_test_${randomBytes(6).toString("hex")}`;
    await admin(serverUrl, `CREATE DATABASE ${name}`);
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = () => admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const db = createDb({ url, dataDir: "memory://", onQuery: options.onQuery, poolMax: 4 });
  await applyMigrations(db.adapter);
  if (options.seed) await seed(db.prisma);
  return {
    ...db,
    url,
    close: async () => {
      await db.close();
      await drop();
    },
  };
}

async function admin(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
