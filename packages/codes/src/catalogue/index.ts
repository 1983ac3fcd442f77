// @kb/codes/catalogue: the generated catalogue of Windows error names. A separate entry from @kb/codes so
// that browser bundles which only parse codes (the admin's code field) do not carry its data.
export {
  catalogueSize,
  loadCatalogue,
  lookupName,
  namesForValue,
  unnamedReason,
  SOURCES,
} from "./catalogue.ts";
export type { SymbolicName, SymbolicNameKind } from "./catalogue.ts";
export { explainCode } from "./explain-code.ts";
export { dosErrorOf, ntStatusesGiving, ntStatusMapSize } from "./nt-status-map.ts";
export type { DosError } from "./nt-status-map.ts";
export type { CodeExplanation, Interpretation, Relation } from "./explain-code.ts";
export { parseCodeOrName } from "./parse-code-or-name.ts";
export type { ParsedCodeOrName } from "./parse-code-or-name.ts";
