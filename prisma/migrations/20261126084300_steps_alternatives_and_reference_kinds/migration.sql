-- CreateEnum
CREATE TYPE "StepsMode" AS ENUM ('SEQUENCE', 'ALTERNATIVES');

-- CreateEnum
CREATE TYPE "ReferenceKind" AS ENUM ('SEE_ALSO', 'SOURCE');

-- AlterEnum
ALTER TYPE "StepKind" ADD VALUE 'NOTE';

-- AlterTable
ALTER TABLE "Reference" ADD COLUMN     "kind" "ReferenceKind" NOT NULL DEFAULT 'SEE_ALSO';

-- AlterTable
ALTER TABLE "Resolution" ADD COLUMN     "stepsMode" "StepsMode" NOT NULL DEFAULT 'SEQUENCE';

-- AlterTable
ALTER TABLE "ResolutionStep" ADD COLUMN     "parentId" UUID;

-- CreateIndex
CREATE INDEX "ResolutionStep_parentId_idx" ON "ResolutionStep"("parentId");

-- AddForeignKey
ALTER TABLE "ResolutionStep" ADD CONSTRAINT "ResolutionStep_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ResolutionStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The entry document gains what the article's structure needs: each resolution's stepsMode, each step's
-- sub-steps (a step's own numbered steps, e.g. "Activate by phone: 1. ... 2. ..."), each reference's kind.
-- Steps are stored flat, ordered depth first within their resolution; the document nests them.
CREATE OR REPLACE FUNCTION kb_entry_document(entry uuid) RETURNS jsonb
  LANGUAGE sql STABLE AS $$
  WITH names AS (
    SELECT n."activationTypeKey" AS key,
           jsonb_build_object('key', n."activationTypeKey",
             'translations', jsonb_agg(jsonb_build_object('locale', n."locale", 'name', n."name"))) AS type
    FROM "ActivationTypeTranslation" n GROUP BY n."activationTypeKey"),
  steps AS (
    SELECT s."id", s."resolutionId", s."parentId", s."position",
           jsonb_build_object('id', s."id", 'position', s."position", 'kind', s."kind", 'command', s."command",
             'translations', coalesce((SELECT jsonb_agg(jsonb_build_object('locale', x."locale", 'text', x."text",
                 'source', x."source") ORDER BY x."locale") FROM "StepTranslation" x WHERE x."stepId" = s."id"), '[]'))
             AS doc
    FROM "ResolutionStep" s JOIN "Resolution" r ON r."id" = s."resolutionId"
    WHERE r."errorCodeId" = entry)
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
        'activationType', n.type, 'stepsMode', r."stepsMode",
        'translations', coalesce((SELECT jsonb_agg(jsonb_build_object('locale', x."locale", 'text', x."text",
            'source', x."source") ORDER BY x."locale") FROM "ResolutionTranslation" x WHERE x."resolutionId" = r."id"), '[]'),
        'steps', coalesce((SELECT jsonb_agg(s.doc || jsonb_build_object('steps',
              coalesce((SELECT jsonb_agg(c.doc || '{"steps": []}'::jsonb ORDER BY c."position")
                FROM steps c WHERE c."parentId" = s."id"), '[]'))
            ORDER BY s."position")
          FROM steps s WHERE s."resolutionId" = r."id" AND s."parentId" IS NULL), '[]'))
        ORDER BY r."position")
      FROM "Resolution" r LEFT JOIN names n ON n.key = r."activationTypeKey"
      WHERE r."errorCodeId" = e."id"), '[]'),
    'references', coalesce((SELECT jsonb_agg(jsonb_build_object('id', f."id", 'position', f."position",
        'kind', f."kind", 'url', f."url",
        'translations', coalesce((SELECT jsonb_agg(jsonb_build_object('locale', x."locale", 'title', x."title",
            'source', x."source") ORDER BY x."locale") FROM "ReferenceTranslation" x WHERE x."referenceId" = f."id"), '[]'))
        ORDER BY f."position")
      FROM "Reference" f WHERE f."errorCodeId" = e."id"), '[]'))
  FROM "ErrorCode" e WHERE e."id" = entry;
$$;

-- The documents readers see now were published before these fields existed: they get the defaults
-- (every resolution a sequence, no sub-steps, every reference "see also"), not a republish, which would
-- publish whatever unpublished draft an entry has. A field a document has already is kept.
UPDATE "PublishedEntry" p SET "document" = jsonb_set(jsonb_set(p."document",
  '{resolutions}', coalesce((SELECT jsonb_agg('{"stepsMode": "SEQUENCE"}'::jsonb || r || jsonb_build_object(
      'steps', coalesce((SELECT jsonb_agg('{"steps": []}'::jsonb || s ORDER BY i)
        FROM jsonb_array_elements(r->'steps') WITH ORDINALITY AS q(s, i)), '[]'))
    ORDER BY j) FROM jsonb_array_elements(p."document"->'resolutions') WITH ORDINALITY AS o(r, j)), '[]')),
  '{references}', coalesce((SELECT jsonb_agg('{"kind": "SEE_ALSO"}'::jsonb || f ORDER BY k)
    FROM jsonb_array_elements(p."document"->'references') WITH ORDINALITY AS o(f, k)), '[]'));
