// One error type for everything the API refuses on purpose; formatError maps it once, and masks
// every other error (logged in full, shown to the client as INTERNAL_SERVER_ERROR) except a database
// that cannot be reached, which is UNAVAILABLE (HTTP 503 with Retry-After), told apart by error codes.
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";

export type AppErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

export class AppError extends GraphQLError {
  constructor(code: AppErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Error codes produced by GraphQL itself or by Apollo for a bad request: safe to show as they are. */
const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof AppError) return { ...formatted, extensions: { ...original.extensions } };
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CLIENT_CODES.has(code)) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isUnavailable(original)) {
      logger.warn({ err: original }, "database unavailable");
      return { ...UNAVAILABLE_ERROR, path: formatted.path };
    }
    logger.error({ err: original, path: formatted.path }, "unexpected error");
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

/** HTTP status of the answer that carries each of our codes; the others keep Apollo's. */
const HTTP_STATUS: Partial<Record<string, number>> = { RATE_LIMITED: 429, UNAVAILABLE: 503 };
/** Seconds a client should wait before retrying once the database is back (Retry-After). */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/** Status and headers for an answer carrying these errors (429/503 with Retry-After and the IETF
 * draft's RateLimit-* fields), or undefined when none of them asks for one. */
export function httpHeadOf(
  errors: readonly GraphQLFormattedError[] | undefined,
): { status: number; headers: Record<string, string> } | undefined {
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    const status = typeof code === "string" ? HTTP_STATUS[code] : undefined;
    if (!status) continue;
    const ext = error.extensions ?? {};
    if (status === 503) return { status, headers: { "retry-after": String(UNAVAILABLE_RETRY_SECONDS) } };
    const retryAfter = Math.max(1, Number(ext.retryAfter) || 1);
    const headers: Record<string, string> = { "retry-after": String(retryAfter) };
    if (typeof ext.limit === "number") {
      headers["ratelimit-limit"] = String(ext.limit);
      headers["ratelimit-remaining"] = "0";
      headers["ratelimit-reset"] = String(retryAfter);
    }
    return { status, headers };
  }
  return undefined;
}

// Codes, never message text: Prisma's (P1001 can't reach, P1002/P1008 timed out, P1017 closed, P2024
// pool timeout, P2037 too many connections), the driver adapter's error kinds, PostgreSQL's SQLSTATEs
// (class 08 connection exception, 57P01-57P03 shutting down / cannot connect now, 53300 too many
// connections), Node's socket errors, and @kb/db's own code for a connection lost mid-statement.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "EAI_AGAIN",
  "KB_DB_CONNECTION_LOST",
]);
const unavailableState = (code: unknown) =>
  typeof code === "string" && (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code) || code === "53300");

/** True when the error (or what it wraps) says the database cannot be reached right now. */
export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown; code?: unknown } } };
    cause?: unknown;
    errors?: unknown;
    originalError?: unknown;
  };
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code))) return true;
  if (unavailableState(e.code)) return true;
  const adapter = e.meta?.driverAdapterError?.cause;
  if (adapter) {
    if (typeof adapter.kind === "string" && ADAPTER_KINDS.has(adapter.kind)) return true;
    if (unavailableState(adapter.originalCode) || unavailableState(adapter.code)) return true;
  }
  if (Array.isArray(e.errors) && e.errors.some((x) => isUnavailable(x, depth + 1))) return true;
  return isUnavailable(e.cause, depth + 1) || isUnavailable(e.originalError, depth + 1);
}

/** The answer for a database that cannot be reached (also used outside GraphQL execution). */
export const UNAVAILABLE_ERROR = {
  message: "The knowledge base is temporarily unavailable. Try again shortly.",
  extensions: { code: "UNAVAILABLE" },
} as const;
