// A validation error in the admin's language, from its stable code and parameters (the API's own
// message is English only, kept for codes this admin does not know yet).
import type { Dictionary } from "../i18n/dictionary.ts";
import { fill } from "../i18n/locale.ts";
import type { FieldError } from "../lib/action-result.ts";

export function fieldErrorText(error: FieldError, t: Dictionary): string {
  // A link that is not a web address gets its own wording ("Not a valid url." says too little).
  const code = error.code === "INVALID_FORMAT" && error.params.format === "url" ? "INVALID_URL" : error.code;
  const template = t.drafts.errors[code];
  return template ? fill(template, error.params) : error.message;
}
