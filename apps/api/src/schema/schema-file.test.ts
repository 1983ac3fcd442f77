import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printSdl } from "./build-schema.ts";
import { schemaFile } from "./emit-schema.ts";

describe("apps/api/schema.graphql", () => {
  it("is the SDL of the current resolvers (run `npm run codegen -w @kb/api` when this fails)", () => {
    expect(readFileSync(schemaFile, "utf8")).toBe(printSdl());
  });

  it("keeps the public contract's names", () => {
    // Descriptions removed and arguments on one line, as the names below are written.
    const sdl = printSdl()
      .replace(/\s*"""[\s\S]*?"""/g, "")
      .replace(
        /\(\s+([^)]*?)\s*\)/g,
        (_, args: string) =>
          `(${args
            .trim()
            .split(/\s*\n\s*/)
            .join(", ")})`,
      );
    for (const name of [
      "errorCode(code: String!, locale: Locale): ErrorCode",
      "errorCodes(after: String, filter: ErrorCodeFilter, first: Int = 20, locale: Locale, orderBy: ErrorCodeOrder = CODE): ErrorCodeConnection!",
      "search(first: Int = 10, locale: Locale, query: String!): [SearchHit!]!",
      "decodeHResult(code: String!): HResult!",
      "severity: HResultSeverity!",
      "unsignedDecimal: String!",
      "url: URL",
      "activationTypes(locale: Locale): [ActivationType!]!",
      "enum TranslationStatus",
      "isFallback: Boolean!",
      "servedLocale: Locale!",
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
