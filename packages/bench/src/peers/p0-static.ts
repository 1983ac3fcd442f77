// P0, the ceiling: a bare node:http server that reads the request like the API does and answers with
// the exact bytes the API answered for the same request, from memory. No parsing, no database.
// KB_BENCH_RESPONSES names a JSON file: [{ operationName, body, response }] (fetched from the API).
import { readFileSync } from "node:fs";
import type { Recorded } from "../counting.ts";
import { sendJson, serve } from "./serve.ts";

const recorded = JSON.parse(readFileSync(process.env.KB_BENCH_RESPONSES!, "utf8")) as Recorded[];
const byBody = new Map(recorded.map((r) => [r.body, Buffer.from(r.response)]));
// Saves differ in expectedVersion from one request to the next: they fall back on their operation.
const byOperation = new Map(recorded.map((r) => [r.operationName, Buffer.from(r.response)]));

serve((_req, body, res) => {
  const text = body.toString();
  let bytes = byBody.get(text);
  if (!bytes) {
    const operationName = /"operationName":"(\w+)"/.exec(text)?.[1];
    bytes = operationName ? byOperation.get(operationName) : undefined;
  }
  if (bytes) sendJson(res, 200, bytes);
  else sendJson(res, 404, '{"errors":[{"message":"P0 has no recorded response for this request"}]}');
});
