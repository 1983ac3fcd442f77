// GraphQL Code Generator config: typed documents from src/operations against the API's checked-in SDL.
// Paths are absolute so the same config gives the same output from the CLI (cwd = this package) and
// from codegen.test.ts, which runs the generator in memory to catch a stale src/generated/.
import { fileURLToPath } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const generatedDir = here("./src/generated/");

const config: CodegenConfig = {
  schema: here("../../apps/api/schema.graphql"),
  documents: here("./src/operations/**/*.graphql"),
  ignoreNoDocuments: false,
  generates: {
    [generatedDir]: {
      preset: "client",
      // Consumers (portal, admin, CLI) want the full data of a query, not masked fragment references.
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTimeISO: "string", URL: "string" },
      },
    },
  },
};

export default config;
