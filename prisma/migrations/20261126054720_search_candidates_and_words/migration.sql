-- CreateTable
CREATE TABLE "SearchMatch" (
    "errorCodeId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "status" "EntryStatus" NOT NULL,
    "weight" REAL NOT NULL,
    "title" tsvector NOT NULL,
    "terms" tsvector NOT NULL,

    CONSTRAINT "SearchMatch_pkey" PRIMARY KEY ("errorCodeId","locale")
);

-- CreateTable
CREATE TABLE "SearchWord" (
    "locale" "Locale" NOT NULL,
    "key" TEXT NOT NULL,
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("locale","key")
);

-- CreateIndex
CREATE INDEX "SearchMatch_terms_idx" ON "SearchMatch" USING GIN ("terms");

-- CreateIndex
CREATE INDEX "SearchMatch_title_idx" ON "SearchMatch" USING GIN ("title");

-- CreateIndex
CREATE INDEX "SearchWord_key_trgm_idx" ON "SearchWord" USING GIN ("key" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "SearchMatch" ADD CONSTRAINT "SearchMatch_errorCodeId_fkey" FOREIGN KEY ("errorCodeId") REFERENCES "ErrorCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Text as the search parser should read it. "slmgr.vbs" would be one file token, never matching
-- "slmgr": the dot of a script or program name becomes chr(1). "<kms_host_name>" would be an HTML tag,
-- dropped from documents and highlights: the angle brackets become chr(2) and chr(3). Control
-- characters are separators for the parser on every locale; the API maps them back in highlights.
CREATE FUNCTION kb_search_text(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(
    regexp_replace(t, '([[:alnum:]_])\.(vbs|exe|cmd|bat|ps1|msc|cpl|wsf|msi)\M', '\1' || chr(1) || '\2', 'gi'),
    '<>', chr(2) || chr(3))
$$;

-- The words of a text for the vocabulary: runs of letters (accented Latin ones included on every
-- locale setting) of 3 to 40 characters.
CREATE FUNCTION kb_search_words(t text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT DISTINCT w FROM regexp_split_to_table(lower(t), '[^a-zA-ZÀ-ÖØ-öø-ÿŒœ]+') AS w
  WHERE length(w) BETWEEN 3 AND 40
$$;

-- Rebuilds the search rows of one entry from its texts (SearchDocument to rank and highlight,
-- SearchMatch to find candidates) and adds its words to the vocabulary; words it no longer has are
-- dropped from the vocabulary when no other document of the locale has them. Every writer calls this
-- one function.
DROP FUNCTION kb_refresh_search(uuid);
CREATE FUNCTION kb_refresh_search(entry uuid) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  gone text[];
BEGIN
  gone := ARRAY(SELECT DISTINCT d."locale"::text || ':' || lower(unaccent(w))
                FROM "SearchDocument" d CROSS JOIN LATERAL kb_search_words(d."body") AS w
                WHERE d."errorCodeId" = entry);
  DELETE FROM "SearchDocument" WHERE "errorCodeId" = entry;
  INSERT INTO "SearchDocument" ("errorCodeId", "locale", "document", "body")
  SELECT t."errorCodeId", t."locale",
         -- concat_ws skips a missing field (a translation may lack some) instead of losing the row.
         setweight(to_tsvector(kb_search_config(t."locale"), kb_search_text(coalesce(t."title", ''))), 'A')
      || setweight(to_tsvector(kb_search_config(t."locale"), kb_search_text(concat_ws(' ', t."summary", t."message"))), 'B')
      || setweight(to_tsvector(kb_search_config(t."locale"), kb_search_text(concat_ws(' ', t."notes", x.details))), 'C'),
         -- Each line once: a resolution's text repeated as a step would repeat in every snippet.
         coalesce((SELECT string_agg(l, E'\n' ORDER BY n)
            FROM (SELECT l, min(n) AS n
                    FROM unnest(string_to_array(concat_ws(E'\n', t."title", t."message", x.details), E'\n'))
                         WITH ORDINALITY AS u(l, n)
                   WHERE btrim(l) <> '' GROUP BY l) AS lines), '')
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

  DELETE FROM "SearchMatch" WHERE "errorCodeId" = entry;
  INSERT INTO "SearchMatch" ("errorCodeId", "locale", "status", "weight", "title", "terms")
  SELECT d."errorCodeId", d."locale", e."status",
         (1.0 / (1.0 + length(d."body") / 1000.0))::real,
         strip(to_tsvector(kb_search_config(d."locale"), kb_search_text(split_part(d."body", E'\n', 1)))),
         strip(d."document")
  FROM "SearchDocument" d JOIN "ErrorCode" e ON e."id" = d."errorCodeId"
  WHERE d."errorCodeId" = entry;

  -- Sorted, so that two refreshes adding the same new words lock them in the same order.
  INSERT INTO "SearchWord" ("locale", "key", "word")
  SELECT DISTINCT ON (d."locale", lower(unaccent(w))) d."locale", lower(unaccent(w)), w
  FROM "SearchDocument" d CROSS JOIN LATERAL kb_search_words(d."body") AS w
  WHERE d."errorCodeId" = entry
  ORDER BY d."locale", lower(unaccent(w)), w
  ON CONFLICT DO NOTHING;

  -- Words this entry no longer has; dropped when no other document of the locale has them (a stop word
  -- has no lexeme to look for and stays).
  gone := ARRAY(SELECT unnest(gone)
                EXCEPT
                SELECT d."locale"::text || ':' || lower(unaccent(w))
                FROM "SearchDocument" d CROSS JOIN LATERAL kb_search_words(d."body") AS w
                WHERE d."errorCodeId" = entry);
  IF cardinality(gone) > 0 THEN
    DELETE FROM "SearchWord" s
    USING (SELECT split_part(x, ':', 1)::"Locale" AS locale, substr(x, strpos(x, ':') + 1) AS key
           FROM unnest(gone) AS x) g
    CROSS JOIN LATERAL (SELECT plainto_tsquery(kb_search_config(g.locale), g.key) AS q) p
    WHERE s."locale" = g.locale AND s."key" = g.key
      AND CASE WHEN numnode(p.q) = 0 THEN false
               ELSE NOT EXISTS (SELECT 1 FROM "SearchMatch" m WHERE m."locale" = g.locale AND m."terms" @@ p.q)
          END;
  END IF;
END
$$;

-- A status change (publish, unpublish, archive) reaches the candidates without a refresh.
CREATE FUNCTION kb_search_status() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SearchMatch" SET "status" = NEW."status" WHERE "errorCodeId" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER kb_search_status_changed
  AFTER UPDATE OF "status" ON "ErrorCode"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status")
  EXECUTE FUNCTION kb_search_status();

-- Existing entries get their new rows.
SELECT count(kb_refresh_search("id")) FROM "ErrorCode";
