// The states of an entry around its working draft: locking it for a save, publishing the draft as the
// readers' document, withdrawing that document, and reading the published version back.
import type { EntryStatus } from "../generated/prisma/enums.ts";
import type { Entry } from "./entry-schema.ts";
import { codeIn, readPublishedGraphs } from "./read-graph.ts";
import { toEntry } from "./read-entry.ts";
import type { Tx } from "./write-entry.ts";

export interface LockedEntry {
  id: string;
  code: string;
  status: EntryStatus;
  version: number;
  publishedVersion: number | null;
}

/** The entry's row, locked until the transaction ends (concurrent saves of it wait); null if unknown. */
export async function lockEntry(tx: Tx, code: string): Promise<LockedEntry | null> {
  const [row] = await lockEntries(tx, [code]);
  return row ?? null;
}

/**
 * The rows of these entries that exist, locked until the transaction ends, in code order (so that two
 * writers locking many entries never wait for each other in a cycle).
 */
export async function lockEntries(tx: Tx, codes: readonly string[]): Promise<LockedEntry[]> {
  if (!codes.length) return [];
  return tx.$queryRaw<LockedEntry[]>`
    SELECT e."id"::text, e."code", e."status"::text AS "status", e."version", e."publishedVersion"
    FROM "ErrorCode" e WHERE ${codeIn(codes)} ORDER BY e."code" FOR UPDATE`;
}

/** Makes the working draft, at its current version, what readers see (document, search, notice). */
export async function publishEntry(tx: Tx, id: string): Promise<void> {
  await tx.$executeRaw`SELECT kb_publish(${id}::uuid)`;
}

/** Takes the entry away from readers, leaving its draft under the given status. */
export async function withdrawEntry(tx: Tx, id: string, status: Exclude<EntryStatus, "PUBLISHED">) {
  await tx.publishedEntry.deleteMany({ where: { errorCodeId: id } });
  await tx.errorCode.update({
    where: { id },
    data: { status, publishedVersion: null, reviewRequestedAt: null, reviewRequestedById: null },
  });
  await tx.$executeRaw`SELECT kb_refresh_search(${id}::uuid)`;
}

/** The version readers see, in the entry format (ids and translation sources included). */
export async function readPublishedEntry(tx: Tx, id: string): Promise<Entry | null> {
  const [graph] = await readPublishedGraphs(tx, { ids: [id] });
  return graph ? toEntry(graph) : null;
}

/** After a discard: the draft is the published version again, under the draft's new version number. */
export async function markDraftPublished(tx: Tx, id: string, version: number): Promise<void> {
  await tx.errorCode.update({
    where: { id },
    data: { publishedVersion: version, reviewRequestedAt: null, reviewRequestedById: null },
  });
  await tx.$executeRaw`UPDATE "PublishedEntry" SET "version" = ${version},
    "document" = jsonb_set("document", '{version}', to_jsonb(${version}::int))
    WHERE "errorCodeId" = ${id}::uuid`;
}
