// Every server under test runs in its own child process: its memory is measurable on its own and it
// does not share an event loop with autocannon. All are stopped at the end, on errors and on Ctrl-C.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import net from "node:net";
import { repoRoot } from "@kb/db";

export interface Child {
  name: string;
  pid: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Resident memory now, from /proc/<pid>/status, in MB: the process's and its node children's (a
   * supervisor's workers, KB_WORKERS) together. */
  rssMb(): number | null;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function rssKb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) : null;
  } catch {
    return null;
  }
}

const exeOf = (pid: number) => {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
};

/** The pids of a process's children running the same program (node's cluster workers; not, say, the
 * esbuild service tsx starts). Linux: /proc/<pid>/task/<tid>/children. */
function workersOf(pid: number): number[] {
  const exe = exeOf(pid);
  try {
    return readdirSync(`/proc/${pid}/task`)
      .flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" "))
      .filter(Boolean)
      .map(Number)
      .filter((child) => exe !== null && exeOf(child) === exe);
  } catch {
    return [];
  }
}

/** Resident MB of a process and of its node children, summed. */
export function treeRssMb(pid: number): number | null {
  const own = rssKb(pid);
  if (own === null) return null;
  return Math.round(workersOf(pid).reduce((sum, child) => sum + (rssKb(child) ?? 0), own) / 1024);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return void running.delete(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  // A server that has not exited 3 s after SIGTERM with no load left is killed.
  const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
  await exited;
  clearTimeout(timer);
  running.delete(child);
}

/**
 * Starts `node [nodeFlags] <script>` for compiled JavaScript, `node --import tsx <script>` for TypeScript
 * (paths from the repository root), and waits for `readyPath`.
 */
export async function startChild(
  name: string,
  script: string,
  env: Record<string, string>,
  readyPath: string,
  nodeFlags: string[] = [],
): Promise<Child> {
  const port = await freePort();
  const args = script.endsWith(".js") ? [...nodeFlags, script] : ["--import", "tsx", script];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      running.delete(child);
      throw new Error(`${name} exited (code ${child.exitCode}) before it was ready:\n${output}`);
    }
    const ok = await fetch(origin + readyPath, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      await stopProcess(child);
      throw new Error(`${name} was not ready after 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    name,
    pid: child.pid!,
    origin,
    rssMb: () => treeRssMb(child.pid!),
    stop: () => stopProcess(child),
  };
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopProcess));
}
