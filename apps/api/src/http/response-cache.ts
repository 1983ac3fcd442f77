// The hot path: whole HTTP responses of anonymous queries, kept in memory and keyed by the normalised
// request and the served locale. Any content notice clears it; a response computed while a notice
// arrived is not stored (the generation check), so nothing older than the last publish is ever served.
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { OperationTypeNode, parse } from "graphql";
import { credentialOf, localeFromHeader } from "../context.ts";

export interface CachedResponse {
  body: string;
  contentType: string;
  etag: string;
}

const MAX_ENTRIES = 5_000;
const MAX_BYTES = 64 * 1024 * 1024;

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly queryIsRead = new Map<string, boolean>();
  private bytes = 0;
  generation = 0;

  /** The cache key of a request, or null when it must not be cached (signed in, mutation, CSRF-unsafe GET). */
  keyFor(req: IncomingMessage, body: Record<string, unknown> | undefined, url: URL): string | null {
    if (credentialOf(req)) return null;
    const params = body ?? Object.fromEntries(url.searchParams);
    const query = params.query;
    if (typeof query !== "string") return null;
    if (
      req.method === "GET" &&
      !req.headers["apollo-require-preflight"] &&
      !req.headers["x-apollo-operation-name"]
    ) {
      return null; // Apollo refuses it (CSRF prevention); let it say so.
    }
    // A POST without a JSON content type is refused by Apollo: never answer it from the cache.
    if (req.method === "POST" && !/^application\/json\b/i.test(req.headers["content-type"] ?? ""))
      return null;
    if (!this.isRead(query)) return null;
    const variables =
      typeof params.variables === "string" ? params.variables : JSON.stringify(params.variables ?? {});
    const locale = localeFromHeader(req.headers["accept-language"]);
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
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key); // LRU: move to the end
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Stores a response computed while the cache was at `generation`; a later notice voids it. */
  set(key: string, generation: number, body: string, contentType: string): CachedResponse | undefined {
    if (generation !== this.generation) return undefined;
    const entry = { body, contentType, etag: `W/"${createHash("sha1").update(body).digest("base64url")}"` };
    this.entries.set(key, entry);
    this.bytes += body.length;
    while (this.entries.size > MAX_ENTRIES || this.bytes > MAX_BYTES) {
      const [oldest, value] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.bytes -= value.body.length;
    }
    return entry;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
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
      if (this.queryIsRead.size > MAX_ENTRIES) this.queryIsRead.clear();
      this.queryIsRead.set(query, read);
    }
    return read;
  }
}
