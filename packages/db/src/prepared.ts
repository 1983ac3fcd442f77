// Named prepared statements for the hot reads, on the PostgreSQL server. PostgreSQL plans an unnamed
// statement on every call, and for the entry reader the plan costs more than the execution (pgbench,
// 16 clients: 3,000 calls per second unnamed, 11,300 prepared). A statement written with the `prepared`
// tag carries a marker; the pg adapter's statementNameGenerator names it after a hash of its text, so
// each pooled connection parses and plans it once. Only marked statements are named: their texts are a
// fixed set (parameters as $n, lists as ANY($n) arrays), so a connection holds a bounded number of them.
import { createHash } from "node:crypto";
import { Prisma } from "./generated/prisma/client.ts";

type RawValue = Parameters<typeof Prisma.sql>[1];
const MARK = "/* kb:prepared */";
const names = new Map<string, string>();

/** Prisma.sql, marked to run as a named prepared statement on the server (a plain one on PGlite). */
export function prepared(strings: TemplateStringsArray, ...values: RawValue[]): Prisma.Sql {
  return Prisma.sql([MARK + strings[0], ...strings.slice(1)], ...values);
}

/** The statement name of a marked statement; "" (unnamed) for every other one. */
export function statementName(query: { sql: string }): string {
  if (!query.sql.startsWith(MARK)) return "";
  let name = names.get(query.sql);
  if (name === undefined) {
    name = `kb_${createHash("sha1").update(query.sql).digest("hex").slice(0, 24)}`;
    names.set(query.sql, name);
  }
  return name;
}
