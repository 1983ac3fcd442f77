// The one error type callers of the client catch. GraphQL errors keep the API's extensions.code so that
// callers branch on BAD_USER_INPUT / CONFLICT / FORBIDDEN... rather than on message text; transport
// failures get codes of their own so "the API said no" and "the API was not there" stay distinct.

/** Codes the API sends today or will with the editorial API, plus the client's own transport codes. */
export type KbErrorCode =
  | "BAD_USER_INPUT"
  | "BAD_REQUEST"
  | "GRAPHQL_VALIDATION_FAILED"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR"
  | "NETWORK_ERROR"
  | "HTTP_ERROR"
  | (string & {});

/** A GraphQL error as the API serializes it. */
export interface KbGraphQLError {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

export interface KbApiErrorOptions {
  code: KbErrorCode;
  extensions?: Record<string, unknown>;
  path?: ReadonlyArray<string | number>;
  status?: number;
  url?: string;
  /** Every GraphQL error of the response; the error itself describes the first. */
  errors?: readonly KbGraphQLError[];
  /** What the API returned next to the errors (a partial result), if anything. */
  data?: unknown;
  cause?: unknown;
}

export class KbApiError extends Error {
  readonly code: KbErrorCode;
  readonly extensions: Record<string, unknown>;
  readonly path: ReadonlyArray<string | number> | undefined;
  /** HTTP status of the response; undefined when no response came back. */
  readonly status: number | undefined;
  readonly url: string | undefined;
  readonly errors: readonly KbGraphQLError[];
  /** The partial result the API sent with the errors (fields that did resolve), or undefined. */
  readonly data: unknown;

  constructor(message: string, options: KbApiErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "KbApiError";
    this.code = options.code;
    this.extensions = options.extensions ?? { code: options.code };
    this.path = options.path;
    this.status = options.status;
    this.url = options.url;
    this.errors = options.errors ?? [];
    this.data = options.data ?? undefined;
  }
}

/** The error for a response that carried GraphQL errors: the first one wins, the rest stay attached. */
export function fromGraphQLErrors(
  errors: readonly KbGraphQLError[],
  status: number,
  url: string,
  data?: unknown,
): KbApiError {
  const first = errors[0] ?? { message: "The API returned an empty error list." };
  const extensions = first.extensions ?? {};
  const code = typeof extensions.code === "string" ? extensions.code : "INTERNAL_SERVER_ERROR";
  return new KbApiError(first.message, {
    code,
    extensions,
    path: first.path,
    status,
    url,
    errors,
    data: data ?? undefined,
  });
}

export function isKbApiError(error: unknown): error is KbApiError {
  return error instanceof KbApiError;
}
