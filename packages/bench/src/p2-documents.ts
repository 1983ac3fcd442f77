// The same questions in PostGraphile v4's generated schema (tables and foreign keys as they are; names
// from its default inflector). Translation rows are filtered to the asked locale with `condition`,
// ordered lists with orderBy POSITION_ASC; published entries only, as the API serves them.
// "ErrorCode"."code" is unique through an index, not a constraint, so PostGraphile generates no
// errorCodeByCode: Q1 is a one-row list filtered on the code.

/** Hits per search, in every peer's Q3 (the API's document, P1's SQL call, PostGraphile's document). */
export const HITS = 10;

const ENTRY = `fragment Entry on ErrorCode {
  code
  errorCodeTranslationsByErrorCodeIdList(condition: { locale: $loc }) { title message }
  errorCodeActivationTypesByErrorCodeIdList(orderBy: POSITION_ASC) {
    activationTypeKey
    activationTypeByActivationTypeKey {
      activationTypeTranslationsByActivationTypeKeyList(condition: { locale: $loc }) { name }
    }
  }
  causesByErrorCodeIdList(orderBy: POSITION_ASC) {
    causeTranslationsByCauseIdList(condition: { locale: $loc }) { text }
  }
  resolutionsByErrorCodeIdList(orderBy: POSITION_ASC) {
    resolutionTranslationsByResolutionIdList(condition: { locale: $loc }) { text }
    resolutionStepsByResolutionIdList(orderBy: POSITION_ASC) {
      kind
      command
      stepTranslationsByStepIdList(condition: { locale: $loc }) { text }
    }
  }
}`;

export const P2_DOCUMENTS = {
  Q1: `query Q1($code: String!, $loc: Locale!) {
  allErrorCodesList(condition: { code: $code, status: PUBLISHED }) { ...Entry }
} ${ENTRY}`,
  Q2: `query Q2($first: Int!, $loc: Locale!) {
  allErrorCodesList(condition: { status: PUBLISHED }, orderBy: CODE_ASC, first: $first) { ...Entry }
} ${ENTRY}`,
  // bench.search (bench-schema.ts) runs the API's full-text SQL; its rows point at their entry.
  Q3: `query Q3($q: String!, $loc: Locale!) {
  searchList(q: $q, loc: $loc, lim: ${HITS}) {
    rank
    highlight
    errorCodeByErrorCodeId {
      code
      errorCodeTranslationsByErrorCodeIdList(condition: { locale: $loc }) { title summary }
      errorCodeActivationTypesByErrorCodeIdList(orderBy: POSITION_ASC) {
        activationTypeKey
        activationTypeByActivationTypeKey {
          activationTypeTranslationsByActivationTypeKeyList(condition: { locale: $loc }) { name }
        }
      }
    }
  }
}`,
};
