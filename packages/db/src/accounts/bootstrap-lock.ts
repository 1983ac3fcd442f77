// The first admin is created by whichever API process starts first (replicas, cluster workers): each
// checks and creates under this lock, so exactly one creates the account and its sign-in link.
import type { Prisma } from "../generated/prisma/client.ts";

/** Held until the transaction ends; every other process's call waits for it. */
export async function lockAccountBootstrap(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kb:first-admin'))`;
}
