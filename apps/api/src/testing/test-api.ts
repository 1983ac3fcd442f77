// A real API over HTTP on a fresh seeded database, for integration tests here and in other packages.
import { createTestDb, type TestDb } from "@kb/db/testing";
import pino, { type Logger } from "pino";
import { startApiServer, type Settings } from "../server.ts";

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApi {
  url: string;
  db: TestDb;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  onQuery?: (sql: string) => void;
  settings?: Partial<Settings>;
  /** Where the API logs (silent by default). */
  logger?: Logger;
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const db = await createTestDb({ seed: true, onQuery: options.onQuery });
  const api = await startApiServer(
    db,
    {
      HOST: "127.0.0.1",
      PORT: 0,
      KB_INTROSPECTION: true,
      KB_MAX_BODY_BYTES: 1_000_000,
      KB_HTTP_CACHE: true,
      KB_READ_MODEL: true,
      ...options.settings,
    },
    options.logger ?? pino({ level: "silent" }),
  );
  return {
    url: api.url,
    db,
    async gql(query, variables, headers = {}) {
      const res = await fetch(api.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GqlResponse, "status" | "headers">;
      return { status: res.status, headers: res.headers, ...body } as never;
    },
    async close() {
      await api.close();
      await db.close();
    },
  };
}

export { signIn, TEST_PASSWORD } from "./accounts.ts";
export { createUser } from "../services/auth/users.service.ts";
export { ensureFirstAdmin, firstAdminNotice } from "../services/auth/first-admin.service.ts";
