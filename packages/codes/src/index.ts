export { CodeParseError, MAX_INPUT_LENGTH } from "./code-parse-error.ts";
export { toCanonical, UINT32_MAX, INT32_MIN } from "./canonical.ts";
export type { ParsedCode } from "./canonical.ts";
export { parseCode, tryParseCode } from "./parse-code.ts";
export { decodeHResult } from "./hresult.ts";
export type { HResult } from "./hresult.ts";
export { facilityName, facilityNames, facilityByName } from "./facilities.ts";
export { win32ErrorName, knownWin32Errors } from "./win32-errors.ts";
export { codeSource } from "./sources.ts";
