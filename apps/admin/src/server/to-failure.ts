// Turns what the API refused into an ActionResult failure the client can act on.
import { isKbApiError } from "@kb/client";
import type { Failure, FieldError } from "../lib/action-result.ts";
import { canonicalPath } from "../lib/paths.ts";

function fieldsOf(extensions: Record<string, unknown>): FieldError[] {
  const raw = Array.isArray(extensions.fields) ? extensions.fields : [];
  return raw
    .filter(
      (f): f is { path: string; message?: unknown; code?: unknown; params?: unknown } =>
        typeof f?.path === "string",
    )
    .map((f) => ({
      // Paths with item ids stay as they are; positional ones ("causes.1.fr") take the bracket form.
      path: f.path.includes("[") ? f.path : canonicalPath(f.path),
      code: typeof f.code === "string" ? f.code : "INVALID",
      params: f.params && typeof f.params === "object" ? (f.params as FieldError["params"]) : {},
      message: String(f.message ?? ""),
    }));
}

export function toFailure(error: unknown): Failure {
  if (!isKbApiError(error)) throw error;
  const { code, message, extensions } = error;
  switch (code) {
    case "UNAUTHENTICATED":
      return { ok: false, kind: "unauthenticated", message };
    case "FORBIDDEN":
      return { ok: false, kind: "forbidden", message };
    case "NOT_FOUND":
      return { ok: false, kind: "not-found", message };
    case "CONFLICT":
      return { ok: false, kind: "conflict", message };
    case "BAD_USER_INPUT": {
      const argument = typeof extensions.argument === "string" ? extensions.argument : undefined;
      const reason = typeof extensions.reason === "string" ? extensions.reason : undefined;
      return { ok: false, kind: "invalid", message, fields: fieldsOf(extensions), argument, reason };
    }
    default:
      return { ok: false, kind: "error", message, code: error.status === 413 ? "TOO_LARGE" : code };
  }
}

/** Runs one API call for an action, mapping refusals to failures. */
export async function attempt<T>(fn: () => Promise<T>): Promise<{ ok: true; data: T } | Failure> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    return toFailure(error);
  }
}
