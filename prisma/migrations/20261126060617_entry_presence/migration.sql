-- CreateTable
CREATE TABLE "EntryPresence" (
    "errorCodeId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EntryPresence_pkey" PRIMARY KEY ("errorCodeId","userId")
);

-- AddForeignKey
ALTER TABLE "EntryPresence" ADD CONSTRAINT "EntryPresence_errorCodeId_fkey" FOREIGN KEY ("errorCodeId") REFERENCES "ErrorCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryPresence" ADD CONSTRAINT "EntryPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
