-- Contrib extensions: trigram matching for code fragments, unaccent for accent-insensitive search.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('EN', 'FR');

-- CreateEnum
CREATE TYPE "EntryStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ActivationTypeKey" AS ENUM ('MAK', 'KMS', 'KMS_CLIENT', 'KMS_HOST');

-- CreateEnum
CREATE TYPE "StepKind" AS ENUM ('TEXT', 'COMMAND');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'TRANSLATOR', 'VIEWER');

-- CreateTable
CREATE TABLE "ErrorCode" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "value" BIGINT NOT NULL,
    "status" "EntryStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "seedHash" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ErrorCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ErrorCodeTranslation" (
    "errorCodeId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "notes" TEXT,
    "contentHash" TEXT NOT NULL,
    "sourceHash" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ErrorCodeTranslation_pkey" PRIMARY KEY ("errorCodeId","locale")
);

-- CreateTable
CREATE TABLE "ActivationType" (
    "key" "ActivationTypeKey" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ActivationType_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ActivationTypeTranslation" (
    "activationTypeKey" "ActivationTypeKey" NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "ActivationTypeTranslation_pkey" PRIMARY KEY ("activationTypeKey","locale")
);

-- CreateTable
CREATE TABLE "ErrorCodeActivationType" (
    "errorCodeId" UUID NOT NULL,
    "activationTypeKey" "ActivationTypeKey" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ErrorCodeActivationType_pkey" PRIMARY KEY ("errorCodeId","activationTypeKey")
);

-- CreateTable
CREATE TABLE "Cause" (
    "id" UUID NOT NULL,
    "errorCodeId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Cause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CauseTranslation" (
    "causeId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "CauseTranslation_pkey" PRIMARY KEY ("causeId","locale")
);

-- CreateTable
CREATE TABLE "Resolution" (
    "id" UUID NOT NULL,
    "errorCodeId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "activationTypeKey" "ActivationTypeKey",

    CONSTRAINT "Resolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResolutionTranslation" (
    "resolutionId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ResolutionTranslation_pkey" PRIMARY KEY ("resolutionId","locale")
);

-- CreateTable
CREATE TABLE "ResolutionStep" (
    "id" UUID NOT NULL,
    "resolutionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "StepKind" NOT NULL,
    "command" TEXT,

    CONSTRAINT "ResolutionStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StepTranslation" (
    "stepId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "StepTranslation_pkey" PRIMARY KEY ("stepId","locale")
);

-- CreateTable
CREATE TABLE "Reference" (
    "id" UUID NOT NULL,
    "errorCodeId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT,

    CONSTRAINT "Reference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceTranslation" (
    "referenceId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "ReferenceTranslation_pkey" PRIMARY KEY ("referenceId","locale")
);

-- CreateTable
CREATE TABLE "SearchDocument" (
    "errorCodeId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "document" tsvector NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("errorCodeId","locale")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" UUID NOT NULL,
    "errorCodeId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "summary" TEXT,
    "authorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ErrorCode_code_key" ON "ErrorCode"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ErrorCode_value_key" ON "ErrorCode"("value");

-- CreateIndex
CREATE INDEX "ErrorCode_status_code_idx" ON "ErrorCode"("status", "code");

-- CreateIndex
CREATE INDEX "ErrorCode_code_trgm_idx" ON "ErrorCode" USING GIN ("code" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "ActivationType_position_key" ON "ActivationType"("position");

-- CreateIndex
CREATE INDEX "ErrorCodeActivationType_activationTypeKey_idx" ON "ErrorCodeActivationType"("activationTypeKey");

-- CreateIndex
CREATE UNIQUE INDEX "Cause_errorCodeId_position_key" ON "Cause"("errorCodeId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Resolution_errorCodeId_position_key" ON "Resolution"("errorCodeId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ResolutionStep_resolutionId_position_key" ON "ResolutionStep"("resolutionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Reference_errorCodeId_position_key" ON "Reference"("errorCodeId", "position");

-- CreateIndex
CREATE INDEX "SearchDocument_document_idx" ON "SearchDocument" USING GIN ("document");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_errorCodeId_version_key" ON "Revision"("errorCodeId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- AddForeignKey
ALTER TABLE "ErrorCodeTranslation" ADD CONSTRAINT "ErrorCodeTranslation_errorCodeId_fkey" FOREIGN KEY ("errorCodeId") REFERENCES "ErrorCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivationTypeTranslation" ADD CONSTRAINT "ActivationTypeTranslation_activationTypeKey_fkey" FOREIGN KEY ("activationTypeKey") REFERENCES "ActivationType"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErrorCodeActivationType" ADD CONSTRAINT "ErrorCodeActivationType_errorCodeId_fkey" FOREIGN KEY ("errorCodeId") REFERENCES "ErrorCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErrorCodeActivationType" ADD CONSTRAINT "ErrorCodeActivationType_activationTypeKey_fkey" FOREIGN KEY ("activationTypeKey") REFERENCES "ActivationType"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cause" ADD CONSTRAINT "Cause_errorCodeId_fkey" FOREIGN KEY ("errorCodeId") REFERENCES "ErrorCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CauseTranslation" ADD CONSTRAINT "CauseTranslation_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_errorCodeId_fkey" FOREIGN KEY ("errorCodeId") REFERENCES "ErrorCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_activationTypeKey_fkey" FOREIGN KEY ("activationTypeKey") REFERENCES "ActivationType"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResolutionTranslation" ADD CONSTRAINT "ResolutionTranslation_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResolutionStep" ADD CONSTRAINT "ResolutionStep_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepTranslation" ADD CONSTRAINT "StepTranslation_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "ResolutionStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reference" ADD CONSTRAINT "Reference_errorCodeId_fkey" FOREIGN KEY ("errorCodeId") REFERENCES "ErrorCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceTranslation" ADD CONSTRAINT "ReferenceTranslation_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_errorCodeId_fkey" FOREIGN KEY ("errorCodeId") REFERENCES "ErrorCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_errorCodeId_fkey" FOREIGN KEY ("errorCodeId") REFERENCES "ErrorCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Text-search configurations: the built-in stemmers with accents folded, so that "cle de produit
-- bloquee" matches "clé de produit bloquée".
CREATE TEXT SEARCH CONFIGURATION kb_english ( COPY = english );
ALTER TEXT SEARCH CONFIGURATION kb_english
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION kb_french ( COPY = french );
ALTER TEXT SEARCH CONFIGURATION kb_french
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- The search configuration of each locale; a new locale adds its row here.
CREATE FUNCTION kb_search_config(loc "Locale") RETURNS regconfig
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE loc WHEN 'FR' THEN 'kb_french'::regconfig ELSE 'kb_english'::regconfig END
$$;

-- Rebuilds the search documents of one entry from its texts; called after every write of an entry.
CREATE FUNCTION kb_refresh_search(entry uuid) RETURNS void
  LANGUAGE sql AS $$
  DELETE FROM "SearchDocument" WHERE "errorCodeId" = entry;
  INSERT INTO "SearchDocument" ("errorCodeId", "locale", "document", "body")
  SELECT t."errorCodeId", t."locale",
         setweight(to_tsvector(kb_search_config(t."locale"), t."title"), 'A')
      || setweight(to_tsvector(kb_search_config(t."locale"), t."summary" || ' ' || t."message"), 'B')
      || setweight(to_tsvector(kb_search_config(t."locale"), coalesce(t."notes", '') || ' ' || x.details), 'C'),
         t."title" || E'\n' || t."message" || E'\n' || x.details
  FROM "ErrorCodeTranslation" t
  CROSS JOIN LATERAL (
    SELECT concat_ws(E'\n',
      (SELECT string_agg(ct."text", E'\n' ORDER BY c."position")
         FROM "Cause" c JOIN "CauseTranslation" ct ON ct."causeId" = c."id" AND ct."locale" = t."locale"
        WHERE c."errorCodeId" = entry),
      (SELECT string_agg(rt."text", E'\n' ORDER BY r."position")
         FROM "Resolution" r JOIN "ResolutionTranslation" rt ON rt."resolutionId" = r."id" AND rt."locale" = t."locale"
        WHERE r."errorCodeId" = entry),
      (SELECT string_agg(coalesce(st."text", s."command"), E'\n' ORDER BY r."position", s."position")
         FROM "Resolution" r JOIN "ResolutionStep" s ON s."resolutionId" = r."id"
         LEFT JOIN "StepTranslation" st ON st."stepId" = s."id" AND st."locale" = t."locale"
        WHERE r."errorCodeId" = entry)
    ) AS details
  ) x
  WHERE t."errorCodeId" = entry;
$$;

-- The activation types are part of the contract (enum ActivationTypeKey); their names are data.
INSERT INTO "ActivationType" ("key", "position") VALUES ('MAK', 1), ('KMS', 2), ('KMS_CLIENT', 3), ('KMS_HOST', 4);
INSERT INTO "ActivationTypeTranslation" ("activationTypeKey", "locale", "name") VALUES
  ('MAK', 'EN', 'MAK'), ('MAK', 'FR', 'MAK'),
  ('KMS', 'EN', 'KMS'), ('KMS', 'FR', 'KMS'),
  ('KMS_CLIENT', 'EN', 'KMS client'), ('KMS_CLIENT', 'FR', 'Client KMS'),
  ('KMS_HOST', 'EN', 'KMS host'), ('KMS_HOST', 'FR', 'Hôte KMS');
