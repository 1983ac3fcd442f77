// npm run codegen (apps/api): writes schema.graphql from the type-graphql classes.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSdl } from "./build-schema.ts";

export const schemaFile = fileURLToPath(new URL("../../schema.graphql", import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(schemaFile, printSdl());
  console.log(`wrote ${schemaFile}`);
}
