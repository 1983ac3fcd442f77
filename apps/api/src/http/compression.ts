// Response compression: brotli or gzip (node:zlib) as the Accept-Encoding header prefers, for bodies
// above a threshold (below it the framing costs more than it saves).
import { promisify } from "node:util";
import zlib from "node:zlib";

export type Encoding = "br" | "gzip" | "identity";

export const COMPRESS_MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The coding to answer with: the highest q-value among br and gzip (br on a tie), else identity. */
export function negotiateEncoding(header: string | undefined): Encoding {
  if (!header) return "identity";
  const q: Record<string, number> = {};
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const value = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    const weight = value === undefined ? 1 : Number(value);
    q[name.trim() === "x-gzip" ? "gzip" : name.trim()] = Number.isFinite(weight) ? weight : 0;
  }
  const weight = (coding: string) => q[coding] ?? q["*"] ?? 0;
  const br = weight("br");
  const gz = weight("gzip");
  if (br <= 0 && gz <= 0) return "identity";
  return br >= gz ? "br" : "gzip";
}

export async function compress(body: string | Buffer, encoding: Exclude<Encoding, "identity">) {
  return encoding === "br"
    ? brotli(body, {
        params: {
          // Quality 5: most of the size gain of 11 at a fraction of the CPU, for responses made per request.
          [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body),
        },
      })
    : gzip(body);
}
