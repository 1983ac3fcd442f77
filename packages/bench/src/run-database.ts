// All peers against one bench database: first counting instances (answers checked, statements
// counted), then for each peer in turn a measured instance (warm-up, then one load per connection count).
import { writeFileSync } from "node:fs";
import { loadSeedFile } from "@kb/db";
import pg from "pg";
import type { Child } from "./children.ts";
import { authOf, countAll } from "./count-all.ts";
import { verify, type Recorded } from "./counting.ts";
import { postRequests, runLoad } from "./load.ts";
import { planOperations, type OperationPlan } from "./operations.ts";
import type { BenchOptions } from "./options.ts";
import { databaseUrl, drain } from "./pg-client.ts";
import type { PeerSpec } from "./peers.ts";
import type { Measurement } from "./report.ts";
import { SaveDriver } from "./save-driver.ts";

export interface DatabaseRun {
  options: BenchOptions;
  database: string;
  large: boolean;
  peers: PeerSpec[];
  /** Where P0's recorded answers are written. */
  recordedFile: string;
  log(line: string): void;
  onRow(row: Measurement): void;
}

const seedInputs = () => loadSeedFile().map(({ version: _v, status: _s, ...input }) => input);

export async function runDatabase(run: DatabaseRun): Promise<Record<string, string[]>> {
  const { options, log } = run;
  const url = databaseUrl(options.adminUrl, run.database);
  const db = new pg.Client({ connectionString: url });
  // Dropping the database on Ctrl-C ends this connection: that must not crash the clean-up.
  db.on("error", () => {});
  await db.connect();
  try {
    const codes = Number((await db.query(`SELECT count(*) FROM "ErrorCode"`)).rows[0].count);
    const plans = await planOperations(db, options.ops, run.large);
    const saves = new SaveDriver(seedInputs());
    const recorded: Recorded[] = [];
    const counting = run.peers.filter((p) => p.counts);
    const { counted, samples } = await countAll({
      url,
      database: run.database,
      peers: counting,
      plans,
      saves,
      db,
      requests: options.countRequests,
      recorded,
      log,
    });
    for (const peer of run.peers) {
      if (peer.kind === "P0") {
        if (!recorded.length)
          throw new Error("P0 serves the product's answers: run it with the product (--peers)");
        writeFileSync(run.recordedFile, JSON.stringify(recorded));
      }
      const child = await peer.start(url, peer.id);
      log(`${peer.id}: measuring`);
      try {
        const auth = await authOf(peer, child);
        for (const plan of plans) {
          const statements = peer.counts ? (counted.get(`${peer.id} ${plan.name}`) ?? null) : 0;
          await measure(run, peer, child, plan, plan.name === "Q4" ? auth : {}, saves, db, {
            codes,
            statements,
          });
        }
      } finally {
        await child.stop();
      }
    }
    return samples;
  } finally {
    await db.end();
  }
}

async function measure(
  run: DatabaseRun,
  peer: PeerSpec,
  child: Child,
  plan: OperationPlan,
  headers: Record<string, string>,
  saves: SaveDriver,
  db: pg.Client,
  base: { codes: number; statements: number | null },
) {
  const { options } = run;
  const row = (connections: number) => ({
    database: run.database,
    codes: base.codes,
    op: plan.name,
    label: plan.label,
    peer: peer.id,
    kind: peer.kind,
    ...(peer.path && { path: peer.path }),
    ...(peer.workers && { workers: peer.workers }),
    connections,
  });
  const requests = peer.requests(plan);
  if (!requests) {
    for (const c of options.connections) {
      run.onRow({
        ...row(c),
        rps: null,
        p50: null,
        p99: null,
        requests: 0,
        bad: 0,
        statements: null,
        rssMb: null,
        note: plan.why,
      });
    }
    return;
  }
  if (peer.kind === "P0") await verify(peer.id, child, plan, requests, headers, saves);
  const load = async () => {
    await drain(db);
    if (plan.name !== "Q4")
      return postRequests(
        requests.map((r) => r.body),
        headers,
      );
    await saves.refresh(db);
    return [saves.request(headers)];
  };
  const busiest = Math.max(...options.connections);
  if (options.warmup > 0) await runLoad(child.origin, await load(), busiest, options.warmup);
  for (const connections of options.connections) {
    const result = await runLoad(child.origin, await load(), connections, options.duration);
    const rssMb = child.rssMb();
    const failed = result.bad ? `, ${result.bad} failed` : "";
    run.log(
      `${plan.name} ${peer.id.padEnd(16)} ${String(connections).padStart(2)} conns: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms${failed}`,
    );
    run.onRow({ ...row(connections), ...result, statements: base.statements, rssMb });
  }
}
