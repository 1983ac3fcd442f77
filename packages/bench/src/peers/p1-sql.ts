// P1's reads: one hand-written statement per operation that returns the response body itself, shaped
// like the API's answer (PostgreSQL builds the JSON; Node only writes it out).

/** One entry in locale $2, as Q1 and Q2 select it from the API. */
const ENTRY = `json_build_object(
  'code', e."code", 'title', t."title", 'message', t."message",
  'activationTypes', coalesce((
    SELECT json_agg(json_build_object('key', a."activationTypeKey", 'name', n."name") ORDER BY a."position")
    FROM "ErrorCodeActivationType" a
    JOIN "ActivationTypeTranslation" n ON n."activationTypeKey" = a."activationTypeKey" AND n."locale" = $2::"Locale"
    WHERE a."errorCodeId" = e."id"), '[]'),
  'causes', coalesce((
    SELECT json_agg(json_build_object('text', ct."text") ORDER BY c."position")
    FROM "Cause" c JOIN "CauseTranslation" ct ON ct."causeId" = c."id" AND ct."locale" = $2::"Locale"
    WHERE c."errorCodeId" = e."id"), '[]'),
  'resolutions', coalesce((
    SELECT json_agg(json_build_object('text', rt."text", 'steps', coalesce((
        SELECT json_agg(json_build_object('kind', s."kind", 'text', st."text", 'command', s."command") ORDER BY s."position")
        FROM "ResolutionStep" s
        LEFT JOIN "StepTranslation" st ON st."stepId" = s."id" AND st."locale" = $2::"Locale"
        WHERE s."resolutionId" = r."id"), '[]')) ORDER BY r."position")
    FROM "Resolution" r JOIN "ResolutionTranslation" rt ON rt."resolutionId" = r."id" AND rt."locale" = $2::"Locale"
    WHERE r."errorCodeId" = e."id"), '[]'))`;

const TRANSLATION = `JOIN "ErrorCodeTranslation" t ON t."errorCodeId" = e."id" AND t."locale" = $2::"Locale"`;

/** $1 code (canonical), $2 locale. */
export const Q1 = `SELECT json_build_object('data', json_build_object('errorCode', (
  SELECT ${ENTRY} FROM "ErrorCode" e ${TRANSLATION}
  WHERE e."code" = $1 AND e."status" = 'PUBLISHED')))::text AS body`;

/** $1 page size, $2 locale: the first page in code order. */
export const Q2 = `SELECT json_build_object('data', json_build_object('errorCodes', json_build_object('edges',
  coalesce(json_agg(json_build_object('node', ${ENTRY}) ORDER BY e."code"), '[]'))))::text AS body
  FROM (SELECT * FROM "ErrorCode" WHERE "status" = 'PUBLISHED' ORDER BY "code" LIMIT $1) e ${TRANSLATION}`;

/** $1 words, $2 locale, $3 hits: bench.search is the API's full-text SQL (see bench-schema.ts). */
export const Q3 = `SELECT json_build_object('data', json_build_object('search', coalesce(json_agg(json_build_object(
  'rank', h.rank, 'highlight', h.highlight,
  'errorCode', json_build_object('code', e."code", 'title', t."title", 'summary', t."summary",
    'activationTypes', coalesce((
      SELECT json_agg(json_build_object('key', a."activationTypeKey", 'name', n."name") ORDER BY a."position")
      FROM "ErrorCodeActivationType" a
      JOIN "ActivationTypeTranslation" n ON n."activationTypeKey" = a."activationTypeKey" AND n."locale" = $2::"Locale"
      WHERE a."errorCodeId" = e."id"), '[]')))
  ORDER BY h.rank DESC, e."code"), '[]')))::text AS body
  FROM bench.search($1, $2::"Locale", $3) h JOIN "ErrorCode" e ON e."id" = h.error_code_id ${TRANSLATION}`;
