// The kb command: parse, ask the API through @kb/client, print. Returns the exit status instead of
// exiting so tests and other tools can call it; src/cli.ts wires it to the process.
import { createKbClient, type KbClient } from "../client.ts";
import { isKbApiError, type KbApiError } from "../kb-api-error.ts";
import { parseArgs, UsageError, type CliArgs } from "./args.ts";
import type { CliEnv } from "./env.ts";
import { formatEntry } from "./format-entry.ts";
import { formatHits, formatHResult } from "./format-results.ts";
import { HELP } from "./help.ts";
import { createStyle } from "./style.ts";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT = { found: 0, notFound: 1, error: 2 } as const;

export async function main(argv: readonly string[], env: CliEnv, io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`kb: ${error.message}\nRun "kb --help" for usage.\n`);
    return EXIT.error;
  }
  if (args.command === "help") {
    io.out(HELP);
    return EXIT.found;
  }

  const url = args.api ?? env.apiUrl;
  if (!URL.canParse(url)) {
    io.err(
      `kb: "${url}" is not a URL (from --api or KB_API_URL); expected e.g. http://127.0.0.1:4000/graphql\n`,
    );
    return EXIT.error;
  }
  const client = createKbClient({ url, locale: args.lang });
  try {
    return await run(client, args, env, io);
  } catch (error) {
    if (!isKbApiError(error)) throw error;
    io.err(`kb: ${explain(error, url)}\n`);
    return EXIT.error;
  }
}

// The API's BAD_USER_INPUT message already says what a code looks like; a refused connection mostly
// means the API was not started.
function explain(error: KbApiError, url: string): string {
  if (error.code === "NETWORK_ERROR") return `cannot reach the API at ${url}: is it running? (npm start)`;
  if (error.code === "BAD_USER_INPUT") return error.message;
  return `${error.message} (${error.code})`;
}

async function run(client: KbClient, args: CliArgs, env: CliEnv, io: CliIo): Promise<number> {
  const style = createStyle(env.color && !args.json);
  const print = (value: unknown, text: () => string) =>
    io.out(`${args.json ? JSON.stringify(value, null, 2) : text()}\n`);
  const input = args.words.join(" ");

  if (args.command === "decode") {
    const hresult = await client.decode(input);
    print(hresult, () => formatHResult(hresult, style));
    return EXIT.found;
  }
  if (args.command === "search") {
    const found = await client.searchResults(input, { locale: args.lang });
    const { hits } = found;
    // Hints on stderr (in English, like every diagnostic): stdout stays the hits alone.
    if (found.suggestionApplied) io.err(`kb: no entry matches "${input}"; showing "${found.suggestion}"\n`);
    if (found.otherLocaleHits > 0) {
      const name = found.otherLocale === "FR" ? "French" : "English";
      const more = found.otherLocaleHits >= 100 ? "100+" : String(found.otherLocaleHits);
      io.err(`kb: ${more} in ${name} (--lang ${found.otherLocale.toLowerCase()})\n`);
    }
    if (hits.length === 0) {
      if (args.json) print(hits, () => "");
      io.err(`kb: no entry matches "${input}"\n`);
      return EXIT.notFound;
    }
    print(hits, () => formatHits(hits, style, env.columns));
    return EXIT.found;
  }

  const entry = await client.lookup(input, args.lang);
  if (entry) {
    print(entry, () => formatEntry(entry, { style, locale: args.lang ?? "EN", columns: env.columns }));
    return EXIT.found;
  }
  // A valid code the knowledge base does not cover: its HRESULT fields still say where it comes from.
  const hresult = await client.decode(input);
  print(hresult, () => formatHResult(hresult, style));
  io.err(`kb: ${hresult.hex} is not in the knowledge base\n`);
  return EXIT.notFound;
}
