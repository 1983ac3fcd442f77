// The HTTP server: /graphql (Apollo Server 5 driven through executeHTTPGraphQLRequest), /healthz and
// /readyz. Only this process opens the database.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { Db } from "@kb/db";
import type { Logger } from "pino";
import { createContext, SESSION_COOKIE, type Context } from "./context.ts";
import type { ApiEnv } from "./env.ts";
import { createFormatError } from "./errors.ts";
import { HttpError, parseJsonBody, readBody, refuseNul } from "./http/body.ts";
import { ResponseCache, type CachedResponse } from "./http/response-cache.ts";
import { EntryCache } from "./services/entry-cache.ts";
import { buildSchema } from "./schema/build-schema.ts";
import { startContentEvents, type ContentEvents } from "./services/content-events.ts";

export interface ApiServer {
  url: string;
  events: ContentEvents;
  server: http.Server;
  close(): Promise<void>;
}

export type Settings = Pick<ApiEnv, "HOST" | "PORT" | "KB_INTROSPECTION" | "KB_MAX_BODY_BYTES"> &
  Partial<Pick<ApiEnv, "KB_HTTP_CACHE" | "KB_READ_MODEL">> &
  Partial<Pick<ApiEnv, "NODE_ENV" | "KB_PORTAL_REVALIDATE_URL" | "KB_REVALIDATE_SECRET">>;

/** HttpOnly, SameSite=Lax, Secure in production; null clears it. */
export function sessionCookie(token: string | null, expiresAt: Date | null, secure: boolean): string {
  const parts = [`${SESSION_COOKIE}=${token ?? ""}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  parts.push(token && expiresAt ? `Expires=${expiresAt.toUTCString()}` : "Max-Age=0");
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

export async function startApiServer(db: Db, env: Settings, logger: Logger): Promise<ApiServer> {
  const armor = new ApolloArmor({
    maxDepth: { n: 8, flattenFragments: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 10 },
    maxTokens: { n: 2000 },
    costLimit: { maxCost: 20000 },
  }).protect();
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    introspection: env.KB_INTROSPECTION,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM (finish in-flight requests, close the database, exit 0); Apollo's own handler
    // (installed unless NODE_ENV=test) would race with it and keep the process alive.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    // Apollo's cache-control plugin wraps every field resolver to collect hints this API never sets
    // (about 5% of the CPU of a 30-code page); responses get their Cache-Control below instead.
    plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled()],
    validationRules: armor.validationRules,
    logger,
  });
  await apollo.start();
  const portal =
    env.KB_PORTAL_REVALIDATE_URL && env.KB_REVALIDATE_SECRET
      ? { url: env.KB_PORTAL_REVALIDATE_URL, secret: env.KB_REVALIDATE_SECRET }
      : undefined;
  const events = await startContentEvents(db, logger, portal);

  const cache = env.KB_HTTP_CACHE ? new ResponseCache() : undefined;
  const loaderCache = env.KB_READ_MODEL ? new EntryCache() : undefined;
  events.subscribe((code) => {
    cache?.clear();
    loaderCache?.invalidate(code);
  });

  // Revalidate with the ETag on every use (no-cache): intermediaries may keep the bytes, never serve
  // them stale after a publish.
  const sendCached = (req: IncomingMessage, res: ServerResponse, entry: CachedResponse, state: string) => {
    const headers = {
      "content-type": entry.contentType,
      etag: entry.etag,
      "cache-control": "public, no-cache",
      vary: "accept-language",
      "x-cache": state,
    };
    if (req.headers["if-none-match"] === entry.etag) {
      res.writeHead(304, headers);
      return void res.end();
    }
    res.writeHead(200, headers);
    res.end(entry.body);
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
    res.end(JSON.stringify(body));
  };

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method !== "GET" && req.method !== "POST") {
      res.setHeader("allow", "GET, POST");
      throw new HttpError(405, "Use GET or POST for /graphql.");
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    if (req.method === "GET") refuseNul(url.search);
    const body =
      req.method === "POST" ? parseJsonBody(await readBody(req, env.KB_MAX_BODY_BYTES)) : undefined;
    const key = cache?.keyFor(req, body, url) ?? null;
    const hit = key ? cache!.get(key) : undefined;
    if (hit) return sendCached(req, res, hit, "HIT");
    const generation = cache?.generation ?? 0;
    let context: Context | undefined;
    let cookie: string | undefined;
    const setSession = (token: string | null, expiresAt: Date | null) => {
      cookie = sessionCookie(token, expiresAt, env.NODE_ENV === "production");
    };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
      context: async () => (context = await createContext(db.prisma, req, setSession, loaderCache)),
    });
    const storable =
      key && result.status === undefined && result.body.kind === "complete" && !context?.response.noStore;
    if (storable && result.body.kind === "complete" && !result.body.string.includes('"errors":[')) {
      const contentType = result.headers.get("content-type") ?? "application/json; charset=utf-8";
      const entry = cache!.set(key, generation, result.body.string, contentType);
      if (entry) return sendCached(req, res, entry, "MISS");
    }
    // Only the HTTP cache's answers may be kept (public, no-cache, with an ETag); nothing else.
    res.setHeader("cache-control", "no-store");
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (cookie) res.setHeader("set-cookie", cookie);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") return void res.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname === "/graphql") return await graphql(req, res, url);
      if (url.pathname === "/healthz") return send(res, 200, { status: "ok" });
      if (url.pathname === "/readyz") return await ready(res);
      send(res, 404, { error: `No route ${url.pathname}: the API is at /graphql.` });
    } catch (error) {
      if (error instanceof HttpError) {
        return send(res, error.status, {
          errors: [{ message: error.message, extensions: { code: "BAD_REQUEST" } }],
        });
      }
      logger.error({ err: error }, "request failed");
      if (!res.headersSent) send(res, 500, { errors: [{ message: "Internal server error" }] });
      else res.end();
    }
  }

  async function ready(res: ServerResponse) {
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("timeout")), 2000).unref(),
    );
    try {
      await Promise.race([db.ping(), timeout]);
      send(res, 200, { status: "ready" });
    } catch (error) {
      send(res, 503, { status: "unavailable", reason: (error as Error).message });
    }
  }

  const server = http.createServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${env.HOST}:${port}/graphql`;
  return {
    url,
    events,
    server,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
      await events.close();
    },
  };
}
