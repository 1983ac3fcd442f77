// The API's reading of a `code` argument: every form @kb/codes parses, or a symbolic name from the
// catalogue ("ERROR_ACCESS_DENIED", "e_fail"). What is neither is a BAD_USER_INPUT error saying what
// was expected. Kept apart from the services so that each of them can import it without a cycle.
import { CodeParseError } from "@kb/codes";
import { parseCodeOrName } from "@kb/codes/catalogue";
import { AppError } from "../errors.ts";

/** Parses what a person pasted or typed; anything that is no code is a BAD_USER_INPUT error. */
export function parseCodeArg(input: string, argument = "code") {
  try {
    return parseCodeOrName(input);
  } catch (error) {
    if (error instanceof CodeParseError) throw new AppError("BAD_USER_INPUT", error.message, { argument });
    throw error;
  }
}
