// Runs an image's command as a child process of the test, with only the environment given (the image's
// ENV plus the test's settings: nothing leaks in from the shell running the tests).
import { spawn, type ChildProcess } from "node:child_process";

export interface Running {
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export function run(command: string[], cwd: string, env: Record<string, string>): Running {
  const [program, ...args] = command;
  const executable = program === "node" ? process.execPath : program!;
  const child: ChildProcess = spawn(executable, args, {
    cwd,
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    output: () => log,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Waits until `url` answers (any status), failing with the process's output if it exits or hangs. */
export async function waitForHttp(url: string, child: Running, seconds = 60): Promise<void> {
  let ended = false;
  void child.exited.then(() => (ended = true));
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    if (ended) throw new Error(`exited before answering ${url}:\n${child.output()}`);
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2_000) });
      // Something answered: make sure it is this process, not another one that took the port.
      await new Promise((r) => setTimeout(r, 300));
      if (ended) throw new Error(`exited, and something else answers at ${url}:\n${child.output()}`);
      return;
    } catch (error) {
      if (ended) throw error;
      if (Date.now() > deadline)
        throw new Error(`no answer at ${url} within ${seconds} s:\n${child.output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** The JSON lines a pino logger wrote. */
export function logLines(output: string): Record<string, unknown>[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
