import { explainCode } from "@kb/codes/catalogue";
import { parseCodeArg } from "./code-arg.ts";

/** Decodes any code or symbolic name; what is neither is a BAD_USER_INPUT error. */
export function decode(input: string) {
  return explainCode(parseCodeArg(input).unsigned);
}

/** The names of a canonical code the base holds no entry for (the editors' backlog). */
export function namesOfCode(hex: string) {
  return explainCode(Number.parseInt(hex, 16)).names;
}
