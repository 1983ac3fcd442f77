// Checks an entry coming from a client. Every problem comes back in one answer, each with its field
// path, a stable code and its parameters, so that the admin can show them in the editor's language.
import { entrySchema, type Entry } from "@kb/db";
import type { z } from "zod";
import { AppError } from "../../errors.ts";
import { parseCodeArg } from "../code-arg.ts";

export type FieldErrorCode =
  | "REQUIRED"
  | "EMPTY"
  | "TOO_LONG"
  | "INVALID_FORMAT"
  | "INVALID_VALUE"
  | "UNKNOWN_FIELD"
  | "DUPLICATE"
  | "INVALID";

export interface FieldError {
  path: string;
  code: FieldErrorCode;
  params: Record<string, string | number>;
  message: string;
}

/** GraphQL inputs carry null for what a client left out; the entry format leaves such keys out. */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, dropNulls(v)]),
    );
  }
  return value;
}

function classify(issue: z.core.$ZodIssue): Pick<FieldError, "code" | "params"> {
  switch (issue.code) {
    case "invalid_type":
      return { code: issue.input === undefined ? "REQUIRED" : "INVALID_VALUE", params: {} };
    case "too_small":
      return { code: "EMPTY", params: {} };
    case "too_big":
      return { code: "TOO_LONG", params: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { code: "INVALID_FORMAT", params: { format: issue.format } };
    case "invalid_value":
    case "invalid_union":
      return { code: "INVALID_VALUE", params: {} };
    case "unrecognized_keys":
      return { code: "UNKNOWN_FIELD", params: { keys: issue.keys.join(", ") } };
    case "custom":
      return { code: issue.params?.code === "DUPLICATE" ? "DUPLICATE" : "INVALID", params: {} };
    default:
      return { code: "INVALID", params: {} };
  }
}

const describePath = (path: readonly PropertyKey[]) =>
  path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");

export function validateEntry(input: unknown): Entry {
  const raw = dropNulls(input) as Record<string, unknown> | undefined;
  if (raw && typeof raw.code === "string") raw.code = parseCodeArg(raw.code, "input.code").hex;
  // An empty French block is no translation yet.
  if (raw?.fr && typeof raw.fr === "object" && Object.keys(raw.fr).length === 0) delete raw.fr;
  const result = entrySchema.safeParse(raw);
  if (!result.success) {
    const fields: FieldError[] = result.error.issues.map((i) => ({
      path: i.path.join("."),
      ...classify(i),
      message: i.message,
    }));
    // One line per problem, naming the field as a person reads it: "references[0].url must be …".
    const message = fields
      .map((f, i) => `${describePath(result.error.issues[i]!.path) || "(entry)"} ${f.message}`)
      .join("\n");
    throw new AppError("BAD_USER_INPUT", `The entry is not valid:\n${message}`, { fields });
  }
  return result.data;
}
