/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ActivationTypes($locale: Locale) {\n  activationTypes(locale: $locale) {\n    ...ActivationTypeFields\n  }\n}": typeof types.ActivationTypesDocument,
    "query DecodeHResult($code: String!) {\n  decodeHResult(code: $code) {\n    ...HResultFields\n  }\n}": typeof types.DecodeHResultDocument,
    "mutation SubmitFeedback($code: String!, $locale: Locale!, $helpful: Boolean!, $comment: String) {\n  submitFeedback(\n    code: $code\n    locale: $locale\n    helpful: $helpful\n    comment: $comment\n  )\n}": typeof types.SubmitFeedbackDocument,
    "fragment ActivationTypeFields on ActivationType {\n  key\n  name\n}\n\nfragment HResultFields on HResult {\n  hex\n  unsigned\n  signed\n  isFailure\n  severity\n  customer\n  reserved\n  reservedX\n  ntStatus\n  facility\n  facilityName\n  code\n  source\n  win32Error\n  win32Name\n}\n\nfragment ErrorCodeFull on ErrorCode {\n  code\n  title\n  message\n  summary\n  notes\n  servedLocale\n  isFallback\n  status\n  version\n  updatedAt\n  activationTypes {\n    key\n    name\n  }\n  causes {\n    id\n    position\n    text\n  }\n  resolutions {\n    id\n    position\n    text\n    activationType {\n      key\n      name\n    }\n    steps {\n      id\n      position\n      kind\n      text\n      command\n    }\n  }\n  references {\n    id\n    position\n    title\n    url\n  }\n  translations {\n    locale\n    title\n    message\n    status\n  }\n  hresult {\n    ...HResultFields\n  }\n  related {\n    code\n    title\n  }\n}\n\nfragment ErrorCodeSummary on ErrorCode {\n  code\n  title\n  summary\n  activationTypes {\n    key\n    name\n  }\n}\n\nfragment ErrorCodeListItem on ErrorCode {\n  code\n  title\n  summary\n  activationTypes {\n    key\n    name\n  }\n  translations {\n    locale\n    status\n  }\n}": typeof types.ActivationTypeFieldsFragmentDoc,
    "query ListErrorCodes($locale: Locale, $filter: ErrorCodeFilter, $first: Int, $after: String) {\n  errorCodes(locale: $locale, filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ErrorCodeListItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ListErrorCodesDocument,
    "query LookupErrorCode($code: String!, $locale: Locale) {\n  errorCode(code: $code, locale: $locale) {\n    ...ErrorCodeFull\n  }\n}": typeof types.LookupErrorCodeDocument,
    "query Search($query: String!, $locale: Locale, $first: Int) {\n  search(query: $query, locale: $locale, first: $first) {\n    rank\n    highlight\n    errorCode {\n      ...ErrorCodeSummary\n    }\n  }\n}": typeof types.SearchDocument,
};
const documents: Documents = {
    "query ActivationTypes($locale: Locale) {\n  activationTypes(locale: $locale) {\n    ...ActivationTypeFields\n  }\n}": types.ActivationTypesDocument,
    "query DecodeHResult($code: String!) {\n  decodeHResult(code: $code) {\n    ...HResultFields\n  }\n}": types.DecodeHResultDocument,
    "mutation SubmitFeedback($code: String!, $locale: Locale!, $helpful: Boolean!, $comment: String) {\n  submitFeedback(\n    code: $code\n    locale: $locale\n    helpful: $helpful\n    comment: $comment\n  )\n}": types.SubmitFeedbackDocument,
    "fragment ActivationTypeFields on ActivationType {\n  key\n  name\n}\n\nfragment HResultFields on HResult {\n  hex\n  unsigned\n  signed\n  isFailure\n  severity\n  customer\n  reserved\n  reservedX\n  ntStatus\n  facility\n  facilityName\n  code\n  source\n  win32Error\n  win32Name\n}\n\nfragment ErrorCodeFull on ErrorCode {\n  code\n  title\n  message\n  summary\n  notes\n  servedLocale\n  isFallback\n  status\n  version\n  updatedAt\n  activationTypes {\n    key\n    name\n  }\n  causes {\n    id\n    position\n    text\n  }\n  resolutions {\n    id\n    position\n    text\n    activationType {\n      key\n      name\n    }\n    steps {\n      id\n      position\n      kind\n      text\n      command\n    }\n  }\n  references {\n    id\n    position\n    title\n    url\n  }\n  translations {\n    locale\n    title\n    message\n    status\n  }\n  hresult {\n    ...HResultFields\n  }\n  related {\n    code\n    title\n  }\n}\n\nfragment ErrorCodeSummary on ErrorCode {\n  code\n  title\n  summary\n  activationTypes {\n    key\n    name\n  }\n}\n\nfragment ErrorCodeListItem on ErrorCode {\n  code\n  title\n  summary\n  activationTypes {\n    key\n    name\n  }\n  translations {\n    locale\n    status\n  }\n}": types.ActivationTypeFieldsFragmentDoc,
    "query ListErrorCodes($locale: Locale, $filter: ErrorCodeFilter, $first: Int, $after: String) {\n  errorCodes(locale: $locale, filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ErrorCodeListItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ListErrorCodesDocument,
    "query LookupErrorCode($code: String!, $locale: Locale) {\n  errorCode(code: $code, locale: $locale) {\n    ...ErrorCodeFull\n  }\n}": types.LookupErrorCodeDocument,
    "query Search($query: String!, $locale: Locale, $first: Int) {\n  search(query: $query, locale: $locale, first: $first) {\n    rank\n    highlight\n    errorCode {\n      ...ErrorCodeSummary\n    }\n  }\n}": types.SearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivationTypes($locale: Locale) {\n  activationTypes(locale: $locale) {\n    ...ActivationTypeFields\n  }\n}"): (typeof documents)["query ActivationTypes($locale: Locale) {\n  activationTypes(locale: $locale) {\n    ...ActivationTypeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DecodeHResult($code: String!) {\n  decodeHResult(code: $code) {\n    ...HResultFields\n  }\n}"): (typeof documents)["query DecodeHResult($code: String!) {\n  decodeHResult(code: $code) {\n    ...HResultFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitFeedback($code: String!, $locale: Locale!, $helpful: Boolean!, $comment: String) {\n  submitFeedback(\n    code: $code\n    locale: $locale\n    helpful: $helpful\n    comment: $comment\n  )\n}"): (typeof documents)["mutation SubmitFeedback($code: String!, $locale: Locale!, $helpful: Boolean!, $comment: String) {\n  submitFeedback(\n    code: $code\n    locale: $locale\n    helpful: $helpful\n    comment: $comment\n  )\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ActivationTypeFields on ActivationType {\n  key\n  name\n}\n\nfragment HResultFields on HResult {\n  hex\n  unsigned\n  signed\n  isFailure\n  severity\n  customer\n  reserved\n  reservedX\n  ntStatus\n  facility\n  facilityName\n  code\n  source\n  win32Error\n  win32Name\n}\n\nfragment ErrorCodeFull on ErrorCode {\n  code\n  title\n  message\n  summary\n  notes\n  servedLocale\n  isFallback\n  status\n  version\n  updatedAt\n  activationTypes {\n    key\n    name\n  }\n  causes {\n    id\n    position\n    text\n  }\n  resolutions {\n    id\n    position\n    text\n    activationType {\n      key\n      name\n    }\n    steps {\n      id\n      position\n      kind\n      text\n      command\n    }\n  }\n  references {\n    id\n    position\n    title\n    url\n  }\n  translations {\n    locale\n    title\n    message\n    status\n  }\n  hresult {\n    ...HResultFields\n  }\n  related {\n    code\n    title\n  }\n}\n\nfragment ErrorCodeSummary on ErrorCode {\n  code\n  title\n  summary\n  activationTypes {\n    key\n    name\n  }\n}\n\nfragment ErrorCodeListItem on ErrorCode {\n  code\n  title\n  summary\n  activationTypes {\n    key\n    name\n  }\n  translations {\n    locale\n    status\n  }\n}"): (typeof documents)["fragment ActivationTypeFields on ActivationType {\n  key\n  name\n}\n\nfragment HResultFields on HResult {\n  hex\n  unsigned\n  signed\n  isFailure\n  severity\n  customer\n  reserved\n  reservedX\n  ntStatus\n  facility\n  facilityName\n  code\n  source\n  win32Error\n  win32Name\n}\n\nfragment ErrorCodeFull on ErrorCode {\n  code\n  title\n  message\n  summary\n  notes\n  servedLocale\n  isFallback\n  status\n  version\n  updatedAt\n  activationTypes {\n    key\n    name\n  }\n  causes {\n    id\n    position\n    text\n  }\n  resolutions {\n    id\n    position\n    text\n    activationType {\n      key\n      name\n    }\n    steps {\n      id\n      position\n      kind\n      text\n      command\n    }\n  }\n  references {\n    id\n    position\n    title\n    url\n  }\n  translations {\n    locale\n    title\n    message\n    status\n  }\n  hresult {\n    ...HResultFields\n  }\n  related {\n    code\n    title\n  }\n}\n\nfragment ErrorCodeSummary on ErrorCode {\n  code\n  title\n  summary\n  activationTypes {\n    key\n    name\n  }\n}\n\nfragment ErrorCodeListItem on ErrorCode {\n  code\n  title\n  summary\n  activationTypes {\n    key\n    name\n  }\n  translations {\n    locale\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListErrorCodes($locale: Locale, $filter: ErrorCodeFilter, $first: Int, $after: String) {\n  errorCodes(locale: $locale, filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ErrorCodeListItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ListErrorCodes($locale: Locale, $filter: ErrorCodeFilter, $first: Int, $after: String) {\n  errorCodes(locale: $locale, filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ErrorCodeListItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LookupErrorCode($code: String!, $locale: Locale) {\n  errorCode(code: $code, locale: $locale) {\n    ...ErrorCodeFull\n  }\n}"): (typeof documents)["query LookupErrorCode($code: String!, $locale: Locale) {\n  errorCode(code: $code, locale: $locale) {\n    ...ErrorCodeFull\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($query: String!, $locale: Locale, $first: Int) {\n  search(query: $query, locale: $locale, first: $first) {\n    rank\n    highlight\n    errorCode {\n      ...ErrorCodeSummary\n    }\n  }\n}"): (typeof documents)["query Search($query: String!, $locale: Locale, $first: Int) {\n  search(query: $query, locale: $locale, first: $first) {\n    rank\n    highlight\n    errorCode {\n      ...ErrorCodeSummary\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;