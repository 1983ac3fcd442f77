// One API call of a server action that changes what an admin page shows: refusals become failures
// (attempt), and a success renders the page again so its tables show the new state.
import { revalidatePath } from "next/cache";
import type { KbClient } from "@kb/client";
import type { ActionResult } from "../lib/action-result.ts";
import { apiClient } from "./api.ts";
import { attempt } from "./to-failure.ts";

export async function mutate<T>(
  page: string,
  fn: (client: KbClient) => Promise<T>,
  type?: "layout" | "page",
): Promise<ActionResult<T>> {
  const client = await apiClient();
  const result = await attempt(() => fn(client));
  if (result.ok) revalidatePath(page, type);
  return result;
}
