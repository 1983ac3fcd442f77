// One GraphQL-over-HTTP round trip with fetch only (Node 20 and browsers alike), turning every way it can
// fail into a KbApiError whose message names the URL, so a wrong --api or a stopped server is obvious.
import { fromGraphQLErrors, KbApiError, type KbGraphQLError } from "./kb-api-error.ts";

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface PostOptions {
  url: string;
  fetch: FetchLike;
  headers: Record<string, string>;
  body: { query: string; operationName?: string | undefined; variables?: unknown };
  signal?: AbortSignal | undefined;
  /** Send as GET (queries only): the query, operation name and variables go in the URL, so HTTP caches
   * can keep the answer. Falls back to POST when the URL would be too long. */
  get?: boolean;
}

/** Longer URLs than this are sent as POST: proxies and servers commonly refuse more than 8 KB. */
const MAX_GET_URL = 6_000;

function getUrl(options: PostOptions): string | undefined {
  if (!options.get) return undefined;
  const url = new URL(options.url);
  url.searchParams.set("query", options.body.query);
  if (options.body.operationName) url.searchParams.set("operationName", options.body.operationName);
  const variables = JSON.stringify(options.body.variables ?? {});
  if (variables !== "{}") url.searchParams.set("variables", variables);
  const text = url.toString();
  return text.length <= MAX_GET_URL ? text : undefined;
}

interface GraphQLBody {
  data?: unknown;
  errors?: KbGraphQLError[];
}

export async function postGraphQL(options: PostOptions): Promise<unknown> {
  const { url, signal } = options;
  const viaGet = getUrl(options);
  let response: Response;
  try {
    if (viaGet) {
      // No body, so no content-type; the API's CSRF prevention wants a header a form cannot send.
      const { "content-type": _c, ...headers } = options.headers;
      response = await options.fetch(viaGet, {
        method: "GET",
        headers: { ...headers, "apollo-require-preflight": "true" },
        signal,
      });
    } else {
      response = await options.fetch(url, {
        method: "POST",
        headers: options.headers,
        body: JSON.stringify(options.body),
        signal,
      });
    }
  } catch (error) {
    // A caller's own abort is not a network failure: let it through unchanged.
    if (signal?.aborted) throw error;
    const reason = describe(error);
    throw new KbApiError(`cannot reach the API at ${url}: ${reason}`, {
      code: "NETWORK_ERROR",
      url,
      cause: error,
    });
  }

  const text = await response.text();
  const body = parseBody(text);
  // Apollo answers 400 for invalid variables with a proper errors array: prefer the API's own words.
  if (body?.errors?.length) throw fromGraphQLErrors(body.errors, response.status, url, body.data);
  if (!response.ok || body === undefined || body.data == null) {
    const status = `${response.status} ${response.statusText}`.trim();
    const what = response.ok ? "a response that is not a GraphQL result" : `HTTP ${status}`;
    const snippet = text.length > 200 ? `${text.slice(0, 200)}…` : text;
    throw new KbApiError(`the API at ${url} answered with ${what}${snippet ? `: ${snippet}` : ""}`, {
      code: "HTTP_ERROR",
      status: response.status,
      url,
    });
  }
  return body.data;
}

function parseBody(text: string): GraphQLBody | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === "object" ? (parsed as GraphQLBody) : undefined;
  } catch {
    return undefined;
  }
}

// Node's fetch says only "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND...) is in the cause.
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const detail =
    typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : "";
  return detail && !message.includes(detail) ? `${message} (${detail})` : message;
}
