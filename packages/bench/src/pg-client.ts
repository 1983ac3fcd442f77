// The bench's own connections to PostgreSQL (set-up queries, versions, waiting for quiet).
import pg from "pg";

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {}); // a terminated session fails its query; no unhandled 'error' event
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Waits until PostgreSQL runs nothing more for this database: a load that ends leaves requests the
 * server keeps working on (a long search, a save), which must not weigh on the next load.
 */
export async function drain(db: pg.Client) {
  for (let quiet = 0, tries = 0; quiet < 2 && tries < 1200; tries++) {
    const res = await db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND backend_type = 'client backend'
         AND pid <> pg_backend_pid() AND state <> 'idle'`,
    );
    quiet = res.rows[0].n === 0 ? quiet + 1 : 0;
    await new Promise((r) => setTimeout(r, 50));
  }
}
