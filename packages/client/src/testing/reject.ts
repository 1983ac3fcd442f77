// Tests assert on the KbApiError a call rejects with, and fail clearly when it resolves instead.
import { expect } from "vitest";
import { isKbApiError, type KbApiError } from "../kb-api-error.ts";

export async function rejection(promise: Promise<unknown>): Promise<KbApiError> {
  const error = await promise.then(
    () => new Error("expected the call to fail, but it succeeded"),
    (e: unknown) => e,
  );
  expect(isKbApiError(error), String(error)).toBe(true);
  return error as KbApiError;
}
