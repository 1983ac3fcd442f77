"use server";
// Accounts and API tokens (the API allows them to admins only). Server actions: same-origin only,
// see auth.actions.ts. Each success refreshes /users so the tables show the new state.
import {
  CreateAccountDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
  UpdateAccountDocument,
  type ApiTokenScope,
  type NewUserInput,
  type UserUpdateInput,
} from "@kb/client";
import { mutate } from "../../server/mutate.ts";

export async function createAccountAction(input: NewUserInput) {
  return mutate("/users", async (c) => (await c.request(CreateAccountDocument, { input })).createUser);
}

export async function updateAccountAction(id: string, input: UserUpdateInput) {
  return mutate(
    "/users",
    async (c) => (await c.request(UpdateAccountDocument, { id: String(id), input })).updateUser,
  );
}

export async function createTokenAction(name: string, scopes: ApiTokenScope[]) {
  return mutate(
    "/users",
    async (c) => (await c.request(CreateApiTokenDocument, { name: String(name), scopes })).createApiToken,
  );
}

export async function revokeTokenAction(id: string) {
  return mutate(
    "/users",
    async (c) => (await c.request(RevokeApiTokenDocument, { id: String(id) })).revokeApiToken,
  );
}
