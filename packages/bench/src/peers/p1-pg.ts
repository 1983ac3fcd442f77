// P1, the floor of a database round trip: node:http + pg, one hand-written SQL statement per read
// (PostgreSQL returns the response body) and one hand-written transaction per save. It takes the very
// requests sent to the API and dispatches on their operationName; no GraphQL, no validation, no auth.
import type { Entry } from "@kb/db";
import pg from "pg";
import { HITS } from "../p2-documents.ts";
import { saveEntry } from "./p1-save.ts";
import { Q1, Q2, Q3 } from "./p1-sql.ts";
import { sendJson, serve } from "./serve.ts";

// The same pool size as the API's (createDb's default).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on("error", (error) => console.error("pool:", error.message));

type Variables = Record<string, unknown>;

async function body(sql: string, params: unknown[]): Promise<string> {
  const res = await pool.query<{ body: string }>(sql, params);
  return res.rows[0]!.body;
}

async function save(v: Variables): Promise<string> {
  const result = await saveEntry(pool, v.input as Entry, v.expectedVersion as number);
  if ("version" in result) {
    return JSON.stringify({ data: { updateErrorCode: { code: v.id, version: result.version } } });
  }
  const extensions = { code: "CONFLICT", currentVersion: result.conflict };
  return JSON.stringify({ errors: [{ message: "version conflict", extensions }], data: null });
}

const operations: Record<string, (v: Variables) => Promise<string>> = {
  Q1: (v) => body(Q1, [v.code, v.locale]),
  Q2: (v) => body(Q2, [v.first, v.locale]),
  Q3: (v) => body(Q3, [v.query, v.locale, HITS]),
  Q4: save,
};

serve(
  async (_req, raw, res) => {
    const { operationName, variables } = JSON.parse(raw.toString()) as {
      operationName?: string;
      variables?: Variables;
    };
    const run = operationName ? operations[operationName] : undefined;
    if (!run) return sendJson(res, 400, `{"errors":[{"message":"P1 knows Q1, Q2, Q3 and Q4 only"}]}`);
    sendJson(res, 200, await run(variables ?? {}));
  },
  () => pool.end(),
);
