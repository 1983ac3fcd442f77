"use server";
// Accounts and API tokens (the API allows them to admins only). Server actions: same-origin only,
// see auth.actions.ts. Each success refreshes /users so the tables show the new state.
import { revalidatePath } from "next/cache";
import {
  CreateAccountDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
  UpdateAccountDocument,
  type ApiTokenScope,
  type NewUserInput,
  type UserUpdateInput,
} from "@kb/client";
import type { ActionResult } from "../../lib/action-result.ts";
import { apiClient } from "../../server/api.ts";
import { attempt } from "../../server/to-failure.ts";

async function call<T>(
  fn: (client: Awaited<ReturnType<typeof apiClient>>) => Promise<T>,
): Promise<ActionResult<T>> {
  const client = await apiClient();
  const result = await attempt(() => fn(client));
  if (result.ok) revalidatePath("/users");
  return result;
}

export async function createAccountAction(input: NewUserInput) {
  return call(async (c) => (await c.request(CreateAccountDocument, { input })).createUser);
}

export async function updateAccountAction(id: string, input: UserUpdateInput) {
  return call(async (c) => (await c.request(UpdateAccountDocument, { id: String(id), input })).updateUser);
}

export async function createTokenAction(name: string, scopes: ApiTokenScope[]) {
  return call(
    async (c) => (await c.request(CreateApiTokenDocument, { name: String(name), scopes })).createApiToken,
  );
}

export async function revokeTokenAction(id: string) {
  return call(async (c) => (await c.request(RevokeApiTokenDocument, { id: String(id) })).revokeApiToken);
}
