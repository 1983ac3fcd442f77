// Before any load, a separate instance of each peer whose database connection goes through its own
// statement counter answers every operation once (each answer checked) and then a fixed number of
// times in sequence. The measured instances, started later, talk to PostgreSQL directly.
import type pg from "pg";
import type { Child } from "./children.ts";
import { countStatements, verify, type Recorded } from "./counting.ts";
import type { OperationPlan } from "./operations.ts";
import type { PeerSpec } from "./peers.ts";
import { login } from "./product.ts";
import type { SaveDriver } from "./save-driver.ts";
import { StatementCounter } from "./statement-counter.ts";

/** Reads are anonymous (what the HTTP cache serves); saves need the product's admin session. */
export async function authOf(peer: PeerSpec, child: Child): Promise<Record<string, string>> {
  return peer.kind === "product" ? { authorization: `Bearer ${await login(child.origin)}` } : {};
}

export interface CountingRun {
  url: string;
  database: string;
  peers: PeerSpec[];
  plans: OperationPlan[];
  saves: SaveDriver;
  db: pg.Client;
  requests: number;
  /** Filled with the product's answers, for P0. */
  recorded: Recorded[];
  log(line: string): void;
}

/**
 * Statements per request of every peer and operation ("peer op" -> number), each peer through its own
 * counter. The counting instances start together (startup is most of their time), then answer in turn.
 */
export async function countAll(run: CountingRun) {
  const counted = new Map<string, number>();
  const samples: Record<string, string[]> = {};
  const target = new URL(run.url);
  const startOne = async (peer: PeerSpec) => {
    const counter = await StatementCounter.start({
      host: target.hostname,
      port: Number(target.port || 5432),
    });
    const url = new URL(run.url);
    url.host = `127.0.0.1:${counter.port}`;
    const child = await peer.start(url.toString(), `${peer.id} (counting)`).catch(async (error: Error) => {
      await counter.close();
      throw error;
    });
    return { peer, counter, child };
  };
  // The first (product) instance creates the bench's admin account, so it starts alone: concurrent
  // first starts would each try to create it.
  const [head, ...rest] = run.peers;
  type Started = Awaited<ReturnType<typeof startOne>>;
  const instances: PromiseSettledResult<Started>[] = head ? await Promise.allSettled([startOne(head)]) : [];
  instances.push(...(await Promise.allSettled(rest.map(startOne))));
  const started = instances.flatMap((i) => (i.status === "fulfilled" ? [i.value] : []));
  try {
    const failed = instances.find((i) => i.status === "rejected");
    if (failed) throw failed.reason;
    for (const { peer, counter, child } of started) {
      run.log(`${peer.id}: checking the answers and counting statements`);
      const auth = await authOf(peer, child);
      for (const plan of run.plans) {
        const requests = peer.requests(plan);
        if (!requests) continue;
        const headers = plan.name === "Q4" ? auth : {};
        if (plan.name === "Q4") await run.saves.refresh(run.db);
        const record = peer.kind === "product" && !run.recorded.some((r) => r.operationName === plan.name);
        await verify(peer.id, child, plan, requests, headers, run.saves, record ? run.recorded : undefined);
        const result = await countStatements(
          child,
          plan,
          requests,
          headers,
          run.saves,
          counter,
          run.requests,
        );
        // An encrypted session hides the statements from the proxy: its count would read 0, not fail.
        if (counter.negotiated) {
          throw new Error(
            `${peer.id} asked the statement counter for SSL/GSS; run the bench with sslmode=disable`,
          );
        }
        counted.set(`${peer.id} ${plan.name}`, result.perRequest);
        samples[`${run.database} ${plan.name} ${peer.id}`] = result.sample;
      }
      await child.stop();
    }
  } finally {
    for (const { child, counter } of started) {
      await child.stop();
      await counter.close();
    }
  }
  return { counted, samples };
}
