"use server";
// Import through the API, which validates the whole file and writes all or nothing (server action:
// same-origin only, see auth.actions.ts).
import { ImportEntriesDocument, type ExportFormat, type ImportEntriesMutation } from "@kb/client";
import type { ActionResult } from "../../lib/action-result.ts";
import { apiClient } from "../../server/api.ts";
import { attempt } from "../../server/to-failure.ts";

export async function importAction(
  format: ExportFormat,
  content: string,
  dryRun: boolean,
): Promise<ActionResult<ImportEntriesMutation["importEntries"]>> {
  const client = await apiClient();
  const variables = {
    format: format === "XLIFF" ? ("XLIFF" as const) : ("JSON" as const),
    content: String(content),
    dryRun: dryRun !== false,
  };
  const result = await attempt(() => client.request(ImportEntriesDocument, variables));
  return result.ok ? { ok: true, data: result.data.importEntries } : result;
}
