// P2: PostGraphile v4 (the version that runs on Node 20) on the same database, as a library behind
// node:http. Its schema is generated from the tables (plus bench.search, the product's full-text SQL);
// every nested selection becomes one SQL statement. Reads only: see operations.ts for why no Q4.
import "./single-graphql.ts";
import pg from "pg";
import { serveRaw } from "./serve.ts";

const { postgraphile } = await import("postgraphile");

// The same pool size as the API's (createDb's default), so that neither gets more database sessions.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on("error", (error) => console.error("pool:", error.message));

const middleware = postgraphile(pool, ["public", "bench"], {
  simpleCollections: "both",
  disableDefaultMutations: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  legacyRelations: "omit",
  ignoreRBAC: false,
  graphiql: false,
  enableQueryBatching: false,
  // PostGraphile logs every query by default; the API logs none at LOG_LEVEL=warn.
  disableQueryLog: true,
  retryOnInitFail: false,
  graphileBuildOptions: { pgStrictFunctions: true },
});

serveRaw(
  (req, res) =>
    new Promise<void>((resolve, reject) => {
      res.on("finish", resolve);
      middleware(req, res, (error?: unknown) => (error ? reject(error) : resolve()));
    }),
  async () => {
    await middleware.release();
    await pool.end();
  },
);
