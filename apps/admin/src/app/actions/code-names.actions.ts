"use server";
// The names the Windows headers give a code, for the new-entry hint (code-field.tsx). The API decodes it
// (decodeHResult, from its error catalogue): the admin holds no catalogue and never opens the database.
import type { ActionResult } from "../../lib/action-result.ts";
import { apiClient } from "../../server/api.ts";
import { attempt } from "../../server/to-failure.ts";

export interface CodeName {
  name: string;
  header: string;
  /** The header's own message text, when it gives one. */
  description: string | null;
}

export async function codeNamesAction(
  code: string,
): Promise<ActionResult<{ hex: string; names: CodeName[] }>> {
  const client = await apiClient();
  const result = await attempt(() => client.decode(code));
  if (!result.ok) return result;
  const { hex, names } = result.data;
  return {
    ok: true,
    data: { hex, names: names.map(({ name, header, description }) => ({ name, header, description })) },
  };
}
