"use server";
// Saving, creating, publishing and restoring entries. Server actions only (see auth.actions.ts for why
// that is the CSRF boundary); each call carries the editor's own session, and the API authorizes it.
import {
  ArchiveEntryDocument,
  ConfirmTranslationsDocument,
  CreateEntryDocument,
  DiscardDraftDocument,
  EntryRevisionsDocument,
  EntrySourceDocument,
  PublishEntryDocument,
  RestoreEntryRevisionDocument,
  SubmitForReviewDocument,
  UnpublishEntryDocument,
  UpdateEntryDocument,
  type EditableEntryFragment,
  type ErrorCodeInput,
  type KbClient,
} from "@kb/client";
import type { ActionResult, Failure } from "../../lib/action-result.ts";
import { apiClient } from "../../server/api.ts";
import { attempt } from "../../server/to-failure.ts";

type EntryResult = Promise<ActionResult<EditableEntryFragment>>;

/** A CONFLICT says only "not the current version": add what the editor needs to decide. */
async function explainConflict(client: KbClient, code: string, since: number, failure: Failure) {
  if (failure.kind !== "conflict") return failure;
  const details = await attempt(async () => {
    const [{ errorCodeSource: current }, { revisions }] = await Promise.all([
      client.request(EntrySourceDocument, { id: code }),
      client.request(EntryRevisionsDocument, { id: code }),
    ]);
    return current && { current, revisions: revisions.filter((r) => r.version > since) };
  });
  return details.ok && details.data ? { ...failure, conflict: details.data } : failure;
}

export async function saveEntryAction(
  code: string,
  expectedVersion: number,
  input: ErrorCodeInput,
  summary: string,
): EntryResult {
  const client = await apiClient();
  const variables = {
    id: String(code),
    expectedVersion: Number(expectedVersion),
    input,
    summary: summary || null,
  };
  const result = await attempt(() => client.request(UpdateEntryDocument, variables));
  if (result.ok) return { ok: true, data: result.data.updateErrorCode };
  return explainConflict(client, code, expectedVersion, result);
}

export async function createEntryAction(input: ErrorCodeInput, summary: string): EntryResult {
  const client = await apiClient();
  const result = await attempt(() =>
    client.request(CreateEntryDocument, { input, summary: summary || null }),
  );
  return result.ok ? { ok: true, data: result.data.createErrorCode } : result;
}

export type StatusChange = "publish" | "unpublish" | "archive";

/** Publishing with French missing is refused (with the list of what is missing) unless
 * `allowMissingTranslations`: the editor saw that list and chose to publish anyway. */
export async function changeStatusAction(
  code: string,
  change: StatusChange,
  expectedVersion: number,
  allowMissingTranslations = false,
): EntryResult {
  const client = await apiClient();
  const variables = { id: String(code), expectedVersion: Number(expectedVersion) };
  const result = await attempt(async () => {
    if (change === "publish")
      return (
        await client.request(PublishEntryDocument, {
          ...variables,
          allowMissingTranslations: allowMissingTranslations === true,
        })
      ).publishErrorCode;
    if (change === "unpublish")
      return (await client.request(UnpublishEntryDocument, variables)).unpublishErrorCode;
    return (await client.request(ArchiveEntryDocument, variables)).archiveErrorCode;
  });
  return result.ok ? result : explainConflict(client, code, expectedVersion, result);
}

export async function restoreRevisionAction(
  code: string,
  revision: number,
  expectedVersion: number,
): EntryResult {
  const client = await apiClient();
  const result = await attempt(() =>
    client.request(RestoreEntryRevisionDocument, {
      id: String(code),
      revision: Number(revision),
      expectedVersion: Number(expectedVersion),
    }),
  );
  return result.ok ? { ok: true, data: result.data.restoreRevision } : result;
}

export type DraftChange = "discard" | "submit";

/** Discard the draft (editors) or ask for a review of it (translators too). */
export async function draftAction(code: string, change: DraftChange, expectedVersion: number): EntryResult {
  const client = await apiClient();
  const variables = { id: String(code), expectedVersion: Number(expectedVersion) };
  const result = await attempt(async () =>
    change === "discard"
      ? (await client.request(DiscardDraftDocument, variables)).discardDraft
      : (await client.request(SubmitForReviewDocument, variables)).submitForReview,
  );
  return result.ok ? result : explainConflict(client, code, expectedVersion, result);
}

/** "Still accurate": French texts confirmed against the English as it is now, without retyping. */
export async function confirmTranslationsAction(
  code: string,
  expectedVersion: number,
  paths: string[],
): EntryResult {
  const client = await apiClient();
  const result = await attempt(
    async () =>
      (
        await client.request(ConfirmTranslationsDocument, {
          id: String(code),
          expectedVersion: Number(expectedVersion),
          locale: "FR",
          paths: paths.map(String),
        })
      ).confirmTranslations,
  );
  return result.ok ? result : explainConflict(client, code, expectedVersion, result);
}
