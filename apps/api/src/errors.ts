// One error type for everything the API refuses on purpose; formatError maps it once, and masks
// every other error (logged in full, shown to the client as INTERNAL_SERVER_ERROR).
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
      return {
        message: "The knowledge base is temporarily unavailable. Try again shortly.",
        path: formatted.path,
        extensions: { code: "UNAVAILABLE" },
      };
    }
    logger.error({ err: original, path: formatted.path }, "unexpected error");
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

function isUnavailable(error: unknown): boolean {
  const text = String((error as Error | undefined)?.message ?? "");
  return /ECONNREFUSED|ECONNRESET|connection terminated|timeout exceeded when trying to connect|Can't reach database|terminating connection|server closed the connection/i.test(
    text,
  );
}
