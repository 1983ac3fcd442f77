// P1's Q4: a whole-entry save of a published entry's draft as one hand-written transaction (the floor of
// what writeEntry does): claim the version and drop the old child rows, insert the new ones with the
// translations, their sources, the French status and the revision, commit. Readers' documents and search
// stay as published. Four statements with BEGIN and COMMIT.
import type { Entry } from "@kb/db";
import type pg from "pg";
import { insertSql, TABLES, toColumns, type TableName } from "../generator/tables.ts";

const CLAIM = `WITH e AS (
    UPDATE "ErrorCode" SET "version" = "version" + 1, "updatedAt" = now()
    WHERE "code" = $1 AND "version" = $2 RETURNING "id", "version"),
  a AS (DELETE FROM "ErrorCodeActivationType" x USING e WHERE x."errorCodeId" = e."id"),
  c AS (DELETE FROM "Cause" x USING e WHERE x."errorCodeId" = e."id"),
  r AS (DELETE FROM "Resolution" x USING e WHERE x."errorCodeId" = e."id"),
  f AS (DELETE FROM "Reference" x USING e WHERE x."errorCodeId" = e."id")
  SELECT "id", "version" FROM e`;

const CHILDREN = (Object.keys(TABLES) as TableName[]).filter((t) => t !== "ErrorCode");

// A translation keeps the English it was made from while its own text is unchanged (as writeEntry).
const UPSERT: Partial<Record<TableName, string>> = {
  ErrorCodeTranslation: `ON CONFLICT ("errorCodeId", "locale") DO UPDATE SET
  "title" = excluded."title", "summary" = excluded."summary", "message" = excluded."message",
  "notes" = excluded."notes", "updatedAt" = now(), "contentHash" = excluded."contentHash",
  "sources" = CASE WHEN "ErrorCodeTranslation"."contentHash" = excluded."contentHash"
              THEN "ErrorCodeTranslation"."sources" ELSE excluded."sources" END`,
  TranslationState: `ON CONFLICT ("errorCodeId", "locale") DO UPDATE SET
  "status" = excluded."status", "missing" = excluded."missing", "stale" = excluded."stale"`,
};

/** Every child table and the revision in one statement: each INSERT is a CTE over unnest() arrays. */
const INSERT = (() => {
  let offset = 0;
  const ctes = CHILDREN.map((table, i) => {
    const sql = `${insertSql(table, offset)} ${UPSERT[table] ?? ""}`;
    offset += TABLES[table].length;
    return `i${i} AS (${sql})`;
  });
  const revision = `INSERT INTO "Revision" ("id", "errorCodeId", "version", "snapshot")
    VALUES (gen_random_uuid(), $${offset + 1}::uuid, $${offset + 2}, $${offset + 3}::jsonb)`;
  return `WITH ${ctes.join(",\n")} ${revision}`;
})();

export type SaveResult = { version: number } | { conflict: number | null };

export async function saveEntry(pool: pg.Pool, entry: Entry, expectedVersion: number): Promise<SaveResult> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const claimed = await client.query<{ id: string; version: number }>(CLAIM, [entry.code, expectedVersion]);
    const row = claimed.rows[0];
    if (!row) {
      await client.query("ROLLBACK");
      const current = await pool.query(`SELECT "version" FROM "ErrorCode" WHERE "code" = $1`, [entry.code]);
      return { conflict: (current.rows[0]?.version as number | undefined) ?? null };
    }
    const { columns } = toColumns([entry], [row.id]);
    const params = CHILDREN.flatMap((table) => columns[table]);
    await client.query(INSERT, [...params, row.id, row.version, JSON.stringify(entry)]);
    await client.query("COMMIT");
    return { version: row.version };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
