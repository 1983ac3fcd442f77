export {
  CONNECTION_LOST,
  createDb,
  defaultDataDir,
  repoRoot,
  resolveDataDir,
  type Db,
  type DbOptions,
} from "./client.ts";
export { readDbEnv, type DbEnv } from "./env.ts";
export * from "./entries/entry-schema.ts";
export { entryHash, localeHash } from "./entries/content-hash.ts";
export {
  analyzeEntryTables,
  writeEntries,
  writeEntry,
  type EntryWrite,
  type Tx,
  type WriteOptions,
} from "./entries/write-entry.ts";
export {
  readEntryGraphs,
  statusIn,
  type EntryGraph,
  type GraphFilter,
  type GraphStep,
  type NamedActivationType,
} from "./entries/read-graph.ts";
export { readEntries, readEntry, toEntry } from "./entries/read-entry.ts";
export { recordRevisions, type RevisionRecord } from "./entries/revisions.ts";
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
export {
  backup,
  exportContent,
  importContent,
  restore,
  RestoreRefused,
  type BackupFormat,
  type BackupTarget,
} from "./backup.ts";
export {
  eachItem,
  fillSources,
  localeState,
  translationFields,
  type LocaleState,
  type TranslationField,
  type TranslationStatus as FieldStatus,
} from "./entries/translation-fields.ts";
export { readPublishedGraphs } from "./entries/read-graph.ts";
export {
  lockEntries,
  lockEntry,
  markDraftPublished,
  publishEntry,
  readPublishedEntry,
  withdrawEntry,
  type LockedEntry,
} from "./entries/entry-state.ts";
export { leaveEntryPresence, touchEntryPresence, type PresentViewer } from "./presence/entry-presence.ts";
export {
  CANDIDATES,
  MARK_START,
  MARK_STOP,
  checkWords,
  countTextMatches,
  searchCodeFragment,
  searchCodes,
  searchText,
  type SearchHitRow,
  type WordCheck,
} from "./search/search-repository.ts";
export {
  deleteExpiredRateCounters,
  forgiveRateCounters,
  hitRateCounters,
  peekRateCounter,
  type RateCount,
  type RateHit,
} from "./limits/rate-counters.ts";
export * from "./webhooks/webhook-outbox.ts";
export * from "./backlog/unknown-lookups.ts";
export {
  currentWalPosition,
  hasReplayed,
  replayedWalPosition,
  walPositionValue,
} from "./replica/wal-position.ts";
export { lockAccountBootstrap } from "./accounts/bootstrap-lock.ts";
