// Revisions: each write of an entry keeps the entry as then stored (item ids and translation sources
// filled in), in the entry format, so that history, diffs and restores read one document.
import { randomUUID } from "node:crypto";
import { readEntryGraphs } from "./read-graph.ts";
import { toEntry } from "./read-entry.ts";
import { insertRecords, type Tx } from "./write-entry.ts";

export interface RevisionRecord {
  errorCodeId: string;
  version: number;
  summary: string | null;
  /** True when this write made the version readers see. */
  published: boolean;
  authorId: string | null;
}

/** Snapshots these entries as now stored (one read) and inserts their revisions (one statement). */
export async function recordRevisions(tx: Tx, records: readonly RevisionRecord[]): Promise<void> {
  if (!records.length) return;
  const graphs = await readEntryGraphs(tx, { ids: records.map((r) => r.errorCodeId) });
  const snapshots = new Map(graphs.map((g) => [g.id, toEntry(g)]));
  await insertRecords(
    tx,
    "Revision",
    {
      id: "uuid",
      errorCodeId: "uuid",
      version: "int",
      snapshot: "jsonb",
      summary: "text",
      published: "boolean",
      authorId: "uuid",
    },
    records.map((r) => ({ ...r, id: randomUUID(), snapshot: snapshots.get(r.errorCodeId)! })),
  );
}
