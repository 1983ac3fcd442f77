-- Throttle counters shared by every API process (sign-in, password change, feedback, read limits),
-- and the read-limit class of each API token.
-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "rateClass" TEXT NOT NULL DEFAULT 'standard';

-- CreateTable
CREATE TABLE "RateCounter" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RateCounter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateCounter_resetAt_idx" ON "RateCounter"("resetAt");

-- Counters are written on every counted request: unlogged, a write costs no WAL and no fsync at commit
-- (reads with a read limit on stay close to their speed without one). After a crash of the database
-- server the table comes back empty: limits restart from zero, which is all a crash can give away.
ALTER TABLE "RateCounter" SET UNLOGGED;
