export { createDb, defaultDataDir, repoRoot, type Db, type DbOptions } from "./client.ts";
export { readDbEnv, type DbEnv } from "./env.ts";
export * from "./entries/entry-schema.ts";
export { entryHash, localeHash } from "./entries/content-hash.ts";
export { writeEntry, type Tx, type WriteOptions } from "./entries/write-entry.ts";
export {
  readEntryGraphs,
  statusIn,
  type EntryGraph,
  type GraphFilter,
  type NamedActivationType,
} from "./entries/read-graph.ts";
export { readEntries, readEntry, toEntry } from "./entries/read-entry.ts";
export {
  loadSeedFile,
  parseSeedFile,
  seed,
  seedFilePath,
  SeedFileError,
  type SeedReport,
} from "./seed/seed.ts";
export * from "./migrate/migrations.ts";
export { Prisma, PrismaClient } from "./generated/prisma/client.ts";
export { prepared } from "./prepared.ts";
export type * from "./generated/prisma/client.ts";
export { backup, exportContent, importContent, restore } from "./backup.ts";
