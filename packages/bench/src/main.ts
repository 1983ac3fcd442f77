// npm run bench [-- --quick]: the product's API against a ceiling (P0), a floor (P1) and PostGraphile
// (P2), on the same PostgreSQL databases, in one run on one machine. See docs/performance.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stopAll } from "./children.ts";
import { checkServer, dropDatabase, LARGE, prepareLarge, prepareSmall, SMALL } from "./databases.ts";
import { HELP, parseOptions, type BenchOptions } from "./options.ts";
import { peerSpecs } from "./peers.ts";
import { formatReport, type Measurement } from "./report.ts";
import { runDatabase } from "./run-database.ts";

const resultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../results");
const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

let options: BenchOptions;
try {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed === "help") {
    console.log(HELP);
    process.exit(0);
  }
  options = parsed;
} catch (error) {
  console.error(`${(error as Error).message}\n\n${HELP}`);
  process.exit(2);
}

const tmpDir = mkdtempSync(path.join(os.tmpdir(), "kb-bench-"));
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await stopAll();
    rmSync(tmpDir, { recursive: true, force: true });
    if (!options.keep) {
      for (const name of [SMALL, LARGE]) await dropDatabase(options.adminUrl, name).catch(() => {});
    }
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(
      `\n${signal}: stopping the servers${options.keep ? "" : " and dropping the bench databases"}`,
    );
    void cleanUp().finally(() => process.exit(130));
  });
}

function machine(postgres: string) {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "?",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

const rows: Measurement[] = [];
try {
  const postgres = await checkServer(options.adminUrl);
  const host = machine(postgres);
  log(
    `${host.cpus} CPUs, ${host.memoryGiB} GiB, Node ${host.node}, PostgreSQL ${postgres}, load ${host.loadAverage.join(" ")}`,
  );
  await prepareSmall(options.adminUrl, options.reuse, log);
  if (options.size > 0) await prepareLarge(options.adminUrl, options.size, options.reuse, log);
  mkdirSync(resultsDir, { recursive: true });
  // P0's answers, recorded from the product on each database in turn.
  const recordedFile = path.join(tmpDir, "p0-answers.json");
  const peers = peerSpecs(options, recordedFile);
  const samples: Record<string, string[]> = {};
  for (const [database, large] of [
    [SMALL, false],
    [LARGE, true],
  ] as const) {
    if (large && options.size === 0) continue;
    log(`${database}: ${peers.map((p) => p.id).join(", ")}`);
    const run = {
      options,
      database,
      large,
      peers,
      recordedFile,
      log,
      onRow: (r: Measurement) => rows.push(r),
    };
    Object.assign(samples, await runDatabase(run));
  }
  const report = formatReport(rows);
  const loadAfter = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  console.log(
    `\n${report}\n\nload average at the start ${host.loadAverage.join(" ")}, at the end ${loadAfter}`,
  );
  const file = path.join(resultsDir, "latest.json");
  const argv = process.argv.slice(2);
  writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        argv,
        options,
        machine: host,
        loadAfter,
        rows,
        report,
        statements: samples,
      },
      null,
      2,
    ),
  );
  log(`written ${path.relative(process.cwd(), file)}`);
} catch (error) {
  console.error(`\nbench failed: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
// Nothing is left to wait for: a stray socket must not keep the command from returning.
process.exit(process.exitCode ?? 0);
