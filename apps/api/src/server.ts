// The HTTP server: /graphql (Apollo Server 5 driven through executeHTTPGraphQLRequest), /healthz,
// /readyz and /metrics. Only this process opens the database.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { deleteExpiredRateCounters, type Db, type Locale } from "@kb/db";
import { parseTrustProxy, resolveClientAddress } from "@kb/trust-proxy";
import type { DocumentNode, GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { createContext, credentialOf, localeFromHeader, SESSION_COOKIE, type Context } from "./context.ts";
import type { ApiEnv } from "./env.ts";
import {
  AppError,
  createFormatError,
  httpHeadOf,
  isUnavailable,
  UNAVAILABLE_ERROR,
  UNAVAILABLE_RETRY_SECONDS,
} from "./errors.ts";
import { HttpError, parseJsonBody, readBody, refuseDeepJson, refuseNul } from "./http/body.ts";
import { appendVary, Cors } from "./http/cors.ts";
import { refuseCookieOnlyGet } from "./http/csrf.ts";
import { createApiMetrics, type ApiMetrics } from "./http/metrics.ts";
import { operationNameOf, trackRequest, type RequestRecord } from "./http/request-log.ts";
import { startTracing, type RequestSpan } from "./http/tracing.ts";
import { sendBody } from "./http/respond.ts";
import { encodedBody, ResponseCache, type CachedResponse } from "./http/response-cache.ts";
import { SchemaDocument } from "./http/schema-document.ts";
import { LIMITS } from "./limits.ts";
import { costLimitPlugin } from "./plugins/cost-limit.plugin.ts";
import { refuseSubscriptionsPlugin } from "./plugins/refuse-subscriptions.plugin.ts";
import { tracingPlugin } from "./plugins/tracing.plugin.ts";
import { EntryCache } from "./services/entry-cache.ts";
import { buildServedSchema, printSdl } from "./schema/build-schema.ts";
import { BacklogRecorder } from "./services/backlog/backlog-recorder.ts";
import { resolveViewer } from "./services/auth/auth.service.ts";
import { startContentEvents, type ContentEvents } from "./services/content-events.ts";
import { ReadLimiter } from "./services/limits/read-limiter.ts";
import type { RateState } from "./services/limits/rate-limits.ts";
import type { Viewer } from "./services/visibility.ts";
import { startWebhookWorker, type WebhookWorker } from "./services/webhooks/webhook-worker.ts";

export interface ApiServer {
  url: string;
  events: ContentEvents;
  webhooks: WebhookWorker;
  backlog: BacklogRecorder;
  server: http.Server;
  /** The registry behind /metrics; other parts of the API may add gauges to it. */
  metrics: ApiMetrics;
  close(): Promise<void>;
}

export type Settings = Pick<ApiEnv, "HOST" | "PORT" | "KB_INTROSPECTION" | "KB_MAX_BODY_BYTES"> &
  Partial<Pick<ApiEnv, "KB_OTEL" | "KB_OTEL_TRACES_URL" | "OTEL_SERVICE_NAME" | "KB_OTEL_SAMPLE_RATIO">> &
  Partial<Pick<ApiEnv, "KB_HTTP_CACHE" | "KB_READ_MODEL" | "KB_HTTP_CACHE_BYTES" | "KB_READ_MODEL_BYTES">> &
  Partial<Pick<ApiEnv, "KB_TRUST_PROXY" | "KB_READ_LIMIT" | "KB_TOKEN_READ_LIMITS">> &
  Partial<Pick<ApiEnv, "NODE_ENV" | "KB_PORTAL_REVALIDATE_URL" | "KB_REVALIDATE_SECRET">> &
  Partial<Pick<ApiEnv, "KB_METRICS_TOKEN">> &
  Partial<
    Pick<
      ApiEnv,
      | "KB_WEBHOOK_ALLOW_PRIVATE"
      | "KB_WEBHOOK_POLL_MS"
      | "KB_WEBHOOK_TIMEOUT_MS"
      | "KB_WEBHOOK_MAX_ATTEMPTS"
      | "KB_WEBHOOK_RETRY_BASE_MS"
      | "KB_BACKLOG_CAP_PER_HOUR"
      | "KB_BACKLOG_FLUSH_MS"
    >
  > &
  Partial<Pick<ApiEnv, "KB_CORS_ORIGINS" | "KB_CACHE_MAX_AGE" | "KB_CACHE_STALE_WHILE_REVALIDATE">> &
  Partial<Pick<ApiEnv, "KB_PREVIEW_SECRET" | "KB_PORTAL_URL" | "KB_REPLICA_WAIT_MS">>;

/** HttpOnly, SameSite=Lax, Secure in production; null clears it. */
export function sessionCookie(token: string | null, expiresAt: Date | null, secure: boolean): string {
  const parts = [`${SESSION_COOKIE}=${token ?? ""}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  parts.push(token && expiresAt ? `Expires=${expiresAt.toUTCString()}` : "Max-Age=0");
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

/** Longer request targets are refused with a readable 414; Node's header limit is raised above it so
 * that the refusal is ours, not an empty 431. */
export const MAX_URL_BYTES = 16_384;
const MAX_HEADER_BYTES = 65_536;

export async function startApiServer(db: Db, env: Settings, logger: Logger): Promise<ApiServer> {
  // OpenTelemetry is loaded only when switched on (KB_OTEL=true).
  const tracing = env.KB_OTEL
    ? await startTracing({
        url: env.KB_OTEL_TRACES_URL ?? "http://localhost:4318/v1/traces",
        serviceName: env.OTEL_SERVICE_NAME ?? "kb-api",
        sampleRatio: env.KB_OTEL_SAMPLE_RATIO ?? 1,
      })
    : undefined;
  // Keyed by the request's own response object: Apollo hands plugins a shallow copy of the context.
  const requestSpans = new WeakMap<Context["response"], RequestSpan>();
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth, flattenFragments: true },
    maxAliases: { n: LIMITS.aliases },
    maxDirectives: { n: LIMITS.directives },
    // Both checked elsewhere: tokens by graphql-js's parser (a parse failure, 400), cost once the
    // variables are known (plugins/cost-limit.plugin.ts).
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
  }).protect();
  // Apollo's store of automatic persisted queries, held here so that a hash-only GET can be cached.
  const persisted = new InMemoryLRUCache<string>({ maxSize: 8 * 1024 * 1024 });
  // Parsed and validated documents, bounded by their heap: about 80 bytes per character of query text
  // (measured with graphql-js's parse). Apollo's default bound (30 MB of the documents' JSON) let distinct
  // query texts, a cache-busting load, hold over 100 MB; the clients' operations fit many times in 16 MB.
  const documents = new InMemoryLRUCache<DocumentNode>({
    maxSize: 16 * 1024 * 1024,
    sizeCalculation: (doc) => Math.max(1, (doc.loc?.end ?? 2000) * 80),
  });
  const apollo = new ApolloServer<Context>({
    schema: buildServedSchema(),
    introspection: env.KB_INTROSPECTION,
    // Replaced by refuseCookieOnlyGet (http/csrf.ts): an anonymous GET needs no preflight header.
    csrfPrevention: false,
    persistedQueries: { cache: persisted },
    documentStore: documents,
    parseOptions: { maxTokens: LIMITS.tokens },
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM (finish in-flight requests, close the database, exit 0); Apollo's own handler
    // (installed unless NODE_ENV=test) would race with it and keep the process alive.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    // Apollo's cache-control plugin wraps every field resolver to collect hints this API never sets
    // (about 5% of the CPU of a 30-code page); responses get their Cache-Control below instead.
    plugins: [
      ...armor.plugins,
      costLimitPlugin(LIMITS.cost),
      refuseSubscriptionsPlugin,
      ApolloServerPluginCacheControlDisabled(),
      ...(tracing ? [tracingPlugin<Context>(tracing, (context) => requestSpans.get(context.response))] : []),
      {
        // RATE_LIMITED and UNAVAILABLE answer 429 and 503 with Retry-After (and RateLimit-* for limits).
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              if (response.body.kind !== "single") return;
              const head = httpHeadOf(response.body.singleResult.errors);
              if (!head) return;
              response.http.status = head.status;
              for (const [name, value] of Object.entries(head.headers))
                response.http.headers.set(name, value);
            },
          };
        },
      },
    ],
    validationRules: armor.validationRules,
    logger,
  });
  await apollo.start();
  const portal =
    env.KB_PORTAL_REVALIDATE_URL && env.KB_REVALIDATE_SECRET
      ? { url: env.KB_PORTAL_REVALIDATE_URL, secret: env.KB_REVALIDATE_SECRET }
      : undefined;
  const events = await startContentEvents(db, logger, portal, env.KB_REPLICA_WAIT_MS);

  const previews =
    env.KB_PREVIEW_SECRET && env.KB_PORTAL_URL
      ? { secret: env.KB_PREVIEW_SECRET, portalUrl: env.KB_PORTAL_URL.replace(/\/+$/, "") }
      : undefined;
  const metrics = createApiMetrics({ poolStats: db.poolStats });
  const cache = new ResponseCache(
    localeFromHeader,
    env.KB_HTTP_CACHE_BYTES ?? 32 * 1024 * 1024,
    env.KB_HTTP_CACHE === true,
  );
  const loaderCache = env.KB_READ_MODEL
    ? new EntryCache(env.KB_READ_MODEL_BYTES ?? 32 * 1024 * 1024, (hits, misses) =>
        metrics.cache("read_model", hits, misses),
      )
    : undefined;
  const trust = env.KB_TRUST_PROXY ?? parseTrustProxy(undefined);
  const rateClasses = env.KB_TOKEN_READ_LIMITS ?? { standard: 0 };
  const reads = new ReadLimiter(db.prisma, { anonymous: env.KB_READ_LIMIT ?? 0, classes: rateClasses });
  // Ended throttle windows are deleted in bounded batches, a minute apart, by every process.
  const sweep = setInterval(() => {
    void (async () => {
      for (let i = 0; i < 20 && (await deleteExpiredRateCounters(db.prisma, 5_000)) === 5_000; i++);
    })().catch((error: unknown) => logger.debug({ err: error }, "throttle sweep failed"));
  }, 60_000);
  sweep.unref();
  const allowPrivate = env.KB_WEBHOOK_ALLOW_PRIVATE ?? false;
  const webhooks = startWebhookWorker(db.prisma, logger, {
    pollMs: env.KB_WEBHOOK_POLL_MS ?? 5_000,
    timeoutMs: env.KB_WEBHOOK_TIMEOUT_MS ?? 10_000,
    maxAttempts: env.KB_WEBHOOK_MAX_ATTEMPTS ?? 10,
    retryBaseMs: env.KB_WEBHOOK_RETRY_BASE_MS ?? 30_000,
    allowPrivate,
  });
  const backlog = new BacklogRecorder(db.prisma, logger, {
    capPerHour: env.KB_BACKLOG_CAP_PER_HOUR ?? 50,
    flushMs: env.KB_BACKLOG_FLUSH_MS ?? 5_000,
  });
  const runtime = { webhooks: { allowPrivate, wake: webhooks.wake }, backlog };

  events.subscribe((code) => {
    cache.clear();
    loaderCache?.invalidate(code);
    // A committed publish/unpublish/archive wrote its outbox rows in the same transaction.
    webhooks.wake();
  });
  const cors = new Cors(env.KB_CORS_ORIGINS ?? []);
  const maxAge = env.KB_CACHE_MAX_AGE ?? 60;
  // Anonymous reads may be kept by browsers and shared caches for max-age, then served stale while they
  // revalidate (ETag); max-age 0 makes every use revalidate.
  const publicCacheControl =
    maxAge > 0
      ? `public, max-age=${maxAge}, stale-while-revalidate=${env.KB_CACHE_STALE_WHILE_REVALIDATE ?? 600}`
      : "public, no-cache";
  const schemaDocument = new SchemaDocument(printSdl(), publicCacheControl);

  const sendCached = async (
    req: IncomingMessage,
    res: ServerResponse,
    entry: CachedResponse,
    state: string,
  ) => {
    res.setHeader("content-type", entry.contentType);
    res.setHeader("etag", entry.etag);
    res.setHeader("cache-control", publicCacheControl);
    // The answer depends on these request headers; a shared cache must key on them.
    appendVary(res, "Accept", "Accept-Encoding", "Accept-Language", "Authorization", "Cookie");
    if (entry.language) res.setHeader("content-language", entry.language);
    res.setHeader("x-cache", state);
    if (req.headers["if-none-match"] === entry.etag) {
      res.writeHead(304);
      return void res.end();
    }
    await sendBody(req, res, 200, entry.body, (encoding) => encodedBody(entry, encoding));
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      ...headers,
    });
    res.end(JSON.stringify(body));
  };

  /** A GraphQL-shaped refusal decided before execution (bad credential, read limit, database down). */
  const refuse = (res: ServerResponse, error: GraphQLFormattedError, extra: Record<string, string> = {}) => {
    const head = httpHeadOf([error]) ?? { status: 401, headers: {} };
    send(res, head.status, { errors: [error] }, { ...head.headers, ...extra });
  };

  const rateHeaders = (state: RateState): Record<string, string> => ({
    "ratelimit-limit": String(state.limit),
    "ratelimit-remaining": String(state.remaining),
    "ratelimit-reset": String(state.resetSeconds),
  });

  /** The document of a request: its query, or the one an automatic persisted query's hash names. */
  async function documentOf(params: Record<string, unknown>): Promise<string | undefined> {
    if (typeof params.query === "string") return params.query;
    let extensions = params.extensions;
    if (typeof extensions === "string") {
      try {
        extensions = JSON.parse(extensions);
      } catch {
        return undefined; // Apollo reports it
      }
    }
    const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery
      ?.sha256Hash;
    return typeof hash === "string" ? await persisted.get(`apq:${hash}`) : undefined;
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, record: RequestRecord) {
    if (req.method === "OPTIONS") return cors.preflight(req, res);
    cors.apply(req, res);
    if (req.method !== "GET" && req.method !== "POST") {
      res.setHeader("allow", "GET, POST, OPTIONS");
      throw new HttpError(405, "Use GET or POST for /graphql.");
    }
    refuseCookieOnlyGet(req, SESSION_COOKIE);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: Record<string, unknown> | undefined;
    if (req.method === "GET") {
      refuseNul(url.search);
      refuseDeepJson(url.searchParams.get("variables"), "variables");
      refuseDeepJson(url.searchParams.get("extensions"), "extensions");
    } else {
      // Only JSON: a form or a no-cors fetch (which could carry a cookie across sites) cannot send it.
      if (!/^application\/json\s*(;|$)/i.test(req.headers["content-type"] ?? "")) {
        throw new HttpError(415, 'A POST to /graphql must have "Content-Type: application/json".');
      }
      const text = await readBody(req, env.KB_MAX_BODY_BYTES);
      refuseDeepJson(text, "The request body");
      body = parseJsonBody(text);
    }
    const params = body ?? Object.fromEntries(url.searchParams);
    record.operation = operationNameOf(params);
    const client = resolveClientAddress(trust, req.socket.remoteAddress, req.headers["x-forwarded-for"]);
    const secure = env.NODE_ENV === "production";
    let viewer: Viewer;
    let rate: RateState | undefined;
    try {
      // An unknown, expired or revoked credential is refused (401), never read as anonymous.
      viewer = await resolveViewer(db.prisma, credentialOf(req), client.address, previews?.secret);
      rate = reads.enabled ? await reads.take(viewer, client.fromProxy) : undefined;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const stale =
        error.extensions.code === "UNAUTHENTICATED" && !/^Bearer\s/i.test(req.headers.authorization ?? "");
      return refuse(
        res,
        { message: error.message, extensions: { ...error.extensions } },
        stale ? { "set-cookie": sessionCookie(null, null, secure) } : {},
      );
    }
    if (rate) for (const [name, value] of Object.entries(rateHeaders(rate))) res.setHeader(name, value);
    const key = credentialOf(req) ? null : cache.keyFor(req, params, await documentOf(params));
    const hit = key ? cache.get(key) : undefined;
    if (key && cache.enabled) metrics.cache("http", hit ? 1 : 0, hit ? 0 : 1);
    record.cache = !cache.enabled ? "OFF" : !key ? "BYPASS" : hit ? "HIT" : "MISS";
    if (hit) return sendCached(req, res, hit, "HIT");
    const generation = cache.generation;
    const response = { noStore: false, languages: new Set<Locale>() };
    let cookie: string | undefined;
    const setSession = (token: string | null, expiresAt: Date | null) => {
      cookie = sessionCookie(token, expiresAt, secure);
    };
    // A cacheable read (anonymous, queries only) may come from the replica: the caches hold the same
    // published content, and a notice empties them only once the replica has the change. Everything
    // else (signed-in reads, every mutation) stays on the primary.
    const context = createContext(
      key ? db.reader : db.prisma,
      viewer,
      req.headers["accept-language"],
      setSession,
      response,
      Object.keys(rateClasses),
      runtime,
      loaderCache,
      previews,
    );
    if (record.span) requestSpans.set(context.response, record.span);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
      context: async () => context,
    });
    const storable =
      key && result.status === undefined && result.body.kind === "complete" && !response.noStore;
    if (key && storable && result.body.kind === "complete" && !result.body.string.includes('"errors":[')) {
      const contentType = result.headers.get("content-type") ?? "application/json; charset=utf-8";
      const languages = [...response.languages].map((l) => l.toLowerCase());
      const entry = cache.set(
        key,
        generation,
        result.body.string,
        contentType,
        languages.join(", ") || undefined,
      );
      return sendCached(req, res, entry, cache.enabled ? "MISS" : "BYPASS");
    }
    // Only anonymous reads may be kept (public, with an ETag); nothing else.
    res.setHeader("cache-control", "no-store");
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (cookie) res.setHeader("set-cookie", cookie);
    if (result.body.kind === "complete") return sendBody(req, res, result.status ?? 200, result.body.string);
    res.statusCode = result.status ?? 200;
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://localhost");
    const record = trackRequest(req, res, logger, metrics, tracing);
    try {
      if ((req.url ?? "").length > MAX_URL_BYTES) {
        throw new HttpError(
          414,
          `The request URL is longer than ${MAX_URL_BYTES} bytes: send a long query by POST, or register it as a persisted query and send its hash.`,
        );
      }
      if (url.pathname === "/graphql") return await graphql(req, res, url, record);
      if (url.pathname === "/graphql/schema.graphql") {
        if (req.method === "OPTIONS") return cors.preflight(req, res);
        cors.apply(req, res);
        return await schemaDocument.serve(req, res);
      }
      if (url.pathname === "/healthz") return send(res, 200, { status: "ok" });
      if (url.pathname === "/readyz") return await ready(res);
      if (url.pathname === "/metrics") return await sendMetrics(req, res);
      send(res, 404, { error: `No route ${url.pathname}: the API is at /graphql.` });
    } catch (error) {
      if (error instanceof HttpError) {
        return send(res, error.status, {
          errors: [{ message: error.message, extensions: { code: "BAD_REQUEST" } }],
        });
      }
      // The client went away mid-request (closed tab, timeout): nothing to answer, nothing wrong here.
      if (req.socket.destroyed || res.destroyed) return logger.debug({ err: error }, "client disconnected");
      if (isUnavailable(error)) {
        logger.warn({ err: error }, "database unavailable");
        if (!res.headersSent) return refuse(res, UNAVAILABLE_ERROR);
      }
      logger.error({ err: error, reqId: record.id }, "request failed");
      if (!res.headersSent) send(res, 500, { errors: [{ message: "Internal server error" }] });
      else res.end();
    }
  }

  // Prometheus text format; with KB_METRICS_TOKEN set, only for `Authorization: Bearer <token>`.
  async function sendMetrics(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== "GET") {
      res.setHeader("allow", "GET");
      throw new HttpError(405, "Use GET for /metrics.");
    }
    if (env.KB_METRICS_TOKEN && req.headers.authorization !== `Bearer ${env.KB_METRICS_TOKEN}`) {
      res.setHeader("www-authenticate", "Bearer");
      return send(res, 401, { error: "/metrics needs Authorization: Bearer <KB_METRICS_TOKEN>." });
    }
    const text = await metrics.text();
    res.writeHead(200, { "content-type": metrics.registry.contentType, "cache-control": "no-store" });
    res.end(text);
  }

  async function ready(res: ServerResponse) {
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("timeout")), 2000).unref(),
    );
    try {
      await Promise.race([db.ping(), timeout]);
      send(res, 200, { status: "ready" });
    } catch (error) {
      send(
        res,
        503,
        { status: "unavailable", reason: (error as Error).message },
        {
          "retry-after": String(UNAVAILABLE_RETRY_SECONDS),
        },
      );
    }
  }

  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => void handle(req, res));
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    // Node's own refusals (headers over MAX_HEADER_BYTES, malformed requests) get a readable body.
    if (!socket.writable) return socket.destroy();
    const [status, message] =
      error.code === "HPE_HEADER_OVERFLOW"
        ? [431, `Request headers longer than ${MAX_HEADER_BYTES} bytes in all.`]
        : [400, "Malformed HTTP request."];
    const body = JSON.stringify({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Cache-Control: no-store\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${env.HOST}:${port}/graphql`;
  return {
    url,
    events,
    webhooks,
    backlog,
    server,
    metrics,
    async close() {
      clearInterval(sweep);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
      // Pending backlog lookups are written before the database closes; an unsent delivery stays due.
      await backlog.stop();
      await webhooks.stop();
      await events.close();
      await tracing?.shutdown();
    },
  };
}
