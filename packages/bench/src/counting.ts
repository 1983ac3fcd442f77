// Asking a peer in sequence: each answer checked against the database, and statements counted as
// statements seen by its counter / requests.
import type { Child } from "./children.ts";
import { JSON_HEADERS } from "./load.ts";
import { checkAnswer, type OperationPlan, type Request } from "./operations.ts";
import type { OpName } from "./options.ts";
import type { SaveDriver } from "./save-driver.ts";
import type { StatementCounter } from "./statement-counter.ts";

export interface Recorded {
  operationName: string;
  body: string;
  response: string;
}

export interface Counted {
  perRequest: number;
  /** The statements of the last request, as PostgreSQL received them. */
  sample: string[];
}

export async function post(origin: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${origin}/graphql`, {
    method: "POST",
    headers: { ...JSON_HEADERS, ...headers },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, text: await res.text() };
}

/** One request of the operation: the fixed bodies in turn, or the next save. */
function nextRequest(plan: OperationPlan, requests: Request[], i: number, saves: SaveDriver) {
  if (plan.name !== "Q4") return { ...requests[i % requests.length]!, settle: undefined };
  const { code, body } = saves.take();
  return { body, expect: ['"version"'], settle: (text: string) => saves.settle(code, text) };
}

/** Asks every request once and fails with what is wrong if an answer is not the expected one. */
export async function verify(
  peer: string,
  child: Child,
  plan: OperationPlan,
  requests: Request[],
  headers: Record<string, string>,
  saves: SaveDriver,
  record?: Recorded[],
) {
  for (let i = 0; i < Math.max(1, requests.length); i++) {
    const request = nextRequest(plan, requests, i, saves);
    const { status, text } = await post(child.origin, request.body, headers);
    request.settle?.(text);
    const problem =
      status === 200 ? checkAnswer(text, request.expect) : `HTTP ${status}: ${text.slice(0, 300)}`;
    if (problem) throw new Error(`${peer} answered ${plan.label} wrongly: ${problem}`);
    record?.push({ operationName: plan.name as OpName, body: request.body, response: text });
  }
}

export async function countStatements(
  child: Child,
  plan: OperationPlan,
  requests: Request[],
  headers: Record<string, string>,
  saves: SaveDriver,
  counter: StatementCounter,
  n: number,
): Promise<Counted> {
  let sample: string[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const request = nextRequest(plan, requests, i, saves);
    counter.reset();
    const { text } = await post(child.origin, request.body, headers);
    request.settle?.(text);
    // Work a server finishes after answering (a session touch, a log row) belongs to the request too.
    await new Promise((r) => setTimeout(r, 30));
    total += counter.count;
    sample = [...counter.texts];
  }
  return { perRequest: total / n, sample };
}
