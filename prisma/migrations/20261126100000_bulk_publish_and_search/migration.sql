-- Publishing and search refresh of many entries at once (an import of thousands): the same work as the
-- one-entry functions, as set-based statements over an array of ids. The one-entry forms now call these,
-- so there is one definition of each.

-- Rebuilds the search rows of these entries from their texts (SearchDocument to rank and highlight,
-- SearchMatch to find candidates) and adds their words to the vocabulary; words they no longer have are
-- dropped from the vocabulary when no document of the locale has them. Every writer calls this.
CREATE FUNCTION kb_refresh_search(entries uuid[]) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  gone text[];
BEGIN
  gone := ARRAY(SELECT DISTINCT d."locale"::text || ':' || lower(unaccent(w))
                FROM "SearchDocument" d CROSS JOIN LATERAL kb_search_words(d."body") AS w
                WHERE d."errorCodeId" = ANY(entries));
  DELETE FROM "SearchDocument" WHERE "errorCodeId" = ANY(entries);
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
        WHERE c."errorCodeId" = t."errorCodeId"),
      (SELECT string_agg(rt."text", E'\n' ORDER BY r."position")
         FROM "Resolution" r JOIN "ResolutionTranslation" rt ON rt."resolutionId" = r."id" AND rt."locale" = t."locale"
        WHERE r."errorCodeId" = t."errorCodeId"),
      (SELECT string_agg(coalesce(st."text", s."command"), E'\n' ORDER BY r."position", s."position")
         FROM "Resolution" r JOIN "ResolutionStep" s ON s."resolutionId" = r."id"
         LEFT JOIN "StepTranslation" st ON st."stepId" = s."id" AND st."locale" = t."locale"
        WHERE r."errorCodeId" = t."errorCodeId")
    ) AS details
  ) x
  WHERE t."errorCodeId" = ANY(entries);

  DELETE FROM "SearchMatch" WHERE "errorCodeId" = ANY(entries);
  INSERT INTO "SearchMatch" ("errorCodeId", "locale", "status", "weight", "title", "terms")
  SELECT d."errorCodeId", d."locale", e."status",
         (1.0 / (1.0 + length(d."body") / 1000.0))::real,
         strip(to_tsvector(kb_search_config(d."locale"), kb_search_text(split_part(d."body", E'\n', 1)))),
         strip(d."document")
  FROM "SearchDocument" d JOIN "ErrorCode" e ON e."id" = d."errorCodeId"
  WHERE d."errorCodeId" = ANY(entries);

  -- The words of the new documents, split once: added to the vocabulary (sorted, so that two refreshes
  -- adding the same new words lock them in the same order), and taken out of the words gone.
  WITH words AS MATERIALIZED (
    SELECT DISTINCT d."locale", lower(unaccent(w)) AS "key", w AS "word"
    FROM "SearchDocument" d CROSS JOIN LATERAL kb_search_words(d."body") AS w
    WHERE d."errorCodeId" = ANY(entries)),
  added AS (
    INSERT INTO "SearchWord" ("locale", "key", "word")
    SELECT DISTINCT ON ("locale", "key") "locale", "key", "word" FROM words
    ORDER BY "locale", "key", "word"
    ON CONFLICT DO NOTHING)
  SELECT ARRAY(SELECT unnest(gone) EXCEPT SELECT "locale"::text || ':' || "key" FROM words) INTO gone;

  -- Words the entries no longer have; dropped when no document of the locale has them (a stop word has
  -- no lexeme to look for and stays).
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

CREATE OR REPLACE FUNCTION kb_refresh_search(entry uuid) RETURNS void
  LANGUAGE sql AS $$
  SELECT kb_refresh_search(ARRAY[entry]);
$$;

-- Publishes the working drafts as they are: the readers' documents, the search documents, and each
-- entry's published version, in the caller's transaction.
CREATE FUNCTION kb_publish(entries uuid[]) RETURNS void
  LANGUAGE sql AS $$
  UPDATE "ErrorCode" SET "status" = 'PUBLISHED', "publishedVersion" = "version", "publishedAt" = now(),
    "reviewRequestedAt" = NULL, "reviewRequestedById" = NULL
  WHERE "id" = ANY(entries);
  INSERT INTO "PublishedEntry" ("errorCodeId", "code", "version", "publishedAt", "activationTypes",
    "title", "summary", "message", "document")
  SELECT e."id", e."code", e."version", now(),
    ARRAY(SELECT l."activationTypeKey"::text FROM "ErrorCodeActivationType" l WHERE l."errorCodeId" = e."id"
          ORDER BY l."position"),
    en."title", en."summary", en."message", kb_entry_document(e."id")
  FROM "ErrorCode" e JOIN "ErrorCodeTranslation" en ON en."errorCodeId" = e."id" AND en."locale" = 'EN'
  WHERE e."id" = ANY(entries)
  ON CONFLICT ("errorCodeId") DO UPDATE SET "version" = excluded."version",
    "publishedAt" = excluded."publishedAt", "activationTypes" = excluded."activationTypes",
    "title" = excluded."title", "summary" = excluded."summary", "message" = excluded."message",
    "document" = excluded."document";
  SELECT kb_refresh_search(entries);
$$;

CREATE OR REPLACE FUNCTION kb_publish(entry uuid) RETURNS void
  LANGUAGE sql AS $$
  SELECT kb_publish(ARRAY[entry]);
$$;
