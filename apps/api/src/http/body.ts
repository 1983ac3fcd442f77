// Reads a request body with a hard size limit, so that an oversized body costs nothing but a 413.
import type { IncomingMessage } from "node:http";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit)
    throw new HttpError(413, `Request body too large: at most ${limit} bytes are accepted.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit)
      throw new HttpError(413, `Request body too large: at most ${limit} bytes are accepted.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** PostgreSQL text cannot hold U+0000, so no input may carry it: refused here, once, for every argument. */
export function refuseNul(text: string): void {
  if (text.includes("\\u0000") || text.includes("\u0000") || /%00/i.test(text)) {
    throw new HttpError(400, "Text must not contain the NUL character (U+0000).");
  }
}

/** Parses a GraphQL POST body: one JSON object (batched arrays are refused). */
export function parseJsonBody(text: string): Record<string, unknown> {
  if (text.includes("\\u0000") || text.includes("\u0000")) refuseNul("\u0000");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(
      400,
      'The request body is not valid JSON: expected {"query": "...", "variables": {...}}.',
    );
  }
  if (Array.isArray(body))
    throw new HttpError(400, "Batched requests are not supported: send one operation per request.");
  if (!body || typeof body !== "object") {
    throw new HttpError(400, 'The request body must be a JSON object such as {"query": "{ __typename }"}.');
  }
  return body as Record<string, unknown>;
}

/** How deeply arrays and objects nest in a JSON text (strings skipped), without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** Variables nest a few levels at most (an entry's resolutions hold steps); deeper JSON is refused
 * before anything walks it recursively. */
export const MAX_JSON_DEPTH = 32;

export function refuseDeepJson(text: string | null | undefined, what: string): void {
  if (text && jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new HttpError(400, `${what} nests deeper than ${MAX_JSON_DEPTH} levels of arrays and objects.`);
  }
}
