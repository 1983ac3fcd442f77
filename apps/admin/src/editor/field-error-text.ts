// A validation error in the admin's language, from its stable code and parameters (the API's own
// message is English only, kept for codes this admin does not know yet).
import type { Messages } from "../i18n/messages/index.ts";
import type { Translator } from "../i18n/translator.ts";
import type { FieldError } from "../lib/action-result.ts";

type Code = keyof Messages["drafts"]["errors"];

export function fieldErrorText(error: FieldError, t: Translator): string {
  // A link that is not a web address gets its own wording ("Not a valid url." says too little).
  const code = (
    error.code === "INVALID_FORMAT" && error.params.format === "url" ? "INVALID_URL" : error.code
  ) as Code;
  if (!t.has(`drafts.errors.${code}`)) return error.message;
  const params = Object.fromEntries(
    Object.entries(error.params).map(([name, value]) => [name, String(value)]),
  );
  // The API's parameters are untyped: each code's text uses the ones that code defines (max, format, keys).
  return t(`drafts.errors.${code}`, params as never);
}
