// The hot path: whole HTTP responses of anonymous queries, kept in memory and keyed by the normalised
// request and the served locale. Any content notice clears it; a response computed while a notice
// arrived is not stored (the generation check), so nothing older than the last publish is ever served.
// Disabled (KB_HTTP_CACHE=false), it still decides which requests are cacheable reads, and stores nothing.
// Bounded by estimated bytes (lru-cache maxSize), answers and parsed query texts together.
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { OperationTypeNode, parse } from "graphql";
import { LRUCache } from "lru-cache";
import { compress, type Encoding } from "./compression.ts";

export interface CachedResponse {
  body: string;
  contentType: string;
  etag: string;
  /** Content-Language: the locales the response was served in. */
  language: string | undefined;
  /** The compressed bodies, made once per coding on first demand. */
  encoded: Partial<Record<Exclude<Encoding, "identity">, Promise<Buffer>>>;
}

/** The compressed body of an entry, computed once. */
export function encodedBody(entry: CachedResponse, encoding: Exclude<Encoding, "identity">): Promise<Buffer> {
  return (entry.encoded[encoding] ??= compress(entry.body, encoding));
}

/** A request's locale as the key needs it; the caller passes its Accept-Language reading. */
export type LocaleOf = (header: string | undefined) => string;

// Estimated bytes of a kept string (V8 stores non-Latin-1 text at two bytes a character), its compressed
// copies (each well under half of it) and the entry's own bookkeeping.
const ENTRY_OVERHEAD = 200;
const stringBytes = (text: string) => text.length * 2;

export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  private readonly queryIsRead: LRUCache<string, boolean>;
  generation = 0;

  constructor(
    private readonly localeOf: LocaleOf,
    maxBytes: number,
    readonly enabled = true,
  ) {
    // Seven eighths for the answers, one eighth for the parsed query texts.
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: Math.max(1, maxBytes - Math.floor(maxBytes / 8)),
      sizeCalculation: (entry, key) =>
        stringBytes(entry.body) * 2 + stringBytes(key) + entry.etag.length + ENTRY_OVERHEAD,
    });
    this.queryIsRead = new LRUCache<string, boolean>({
      maxSize: Math.max(1, Math.floor(maxBytes / 8)),
      sizeCalculation: (_read, query) => stringBytes(query) + ENTRY_OVERHEAD,
    });
  }

  /** Estimated bytes held (the bound is the constructor's maxBytes). */
  get bytes(): number {
    return this.entries.calculatedSize + this.queryIsRead.calculatedSize;
  }

  /** The cache key of an anonymous request, or null when it is no cacheable read (a mutation, no query).
   * `query` is the request's document, looked up by hash for an automatic persisted query. */
  keyFor(req: IncomingMessage, params: Record<string, unknown>, query: string | undefined): string | null {
    if (typeof query !== "string") return null;
    if (!this.isRead(query)) return null;
    const variables =
      typeof params.variables === "string" ? params.variables : JSON.stringify(params.variables ?? {});
    const locale = this.localeOf(req.headers["accept-language"]);
    return (
      createHash("sha1")
        // The Accept header decides the response's media type, so it is part of the key.
        .update(
          `${locale}\0${req.headers.accept ?? ""}\0${String(params.operationName ?? "")}\0${query}\0${variables}`,
        )
        .digest("base64url")
    );
  }

  get(key: string): CachedResponse | undefined {
    return this.enabled ? this.entries.get(key) : undefined;
  }

  /** Stores a response computed while the cache was at `generation` (a later notice voids it), and
   * returns the entry to send either way. */
  set(
    key: string,
    generation: number,
    body: string,
    contentType: string,
    language: string | undefined,
  ): CachedResponse {
    const etag = `W/"${createHash("sha1").update(body).digest("base64url")}"`;
    const entry: CachedResponse = { body, contentType, etag, language, encoded: {} };
    if (!this.enabled || generation !== this.generation) return entry;
    this.entries.set(key, entry); // an entry larger than the whole bound is served, not kept
    return entry;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  /** True when every operation of the document is a query (parsed once per distinct text). */
  private isRead(query: string): boolean {
    let read = this.queryIsRead.get(query);
    if (read === undefined) {
      try {
        read = parse(query).definitions.every(
          (d) => d.kind !== "OperationDefinition" || d.operation === OperationTypeNode.QUERY,
        );
      } catch {
        read = false; // let Apollo report the syntax error
      }
      this.queryIsRead.set(query, read);
    }
    return read;
  }
}
