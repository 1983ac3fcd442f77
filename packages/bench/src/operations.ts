// The four questions, as the API, P1 and P0 receive them (the same GraphQL request bodies) and as
// PostGraphile's generated schema asks them, with what each answer must contain.
import type pg from "pg";
import type { OpName } from "./options.ts";
import { HITS, P2_DOCUMENTS } from "./p2-documents.ts";

export const LOOKUP_CODE = "0xC004F074";
export const PAGE_SIZE = 50;
export const SEARCHES = [
  { query: "période de grâce", locale: "FR" },
  { query: "grace period expired", locale: "EN" },
] as const;

const NESTED =
  "code title message activationTypes { key name } causes { text } resolutions { text steps { kind text command } }";
const API_DOCUMENTS = {
  Q1: `query Q1($code: String!, $locale: Locale) { errorCode(code: $code, locale: $locale) { ${NESTED} } }`,
  Q2: `query Q2($first: Int, $locale: Locale) { errorCodes(first: $first, locale: $locale) { edges { node { ${NESTED} } } } }`,
  Q3: `query Q3($query: String!, $locale: Locale) { search(query: $query, locale: $locale, first: ${HITS}) { rank highlight errorCode { code title summary activationTypes { key name } } } }`,
  Q4: `mutation Q4($id: String!, $expectedVersion: Int!, $input: ErrorCodeInput!) { updateErrorCode(id: $id, expectedVersion: $expectedVersion, input: $input) { code version } }`,
};

export interface Request {
  body: string;
  /** Strings (JSON-escaped) the answer must contain. */
  expect: string[];
}

export interface OperationPlan {
  name: OpName;
  label: string;
  /** For the API, P1 and P0; requests alternate when there are several. */
  api: Request[];
  /** For PostGraphile; null when it cannot ask the question (`why` says why). */
  p2: Request[] | null;
  why?: string;
}

export const gqlBody = (name: OpName, variables: object, document = API_DOCUMENTS[name]) =>
  JSON.stringify({ operationName: name, query: document, variables });
const json = (text: string) => JSON.stringify(text).slice(1, -1);

async function frenchTitle(db: pg.Client, code: string): Promise<string> {
  const res = await db.query(
    `SELECT t."title" FROM "ErrorCodeTranslation" t JOIN "ErrorCode" e ON e."id" = t."errorCodeId"
     WHERE e."code" = $1 AND t."locale" = 'FR'`,
    [code],
  );
  return json(res.rows[0].title as string);
}

/** Q4's request with the entry's current version (the save driver rebuilds it for every request). */
export function saveBody(input: object & { code: string }, expectedVersion: number): string {
  return gqlBody("Q4", { id: input.code, expectedVersion, input });
}

export async function planOperations(db: pg.Client, ops: OpName[], large: boolean): Promise<OperationPlan[]> {
  const title = await frenchTitle(db, LOOKUP_CODE);
  const plans: OperationPlan[] = [];
  if (ops.includes("Q1") && !large) {
    const expect = [LOOKUP_CODE, title];
    plans.push({
      name: "Q1",
      label: `Q1 lookup ${LOOKUP_CODE} (FR)`,
      api: [{ body: gqlBody("Q1", { code: LOOKUP_CODE, locale: "FR" }), expect }],
      p2: [{ body: gqlBody("Q1", { code: LOOKUP_CODE, loc: "FR" }, P2_DOCUMENTS.Q1), expect }],
    });
  }
  if (ops.includes("Q2")) {
    const codes = await db.query(
      `SELECT "code" FROM "ErrorCode" WHERE "status" = 'PUBLISHED' ORDER BY "code" LIMIT $1`,
      [PAGE_SIZE],
    );
    const expect = [...codes.rows.map((r) => r.code as string), title];
    plans.push({
      name: "Q2",
      label: `Q2 page of ${codes.rowCount} codes (FR)`,
      api: [{ body: gqlBody("Q2", { first: PAGE_SIZE, locale: "FR" }), expect }],
      p2: [{ body: gqlBody("Q2", { first: PAGE_SIZE, loc: "FR" }, P2_DOCUMENTS.Q2), expect }],
    });
  }
  if (ops.includes("Q3")) {
    const requests = await Promise.all(
      SEARCHES.map(async ({ query, locale }) => {
        const hits = await db.query(
          `SELECT e."code" FROM bench.search($1, $2, $3) h JOIN "ErrorCode" e ON e."id" = h.error_code_id`,
          [query, locale, HITS],
        );
        const expect = ["<mark>", ...hits.rows.map((r) => r.code as string)];
        return {
          api: { body: gqlBody("Q3", { query, locale }), expect },
          p2: { body: gqlBody("Q3", { q: query, loc: locale }, P2_DOCUMENTS.Q3), expect },
        };
      }),
    );
    plans.push({
      name: "Q3",
      label: `Q3 search FR + EN, ${HITS} hits`,
      api: requests.map((r) => r.api),
      p2: requests.map((r) => r.p2),
    });
  }
  if (ops.includes("Q4") && !large) {
    plans.push({
      name: "Q4",
      label: "Q4 save of a whole entry",
      api: [], // built by the save driver, which knows the versions
      p2: null,
      why: "PostGraphile's generated CRUD mutations save one row per mutation field; a whole entry is a dozen tables",
    });
  }
  return plans;
}

/** What is wrong with an answer, or null. */
export function checkAnswer(text: string, expect: string[]): string | null {
  if (text.includes('"errors":')) return `errors in the answer: ${text.slice(0, 300)}`;
  const missing = expect.filter((e) => !text.includes(e));
  return missing.length ? `the answer lacks ${missing.slice(0, 3).join(", ")}: ${text.slice(0, 300)}` : null;
}
