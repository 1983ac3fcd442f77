// GET /graphql/schema.graphql: the SDL as text, for code generators and reviewers, also where
// introspection is off. Cacheable, with a strong ETag (it changes only with a deployment).
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { HttpError } from "./body.ts";
import type { Encoding } from "./compression.ts";
import { compress } from "./compression.ts";
import { sendBody } from "./respond.ts";

export class SchemaDocument {
  readonly etag: string;
  private readonly encoded: Partial<Record<Exclude<Encoding, "identity">, Promise<Buffer>>> = {};

  constructor(
    readonly sdl: string,
    private readonly cacheControl: string,
  ) {
    this.etag = `"${createHash("sha256").update(sdl).digest("base64url").slice(0, 32)}"`;
  }

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD, OPTIONS");
      throw new HttpError(405, "Use GET for /graphql/schema.graphql.");
    }
    res.setHeader("content-type", "text/plain; charset=utf-8");
    res.setHeader("cache-control", this.cacheControl);
    res.setHeader("etag", this.etag);
    const match = (req.headers["if-none-match"] ?? "").split(",").map((t) => t.trim().replace(/^W\//, ""));
    if (match.includes(this.etag) || match.includes("*")) {
      res.writeHead(304);
      return void res.end();
    }
    if (req.method === "HEAD") {
      res.writeHead(200, { "content-length": Buffer.byteLength(this.sdl) });
      return void res.end();
    }
    await sendBody(
      req,
      res,
      200,
      this.sdl,
      (encoding) => (this.encoded[encoding] ??= compress(this.sdl, encoding)),
    );
  }
}
