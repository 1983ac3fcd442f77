// Argument parsing by hand rather than util.parseArgs: a signed decimal code such as -1073418124 must be
// read as a code, not as an unknown short option.
import type { Locale } from "../generated/graphql.ts";

export type Command = "lookup" | "search" | "decode";

export interface CliArgs {
  command: Command | "help";
  /** Search words, or a code; several words make one pasted line ("Error: 0xC004F074 ..."). */
  words: string[];
  lang: Locale | undefined;
  json: boolean;
  api: string | undefined;
}

export class UsageError extends Error {}

const COMMANDS: readonly string[] = ["lookup", "search", "decode"];

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: "help", words: [], lang: undefined, json: false, api: undefined };
  let help = false;
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [name, inline] = arg.startsWith("--") ? splitInline(arg) : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === "") throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    switch (name) {
      case "--help":
      case "-h":
        help = true;
        break;
      case "--json":
        args.json = true;
        break;
      case "--lang":
        args.lang = parseLang(value());
        break;
      case "--api":
        args.api = value();
        break;
      default:
        if (arg.startsWith("-") && !/^-\d/.test(arg)) throw new UsageError(`unknown option ${name}`);
        positionals.push(arg);
    }
  }

  const [command, ...words] = positionals;
  if (help || command === "help") return { ...args, command: "help" };
  if (command === undefined) throw new UsageError("missing command: lookup, search or decode");
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (words.length === 0) {
    throw new UsageError(`${command} needs ${command === "search" ? "some words" : "a code"}`);
  }
  return { ...args, command: command as Command, words };
}

function splitInline(arg: string): [string, string | undefined] {
  const at = arg.indexOf("=");
  return at === -1 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

function parseLang(value: string): Locale {
  const lang = value.toLowerCase();
  if (lang === "en" || lang === "fr") return lang === "en" ? "EN" : "FR";
  throw new UsageError(`--lang must be en or fr, not "${value}"`);
}
