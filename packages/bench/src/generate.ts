// npm run generate -w @kb/bench -- --url postgres://127.0.0.1:5432/mydb [--size 100000]
// Fills any PostgreSQL database with synthetic codes (migrating it first if needed), e.g. to try the
// portal or the admin against a large base. The bench itself calls generate() on its own database.
import { parseArgs } from "node:util";
import { applyMigrations, createDb } from "@kb/db";
import { generate } from "./generator/generate-codes.ts";
import { FIRST_SYNTHETIC } from "./generator/synthetic.ts";
import { withClient } from "./pg-client.ts";

const { values } = parseArgs({
  options: { url: { type: "string" }, size: { type: "string", default: "100000" } },
});
const url = values.url ?? process.env.DATABASE_URL;
const size = Number(values.size);
if (!url?.startsWith("postgres") || !Number.isInteger(size) || size < 1) {
  console.error("usage: npm run generate -w @kb/bench -- --url postgres://host/db [--size 100000]");
  console.error("(the URL may also come from DATABASE_URL; the database must exist)");
  process.exit(2);
}

const db = createDb({ url, poolMax: 2 });
try {
  await applyMigrations(db.adapter);
} finally {
  await db.close();
}
const taken = await withClient(url, async (c) => {
  const res = await c.query(`SELECT count(*)::int AS n FROM "ErrorCode" WHERE "value" >= $1`, [
    FIRST_SYNTHETIC,
  ]);
  return res.rows[0].n as number;
});
if (taken > 0) {
  console.error(
    `The database already holds ${taken} synthetic codes (0xC00A0000 and above): use a fresh one.`,
  );
  process.exit(1);
}
const started = Date.now();
await generate(url, size, console.log);
console.log(`${size} codes generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
