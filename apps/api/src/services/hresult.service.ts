import { decodeHResult } from "@kb/codes";
import { parseCodeArg } from "./error-code.service.ts";

/** Decodes any code; what is no code at all is a BAD_USER_INPUT error. */
export function decode(input: string) {
  return decodeHResult(parseCodeArg(input).unsigned);
}
