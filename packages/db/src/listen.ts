// Change notifications from PostgreSQL (LISTEN/NOTIFY): the embedded engine delivers them in process;
// on a server a dedicated connection listens and reconnects by itself. After a (re)connect the callback
// gets "*": notifications may have been missed, so everything must be treated as changed. Both resolve
// once the first LISTEN has run (or, on a server, once its first attempt failed and retries have taken
// over), so a process listens before it serves anything it could cache.
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export const CONTENT_CHANNEL = "kb_content";
export type Unlisten = () => Promise<void>;

export async function listenPglite(db: PGlite, onChange: (code: string) => void): Promise<Unlisten> {
  const unlisten = await db.listen(CONTENT_CHANNEL, (payload) => onChange(payload));
  return unlisten;
}

export async function listenServer(
  url: string,
  onChange: (code: string) => void,
  onError: (e: Error) => void,
): Promise<Unlisten> {
  let client: pg.Client | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const retry = () => {
    client?.removeAllListeners();
    client?.end().catch(() => {});
    client = null;
    if (!stopped && !timer) timer = setTimeout(connect, 1000);
  };
  async function connect() {
    timer = undefined;
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000, keepAlive: true });
    client = c;
    c.on("notification", (m) => m.channel === CONTENT_CHANNEL && onChange(m.payload ?? "*"));
    c.on("error", (e) => {
      onError(e);
      retry();
    });
    c.on("end", retry);
    try {
      await c.connect();
      await c.query(`LISTEN ${CONTENT_CHANNEL}`);
      onChange("*");
    } catch (e) {
      onError(e as Error);
      retry();
    }
  }
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    const c = client;
    client = null;
    c?.removeAllListeners();
    await c?.end().catch(() => {});
  };
}
