// Writes a response body, compressed when the client accepts it and the body is worth it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { compress, COMPRESS_MIN_BYTES, negotiateEncoding, type Encoding } from "./compression.ts";
import { appendVary } from "./cors.ts";

export async function sendBody(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string,
  encoded?: (encoding: Exclude<Encoding, "identity">) => Promise<Buffer>,
): Promise<void> {
  appendVary(res, "Accept-Encoding");
  const encoding =
    Buffer.byteLength(body) >= COMPRESS_MIN_BYTES
      ? negotiateEncoding(req.headers["accept-encoding"] as string | undefined)
      : "identity";
  if (encoding === "identity") {
    res.writeHead(status, { "content-length": Buffer.byteLength(body) });
    return void res.end(body);
  }
  const bytes = await (encoded ? encoded(encoding) : compress(body, encoding));
  res.writeHead(status, { "content-encoding": encoding, "content-length": bytes.length });
  res.end(bytes);
}
