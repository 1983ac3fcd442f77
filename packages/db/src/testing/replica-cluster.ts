// A PostgreSQL primary and a streaming replica of it, made for one test in a temporary directory with
// the installed server binaries (pg_config --bindir): initdb, a replication line in pg_hba.conf,
// pg_ctl start on a free port, pg_basebackup -R -X stream, a second pg_ctl start. Nothing of any other
// server is touched. The servers run as the `postgres` user when the tests run as root (initdb refuses
// root). About 5 s on a small machine; stop() removes everything.
import { execFile, execFileSync } from "node:child_process";
import { appendFileSync, chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface ReplicatedClusters {
  /** Admin URLs (user postgres, trust) of the `postgres` database on each server. */
  primaryUrl: string;
  replicaUrl: string;
  /** The same URL on another database. */
  urlOf(server: "primary" | "replica", database: string): string;
  stop(): Promise<void>;
}

interface Toolbox {
  bindir: string;
  /** The user the servers run as, when the tests run as root. */
  user?: { name: string; uid: number; gid: number };
}

function toolbox(): Toolbox | string {
  let bindir: string;
  try {
    bindir = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
  } catch {
    return "pg_config is not installed (the PostgreSQL server binaries are needed)";
  }
  const missing = ["initdb", "pg_ctl", "pg_basebackup", "postgres"].filter(
    (b) => !existsSync(path.join(bindir, b)),
  );
  if (missing.length) return `${missing.join(", ")} not found in ${bindir}`;
  if (process.getuid?.() !== 0) return { bindir };
  try {
    execFileSync("runuser", ["--help"], { stdio: "ignore" });
  } catch {
    return "running as root, and runuser (to run initdb as the postgres user) is not available";
  }
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    return { bindir, user: { name: "postgres", uid: id("-u"), gid: id("-g") } };
  } catch {
    return "running as root, and there is no postgres user to run the servers as";
  }
}

/** Why a replicated pair cannot be made here, or null when it can. */
export function replicaClustersUnavailable(): string | null {
  const tools = toolbox();
  return typeof tools === "string" ? tools : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startReplicatedClusters(): Promise<ReplicatedClusters> {
  const tools = toolbox();
  if (typeof tools === "string") throw new Error(tools);
  const dir = mkdtempSync(path.join(tmpdir(), "kb-replica-"));
  if (tools.user) chownSync(dir, tools.user.uid, tools.user.gid);
  const primaryDir = path.join(dir, "primary");
  const replicaDir = path.join(dir, "replica");
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const bin = (name: string) => path.join(tools.bindir, name);
  // cwd: the servers' user may not be allowed into the tests' directory.
  const as = (program: string, args: string[]) =>
    tools.user
      ? run("runuser", ["-u", tools.user.name, "--", bin(program), ...args], { cwd: dir })
      : run(bin(program), args, { cwd: dir });
  const started: string[] = [];
  const start = async (dataDir: string, port: number, log: string) => {
    await as("pg_ctl", [
      "-D",
      dataDir,
      "-l",
      path.join(dir, log),
      "-w",
      "-t",
      "60",
      "-o",
      `-p ${port}`,
      "start",
    ]);
    started.push(dataDir);
  };
  const stop = async () => {
    for (const dataDir of started.reverse())
      await as("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await as("initdb", [
      "-D",
      primaryDir,
      "-U",
      "postgres",
      "-A",
      "trust",
      "-E",
      "UTF8",
      "--locale=C.UTF-8",
      "--no-sync",
      "--no-instructions",
    ]);
    // Sockets in the temporary directory, TCP on loopback only; fsync off: nothing here must survive.
    appendFileSync(
      path.join(primaryDir, "postgresql.conf"),
      [
        "",
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        "wal_level = replica",
        "max_wal_senders = 4",
        "hot_standby = on",
        "fsync = off",
        "shared_buffers = 32MB",
        "max_connections = 50",
        "",
      ].join("\n"),
    );
    appendFileSync(path.join(primaryDir, "pg_hba.conf"), "\nhost replication all 127.0.0.1/32 trust\n");
    await start(primaryDir, primaryPort, "primary.log");
    await as("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(primaryPort),
      "-U",
      "postgres",
      "-D",
      replicaDir,
      "-R",
      "-X",
      "stream",
      "-c",
      "fast",
      "--no-sync",
    ]);
    await start(replicaDir, replicaPort, "replica.log");
  } catch (error) {
    await stop();
    throw error;
  }
  const urlOf = (server: "primary" | "replica", database: string) =>
    `postgres://postgres@127.0.0.1:${server === "primary" ? primaryPort : replicaPort}/${database}`;
  return {
    primaryUrl: urlOf("primary", "postgres"),
    replicaUrl: urlOf("replica", "postgres"),
    urlOf,
    stop,
  };
}
