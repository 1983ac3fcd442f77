// Entry point of the `kb` command (bin/kb.js loads it through tsx): the only place that touches the process.
import { readCliEnv } from "./cli/env.ts";
import { main } from "./cli/main.ts";

process.exitCode = await main(process.argv.slice(2), readCliEnv(), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
