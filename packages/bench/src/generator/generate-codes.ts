// Fills a migrated database with `size` synthetic published codes: batches of column arrays over two
// connections (the server has two cores), the readers' documents and search documents built by the
// product's own kb_publish(), the full-text GIN index rebuilt once at the end rather than updated per row.
import { loadSeedFile, type Entry } from "@kb/db";
import pg from "pg";
import { withClient } from "../pg-client.ts";
import { syntheticEntry } from "./synthetic.ts";
import { insertSql, TABLES, toColumns, type TableName } from "./tables.ts";

const BATCH = 1000;
const WORKERS = 2;
const GIN_INDEX = "SearchDocument_document_idx";

async function insertBatch(client: pg.Client, entries: Entry[]): Promise<void> {
  try {
    await insertOnce(client, entries);
  } catch (error) {
    // 40P01: both workers added the same new vocabulary words in another order; the batch is redone.
    if ((error as { code?: string }).code !== "40P01") throw error;
    await insertOnce(client, entries);
  }
}

async function insertOnce(client: pg.Client, entries: Entry[]) {
  const { ids, columns } = toColumns(entries);
  await client.query("BEGIN");
  try {
    // Rows are consistent by construction: skip the per-row foreign-key triggers and the
    // content-change NOTIFY trigger (no API listens to a database being generated).
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query("SET LOCAL synchronous_commit = off");
    for (const table of Object.keys(TABLES) as TableName[]) {
      if (columns[table][0]!.length) await client.query(insertSql(table), columns[table]);
    }
    await client.query("SELECT count(kb_publish(id)) FROM unnest($1::uuid[]) AS id", [ids]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

export async function generate(url: string, size: number, log: (s: string) => void): Promise<void> {
  const seeds = loadSeedFile();
  const indexDef = await withClient(url, async (c) => {
    const res = await c.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE indexname = $1", [
      GIN_INDEX,
    ]);
    await c.query(`DROP INDEX IF EXISTS "${GIN_INDEX}"`);
    return res.rows[0]?.indexdef;
  });
  let next = 0;
  let done = 0;
  let reported = 0;
  const worker = async () => {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {}); // reported by the failing query instead
    await client.connect();
    try {
      while (next < size) {
        const from = next;
        next = Math.min(size, next + BATCH);
        const entries: Entry[] = [];
        for (let i = from; i < next; i++) entries.push(syntheticEntry(i, seeds));
        await insertBatch(client, entries);
        done += entries.length;
        if (done - reported >= size / 5) {
          reported = done;
          log(`${done} / ${size} codes`);
        }
      }
    } finally {
      await client.end();
    }
  };
  // kb_publish() plans its statements for tables the planner has never seen filled: analyzed
  // after a first batch, its lookups use the indexes (else every call scans whole tables).
  await withClient(url, async (c) => {
    const first = Array.from({ length: Math.min(size, BATCH) }, (_, i) => syntheticEntry(i, seeds));
    await insertBatch(c, first);
    next = done = first.length;
    await c.query("ANALYZE");
  });
  await Promise.all(Array.from({ length: WORKERS }, worker));
  await withClient(url, async (c) => {
    await c.query("SET maintenance_work_mem = '512MB'");
    if (indexDef) await c.query(indexDef);
    // Analyzed and vacuumed now, so that autovacuum does not wake up in the middle of a measurement.
    await c.query("VACUUM ANALYZE");
  });
}
