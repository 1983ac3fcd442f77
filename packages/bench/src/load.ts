// One load: autocannon against a peer for a fixed time at a fixed number of connections, POSTing the
// operation's request bodies in turn. A warm-up is the same load with its numbers thrown away.
import autocannon, { type Request } from "autocannon";

export interface LoadResult {
  connections: number;
  requests: number;
  /** Mean requests per second over the measured seconds. */
  rps: number;
  p50: number;
  p99: number;
  /** Non-2xx answers, socket errors, timeouts and answers with GraphQL errors. */
  bad: number;
}

export const JSON_HEADERS = { "content-type": "application/json" };

export function postRequests(bodies: string[], headers: Record<string, string> = {}): Request[] {
  return bodies.map((body) => ({
    method: "POST",
    path: "/graphql",
    headers: { ...JSON_HEADERS, ...headers },
    body,
  }));
}

export function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

export async function runLoad(
  origin: string,
  requests: Request[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const instance = autocannon({
    url: origin,
    connections,
    duration: seconds,
    // A search over 100,000 codes can take seconds per request under 16 connections: counted, not cut.
    timeout: 60,
    requests,
    // The API answers GraphQL errors with status 200: an answer that carries errors is no success.
    verifyBody: (body) => !body.includes('"errors":'),
  });
  // autocannon's latency histogram has a resolution of 1 ms; P0 answers in a few microseconds.
  const latencies: number[] = [];
  instance.on("response", (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    connections,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    bad: result.non2xx + result.errors + result.timeouts + result.mismatches,
  };
}
