// Where a PostgreSQL server's write-ahead log stands, to tell when a streaming replica has replayed a
// change the primary committed. Positions (LSNs) travel as PostgreSQL prints them ("16/B374D848") and
// are compared as numbers here.
import type { PrismaClient } from "../generated/prisma/client.ts";

type Client = Pick<PrismaClient, "$queryRaw">;

/** The primary's current WAL write position: at or after the commit of every transaction whose
 * notification has been delivered (NOTIFY is sent after the commit record is written). */
export async function currentWalPosition(primary: Client): Promise<string> {
  const [row] = await primary.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
  return row!.lsn;
}

/** The last WAL position a replica has replayed (its queries see everything up to it); null on a server
 * that is not in recovery (a primary, or a promoted replica, sees its own commits at once). */
export async function replayedWalPosition(replica: Client): Promise<string | null> {
  const [row] = await replica.$queryRaw<{ recovery: boolean; lsn: string | null }[]>`
    SELECT pg_is_in_recovery() AS recovery, pg_last_wal_replay_lsn()::text AS lsn`;
  if (!row?.recovery) return null;
  return row.lsn ?? "0/0"; // in recovery and nothing replayed yet
}

/** An LSN as a number ("16/B374D848" → 0x16B374D848), for comparisons. */
export function walPositionValue(lsn: string): bigint {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(lsn);
  if (!match) throw new Error(`not a WAL position: ${lsn}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/** True when `replayed` (null: not a replica) is at or after `target`. */
export function hasReplayed(replayed: string | null, target: string): boolean {
  return replayed === null || walPositionValue(replayed) >= walPositionValue(target);
}
