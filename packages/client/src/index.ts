// @kb/client: the typed client, its error type, and every generated document and type (documents are
// exported so callers can use request() directly or hand them to another GraphQL client).
export { createKbClient } from "./client.ts";
export type { KbClient, KbClientOptions, ListOptions, RequestOptions, SearchOptions } from "./client.ts";
export { KbApiError, isKbApiError } from "./kb-api-error.ts";
export type { KbApiErrorOptions, KbErrorCode, KbGraphQLError } from "./kb-api-error.ts";
export type { FetchLike } from "./transport.ts";
export * from "./generated/graphql.ts";
