// Everything the command line takes from its environment, read in this one place so the rest of the CLI
// is plain functions of their arguments (and testable without touching process.env).

export const DEFAULT_API_URL = "http://127.0.0.1:4000/graphql";

export interface CliEnv {
  /** KB_API_URL, else the API's default local address. */
  apiUrl: string;
  /** Colors only for a person at a terminal, and never when NO_COLOR is set (https://no-color.org). */
  color: boolean;
  /** Terminal width for wrapping; undefined when piped, so scripts get one line per paragraph. */
  columns: number | undefined;
}

export function readCliEnv(proc: Pick<NodeJS.Process, "env" | "stdout"> = process): CliEnv {
  const tty = proc.stdout.isTTY === true;
  const noColor = (proc.env.NO_COLOR ?? "") !== "";
  return {
    apiUrl: proc.env.KB_API_URL?.trim() || DEFAULT_API_URL,
    color: tty && !noColor,
    columns: tty ? proc.stdout.columns : undefined,
  };
}
