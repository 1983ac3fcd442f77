-- CreateEnum
CREATE TYPE "WebhookEvent" AS ENUM ('ENTRY_PUBLISHED', 'ENTRY_UNPUBLISHED', 'ENTRY_ARCHIVED');

-- AlterTable
ALTER TABLE "UnknownLookup" ADD COLUMN     "readers" INTEGER NOT NULL DEFAULT 0;
-- Rows from before readers were counted: at least one reader asked.
UPDATE "UnknownLookup" SET "readers" = 1;

-- CreateTable
CREATE TABLE "UnknownLookupReader" (
    "code" TEXT NOT NULL,
    "readerHash" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnknownLookupReader_pkey" PRIMARY KEY ("code","readerHash")
);

-- CreateTable
CREATE TABLE "ReaderSalt" (
    "day" TEXT NOT NULL,
    "salt" TEXT NOT NULL,

    CONSTRAINT "ReaderSalt_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "events" "WebhookEvent"[],
    "secret" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "Webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL,
    "webhookId" UUID NOT NULL,
    "eventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastStatus" INTEGER,
    "lastError" TEXT,
    "lastAttemptAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnknownLookupReader_readerHash_firstSeenAt_idx" ON "UnknownLookupReader"("readerHash", "firstSeenAt");

-- CreateIndex
CREATE INDEX "UnknownLookupReader_firstSeenAt_idx" ON "UnknownLookupReader"("firstSeenAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_nextAttemptAt_idx" ON "WebhookDelivery"("nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_webhookId_createdAt_idx" ON "WebhookDelivery"("webhookId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_webhookId_eventId_key" ON "WebhookDelivery"("webhookId", "eventId");

-- CreateIndex
CREATE INDEX "ErrorCode_status_publishedAt_code_idx" ON "ErrorCode"("status", "publishedAt", "code");

-- CreateIndex
CREATE INDEX "ErrorCode_updatedAt_code_idx" ON "ErrorCode"("updatedAt", "code");

-- AddForeignKey
ALTER TABLE "Webhook" ADD CONSTRAINT "Webhook_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "Webhook"("id") ON DELETE CASCADE ON UPDATE CASCADE;
