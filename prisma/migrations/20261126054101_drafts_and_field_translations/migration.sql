-- Drafts beside the published version, and translation tracked per field.
-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('CURRENT', 'STALE', 'MISSING');

-- AlterTable
ALTER TABLE "CauseTranslation" ADD COLUMN     "source" TEXT;

-- AlterTable
ALTER TABLE "ErrorCode" ADD COLUMN     "publishedVersion" INTEGER,
ADD COLUMN     "reviewRequestedAt" TIMESTAMP(3),
ADD COLUMN     "reviewRequestedById" UUID;

-- AlterTable (sourceHash is dropped at the end, once the per-field sources are filled from it)
ALTER TABLE "ErrorCodeTranslation" ADD COLUMN     "sources" JSONB,
ALTER COLUMN "title" DROP NOT NULL,
ALTER COLUMN "summary" DROP NOT NULL,
ALTER COLUMN "message" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ReferenceTranslation" ADD COLUMN     "source" TEXT;

-- AlterTable
ALTER TABLE "ResolutionTranslation" ADD COLUMN     "source" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "StepTranslation" ADD COLUMN     "source" TEXT;

-- CreateTable
CREATE TABLE "PublishedEntry" (
    "errorCodeId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activationTypes" TEXT[],
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "document" JSONB NOT NULL,

    CONSTRAINT "PublishedEntry_pkey" PRIMARY KEY ("errorCodeId")
);

-- CreateTable
CREATE TABLE "TranslationState" (
    "errorCodeId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "status" "TranslationStatus" NOT NULL,
    "missing" INTEGER NOT NULL,
    "stale" INTEGER NOT NULL,

    CONSTRAINT "TranslationState_pkey" PRIMARY KEY ("errorCodeId","locale")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublishedEntry_code_key" ON "PublishedEntry"("code");

-- CreateIndex
CREATE INDEX "PublishedEntry_activationTypes_idx" ON "PublishedEntry" USING GIN ("activationTypes");

-- CreateIndex
CREATE INDEX "TranslationState_locale_status_idx" ON "TranslationState"("locale", "status");

-- AddForeignKey
ALTER TABLE "ErrorCode" ADD CONSTRAINT "ErrorCode_reviewRequestedById_fkey" FOREIGN KEY ("reviewRequestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedEntry" ADD CONSTRAINT "PublishedEntry_errorCodeId_fkey" FOREIGN KEY ("errorCodeId") REFERENCES "ErrorCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationState" ADD CONSTRAINT "TranslationState_errorCodeId_fkey" FOREIGN KEY ("errorCodeId") REFERENCES "ErrorCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Per-field translation sources, from the per-entry hashes they replace: a translation saved against the
-- English as it is now records today's English for each field (CURRENT); one saved against older English
-- records '' (the old text is unknown), so that it stays STALE until a translator updates or confirms it.
CREATE TEMP TABLE kb_fr_current AS
  SELECT fr."errorCodeId", fr."locale", (fr."sourceHash" IS NOT DISTINCT FROM en."contentHash") AS current
  FROM "ErrorCodeTranslation" fr
  JOIN "ErrorCodeTranslation" en ON en."errorCodeId" = fr."errorCodeId" AND en."locale" = 'EN'
  WHERE fr."locale" <> 'EN';

UPDATE "ErrorCodeTranslation" fr SET "sources" = jsonb_strip_nulls(jsonb_build_object(
    'title', CASE WHEN fr."title" IS NOT NULL THEN CASE WHEN k.current THEN en."title" ELSE '' END END,
    'summary', CASE WHEN fr."summary" IS NOT NULL THEN CASE WHEN k.current THEN en."summary" ELSE '' END END,
    'message', CASE WHEN fr."message" IS NOT NULL THEN CASE WHEN k.current THEN en."message" ELSE '' END END,
    'notes', CASE WHEN fr."notes" IS NOT NULL AND en."notes" IS NOT NULL THEN CASE WHEN k.current THEN en."notes" ELSE '' END END))
  FROM "ErrorCodeTranslation" en, kb_fr_current k
  WHERE en."errorCodeId" = fr."errorCodeId" AND en."locale" = 'EN'
    AND k."errorCodeId" = fr."errorCodeId" AND k."locale" = fr."locale";

UPDATE "CauseTranslation" fr SET "source" = CASE WHEN k.current THEN en."text" ELSE '' END
  FROM "Cause" c, "CauseTranslation" en, kb_fr_current k
  WHERE fr."locale" <> 'EN' AND c."id" = fr."causeId" AND en."causeId" = fr."causeId" AND en."locale" = 'EN'
    AND k."errorCodeId" = c."errorCodeId" AND k."locale" = fr."locale";

UPDATE "ResolutionTranslation" fr SET "source" = CASE WHEN k.current THEN en."text" ELSE '' END
  FROM "Resolution" r, "ResolutionTranslation" en, kb_fr_current k
  WHERE fr."locale" <> 'EN' AND r."id" = fr."resolutionId" AND en."resolutionId" = fr."resolutionId"
    AND en."locale" = 'EN' AND k."errorCodeId" = r."errorCodeId" AND k."locale" = fr."locale";

UPDATE "StepTranslation" fr SET "source" = CASE WHEN k.current THEN en."text" ELSE '' END
  FROM "ResolutionStep" s, "Resolution" r, "StepTranslation" en, kb_fr_current k
  WHERE fr."locale" <> 'EN' AND s."id" = fr."stepId" AND r."id" = s."resolutionId" AND en."stepId" = fr."stepId"
    AND en."locale" = 'EN' AND k."errorCodeId" = r."errorCodeId" AND k."locale" = fr."locale";

UPDATE "ReferenceTranslation" fr SET "source" = CASE WHEN k.current THEN en."title" ELSE '' END
  FROM "Reference" f, "ReferenceTranslation" en, kb_fr_current k
  WHERE fr."locale" <> 'EN' AND f."id" = fr."referenceId" AND en."referenceId" = fr."referenceId"
    AND en."locale" = 'EN' AND k."errorCodeId" = f."errorCodeId" AND k."locale" = fr."locale";

DROP TABLE kb_fr_current;
ALTER TABLE "ErrorCodeTranslation" DROP COLUMN "sourceHash";

-- The French status of every entry, from its fields (writeEntry keeps it from now on).
WITH head AS (
  SELECT e."id", en."title" AS en_t, en."summary" AS en_s, en."message" AS en_m, en."notes" AS en_n,
         fr."title" AS fr_t, fr."summary" AS fr_s, fr."message" AS fr_m, fr."notes" AS fr_n, fr."sources" AS src
  FROM "ErrorCode" e
  JOIN "ErrorCodeTranslation" en ON en."errorCodeId" = e."id" AND en."locale" = 'EN'
  LEFT JOIN "ErrorCodeTranslation" fr ON fr."errorCodeId" = e."id" AND fr."locale" = 'FR'),
fields AS (
  SELECT "id", en_t AS en, fr_t AS fr, src->>'title' AS source FROM head
  UNION ALL SELECT "id", en_s, fr_s, src->>'summary' FROM head
  UNION ALL SELECT "id", en_m, fr_m, src->>'message' FROM head
  UNION ALL SELECT "id", en_n, fr_n, src->>'notes' FROM head WHERE en_n IS NOT NULL
  UNION ALL SELECT c."errorCodeId", en."text", fr."text", fr."source" FROM "Cause" c
    JOIN "CauseTranslation" en ON en."causeId" = c."id" AND en."locale" = 'EN'
    LEFT JOIN "CauseTranslation" fr ON fr."causeId" = c."id" AND fr."locale" = 'FR'
  UNION ALL SELECT r."errorCodeId", en."text", fr."text", fr."source" FROM "Resolution" r
    JOIN "ResolutionTranslation" en ON en."resolutionId" = r."id" AND en."locale" = 'EN'
    LEFT JOIN "ResolutionTranslation" fr ON fr."resolutionId" = r."id" AND fr."locale" = 'FR'
  UNION ALL SELECT r."errorCodeId", en."text", fr."text", fr."source" FROM "ResolutionStep" s
    JOIN "Resolution" r ON r."id" = s."resolutionId"
    JOIN "StepTranslation" en ON en."stepId" = s."id" AND en."locale" = 'EN'
    LEFT JOIN "StepTranslation" fr ON fr."stepId" = s."id" AND fr."locale" = 'FR'
  UNION ALL SELECT f."errorCodeId", en."title", fr."title", fr."source" FROM "Reference" f
    JOIN "ReferenceTranslation" en ON en."referenceId" = f."id" AND en."locale" = 'EN'
    LEFT JOIN "ReferenceTranslation" fr ON fr."referenceId" = f."id" AND fr."locale" = 'FR')
INSERT INTO "TranslationState" ("errorCodeId", "locale", "status", "missing", "stale")
SELECT "id", 'FR',
       (CASE WHEN count(*) FILTER (WHERE fr IS NULL) > 0 THEN 'MISSING'
             WHEN count(*) FILTER (WHERE fr IS NOT NULL AND source IS DISTINCT FROM en) > 0 THEN 'STALE'
             ELSE 'CURRENT' END)::"TranslationStatus",
       count(*) FILTER (WHERE fr IS NULL), count(*) FILTER (WHERE fr IS NOT NULL AND source IS DISTINCT FROM en)
FROM fields GROUP BY "id";

-- A draft may hold part of a translation (a French title alone): missing texts add nothing to the search
-- document instead of nulling it.
CREATE OR REPLACE FUNCTION kb_refresh_search(entry uuid) RETURNS void
  LANGUAGE sql AS $$
  DELETE FROM "SearchDocument" WHERE "errorCodeId" = entry;
  INSERT INTO "SearchDocument" ("errorCodeId", "locale", "document", "body")
  SELECT t."errorCodeId", t."locale",
         setweight(to_tsvector(kb_search_config(t."locale"), coalesce(t."title", '')), 'A')
      || setweight(to_tsvector(kb_search_config(t."locale"), concat_ws(' ', t."summary", t."message")), 'B')
      || setweight(to_tsvector(kb_search_config(t."locale"), coalesce(t."notes", '') || ' ' || x.details), 'C'),
         concat_ws(E'\n', t."title", t."message", x.details)
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

-- The whole entry graph of the working draft as one JSON document: what editorial reads return, and
-- what kb_publish() stores for readers. Dates are ISO strings in UTC, the value is text (beyond 2^53).
CREATE FUNCTION kb_entry_document(entry uuid) RETURNS jsonb
  LANGUAGE sql STABLE AS $$
  WITH names AS (
    SELECT n."activationTypeKey" AS key,
           jsonb_build_object('key', n."activationTypeKey",
             'translations', jsonb_agg(jsonb_build_object('locale', n."locale", 'name', n."name"))) AS type
    FROM "ActivationTypeTranslation" n GROUP BY n."activationTypeKey")
  SELECT jsonb_build_object(
    'id', e."id", 'code', e."code", 'value', e."value"::text, 'status', e."status", 'version', e."version",
    'publishedVersion', e."publishedVersion", 'seedHash', e."seedHash",
    'updatedAt', to_char(e."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'translations', coalesce((SELECT jsonb_agg(jsonb_build_object('locale', t."locale", 'title', t."title",
        'summary', t."summary", 'message', t."message", 'notes', t."notes",
        'contentHash', t."contentHash", 'sources', t."sources") ORDER BY t."locale")
      FROM "ErrorCodeTranslation" t WHERE t."errorCodeId" = e."id"), '[]'),
    'activationTypes', coalesce((SELECT jsonb_agg(jsonb_build_object('position', l."position", 'activationType', n.type)
        ORDER BY l."position")
      FROM "ErrorCodeActivationType" l JOIN names n ON n.key = l."activationTypeKey"
      WHERE l."errorCodeId" = e."id"), '[]'),
    'causes', coalesce((SELECT jsonb_agg(jsonb_build_object('id', c."id", 'position', c."position",
        'translations', coalesce((SELECT jsonb_agg(jsonb_build_object('locale', x."locale", 'text', x."text",
            'source', x."source") ORDER BY x."locale") FROM "CauseTranslation" x WHERE x."causeId" = c."id"), '[]'))
        ORDER BY c."position")
      FROM "Cause" c WHERE c."errorCodeId" = e."id"), '[]'),
    'resolutions', coalesce((SELECT jsonb_agg(jsonb_build_object('id', r."id", 'position', r."position",
        'activationType', n.type,
        'translations', coalesce((SELECT jsonb_agg(jsonb_build_object('locale', x."locale", 'text', x."text",
            'source', x."source") ORDER BY x."locale") FROM "ResolutionTranslation" x WHERE x."resolutionId" = r."id"), '[]'),
        'steps', coalesce((SELECT jsonb_agg(jsonb_build_object('id', s."id", 'position', s."position",
            'kind', s."kind", 'command', s."command",
            'translations', coalesce((SELECT jsonb_agg(jsonb_build_object('locale', x."locale", 'text', x."text",
                'source', x."source") ORDER BY x."locale") FROM "StepTranslation" x WHERE x."stepId" = s."id"), '[]'))
            ORDER BY s."position")
          FROM "ResolutionStep" s WHERE s."resolutionId" = r."id"), '[]'))
        ORDER BY r."position")
      FROM "Resolution" r LEFT JOIN names n ON n.key = r."activationTypeKey"
      WHERE r."errorCodeId" = e."id"), '[]'),
    'references', coalesce((SELECT jsonb_agg(jsonb_build_object('id', f."id", 'position', f."position", 'url', f."url",
        'translations', coalesce((SELECT jsonb_agg(jsonb_build_object('locale', x."locale", 'title', x."title",
            'source', x."source") ORDER BY x."locale") FROM "ReferenceTranslation" x WHERE x."referenceId" = f."id"), '[]'))
        ORDER BY f."position")
      FROM "Reference" f WHERE f."errorCodeId" = e."id"), '[]'))
  FROM "ErrorCode" e WHERE e."id" = entry;
$$;

-- Publishes the working draft as it is: the readers' document, the search documents, and the entry's
-- published version, in the caller's transaction.
CREATE FUNCTION kb_publish(entry uuid) RETURNS void
  LANGUAGE sql AS $$
  UPDATE "ErrorCode" SET "status" = 'PUBLISHED', "publishedVersion" = "version", "publishedAt" = now(),
    "reviewRequestedAt" = NULL, "reviewRequestedById" = NULL
  WHERE "id" = entry;
  INSERT INTO "PublishedEntry" ("errorCodeId", "code", "version", "publishedAt", "activationTypes",
    "title", "summary", "message", "document")
  SELECT e."id", e."code", e."version", now(),
    ARRAY(SELECT l."activationTypeKey"::text FROM "ErrorCodeActivationType" l WHERE l."errorCodeId" = e."id"
          ORDER BY l."position"),
    en."title", en."summary", en."message", kb_entry_document(e."id")
  FROM "ErrorCode" e JOIN "ErrorCodeTranslation" en ON en."errorCodeId" = e."id" AND en."locale" = 'EN'
  WHERE e."id" = entry
  ON CONFLICT ("errorCodeId") DO UPDATE SET "version" = excluded."version",
    "publishedAt" = excluded."publishedAt", "activationTypes" = excluded."activationTypes",
    "title" = excluded."title", "summary" = excluded."summary", "message" = excluded."message",
    "document" = excluded."document";
  SELECT kb_refresh_search(entry);
$$;

SELECT kb_publish("id") FROM "ErrorCode" WHERE "status" = 'PUBLISHED';

-- Readers' content changes exactly when a published document does: the notice moves there, so that a
-- draft save (which readers do not see) neither empties the caches nor asks the portal to revalidate.
DROP TRIGGER kb_content_changed ON "ErrorCode";
CREATE TRIGGER kb_content_changed
  AFTER INSERT OR UPDATE OR DELETE ON "PublishedEntry"
  FOR EACH ROW EXECUTE FUNCTION kb_notify_content();
