import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "./args.ts";

describe("parseArgs", () => {
  it("reads a command, its code and the options in any order", () => {
    expect(parseArgs(["--json", "lookup", "0xC004F074", "--lang", "FR", "--api=http://x/graphql"])).toEqual({
      command: "lookup",
      words: ["0xC004F074"],
      lang: "FR",
      json: true,
      api: "http://x/graphql",
    });
  });

  it("takes a signed decimal code as a code, not as an option", () => {
    expect(parseArgs(["lookup", "-1073418124"]).words).toEqual(["-1073418124"]);
  });

  it("keeps every search word, and everything after --", () => {
    expect(parseArgs(["search", "grace", "period", "--lang=fr"]).words).toEqual(["grace", "period"]);
    expect(parseArgs(["search", "--", "--json", "x"])).toMatchObject({ words: ["--json", "x"], json: false });
  });

  it("answers --help before looking at anything else", () => {
    expect(parseArgs(["lookup", "--help"]).command).toBe("help");
    expect(parseArgs(["-h"]).command).toBe("help");
  });

  it.each([
    [[], "missing command"],
    [["frob"], 'unknown command "frob"'],
    [["lookup"], "lookup needs a code"],
    [["search", "--lang"], "--lang needs a value"],
    [["lookup", "1", "--lang", "de"], '--lang must be en or fr, not "de"'],
    [["lookup", "1", "--colour"], "unknown option --colour"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
