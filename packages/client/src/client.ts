// A tiny typed client for the knowledge-base API: fetch plus the generated TypedDocumentNodes, so it runs
// in Node 20, browsers and Next.js server components without a GraphQL client library. New operations
// need no code here: add a .graphql document, run codegen, and call request() with the generated document.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { printDocument } from "./documents.ts";
import {
  ActivationTypesDocument,
  DecodeHResultDocument,
  ListErrorCodesDocument,
  LookupErrorCodeDocument,
  SearchDocument,
  SearchResultsDocument,
  type ErrorCodeFilter,
  type Locale,
} from "./generated/graphql.ts";
import { postGraphQL, type FetchLike } from "./transport.ts";

export interface KbClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** An API token or session token, sent as `authorization: Bearer <token>`. */
  token?: string;
  /** Default locale: sent as Accept-Language and as the locale argument of the helpers. */
  locale?: Locale;
  /** Defaults to the global fetch. */
  fetch?: FetchLike;
  headers?: Record<string, string>;
  /** Send queries as GET (GraphQL over HTTP), cacheable by HTTP caches; mutations stay POST. */
  get?: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

// Variables may be left out only when the operation has no required variable.
type RequestArgs<V> =
  Record<string, never> extends V
    ? [variables?: V, options?: RequestOptions]
    : [variables: V, options?: RequestOptions];

export interface ListOptions {
  locale?: Locale;
  filter?: ErrorCodeFilter;
  first?: number;
  after?: string | null;
}

export interface SearchOptions {
  locale?: Locale;
  first?: number;
}

export type KbClient = ReturnType<typeof createKbClient>;

export function createKbClient(options: KbClientOptions) {
  // Called through a wrapper: a bare window.fetch stored on an object throws "Illegal invocation".
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseHeaders: Record<string, string> = {
    accept: "application/graphql-response+json, application/json",
    ...options.headers,
    "content-type": "application/json",
  };
  if (options.locale) baseHeaders["accept-language"] = options.locale.toLowerCase();
  if (options.token) baseHeaders.authorization = `Bearer ${options.token}`;

  async function request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables, requestOptions]: RequestArgs<TVariables>
  ): Promise<TData> {
    const { query, operationName, operation } = printDocument(document);
    const data = await postGraphQL({
      get: options.get === true && operation === "query",
      url: options.url,
      fetch: fetchImpl,
      headers: { ...baseHeaders, ...requestOptions?.headers },
      body: { query, operationName, variables: variables ?? {} },
      signal: requestOptions?.signal,
    });
    return data as TData;
  }

  // Unset arguments are left out (undefined vanishes from the JSON) so the schema's defaults apply;
  // an explicit null would override `first: Int = 20`.
  const localeOr = (locale: Locale | undefined) => locale ?? options.locale;

  return {
    url: options.url,
    request,
    /** One entry by any pasted form of its code; null when the code is valid but not in the knowledge base. */
    async lookup(code: string, locale?: Locale) {
      return (await request(LookupErrorCodeDocument, { code, locale: localeOr(locale) })).errorCode;
    },
    /** One keyset page of entries in code order; pass pageInfo.endCursor as `after` for the next. */
    async list({ locale, filter, first, after }: ListOptions = {}) {
      return (await request(ListErrorCodesDocument, { locale: localeOr(locale), filter, first, after }))
        .errorCodes;
    },
    async search(query: string, { locale, first }: SearchOptions = {}) {
      return (await request(SearchDocument, { query, locale: localeOr(locale), first })).search;
    },
    /** The hits, a "did you mean" correction and how many entries the other language has. */
    async searchResults(query: string, { locale, first }: SearchOptions = {}) {
      return (await request(SearchResultsDocument, { query, locale: localeOr(locale), first })).searchResults;
    },
    /** The HRESULT fields of any 32-bit code, known to the knowledge base or not. */
    async decode(code: string) {
      return (await request(DecodeHResultDocument, { code })).decodeHResult;
    },
    async activationTypes(locale?: Locale) {
      return (await request(ActivationTypesDocument, { locale: localeOr(locale) })).activationTypes;
    },
  };
}
