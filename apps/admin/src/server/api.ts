// Server-side access to the API: one @kb/client per request, carrying the editor's session token.
// The browser never talks to the API; the token stays in the admin's HttpOnly cookie.
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  createKbClient,
  CurrentUserDocument,
  isKbApiError,
  type CurrentUserQuery,
  type KbClient,
} from "@kb/client";
import { FORWARDED_FOR, forwardedHeaders } from "@kb/trust-proxy";
import { REQUEST_ID } from "@kb/web-observability";
import { env } from "../env.ts";
import { readSessionToken } from "./session.ts";

export type SignedInUser = NonNullable<CurrentUserQuery["me"]>;

/**
 * The editor's address, for the API's sign-in throttles: without it every editor would share the
 * admin's address, and a stranger's failed sign-ins would lock all of them out. instrumentation.ts
 * has already resolved it with KB_TRUST_PROXY (the same rule as the API's); the API believes it from
 * the admin's address when its own KB_TRUST_PROXY trusts that.
 */
async function forwardedFor(): Promise<Record<string, string> | undefined> {
  const incoming = await headers();
  // The editor's request id (given by instrumentation.ts), so the API's log lines share it.
  const id = incoming.get("x-request-id");
  const forwarded = {
    ...forwardedHeaders(incoming.get(FORWARDED_FOR)),
    ...(id && REQUEST_ID.test(id) && { "x-request-id": id }),
  };
  return Object.keys(forwarded).length ? forwarded : undefined;
}

export async function apiClient(): Promise<KbClient> {
  return createKbClient({ url: env.apiUrl, token: await readSessionToken(), headers: await forwardedFor() });
}

/** For sign-in: no session yet. */
export async function anonymousClient(): Promise<KbClient> {
  return createKbClient({ url: env.apiUrl, headers: await forwardedFor() });
}

/** The signed-in account, or null when there is no session or the API no longer accepts it. */
export const currentUser = cache(async (): Promise<SignedInUser | null> => {
  if (!(await readSessionToken())) return null;
  try {
    return (await (await apiClient()).request(CurrentUserDocument)).me;
  } catch (error) {
    if (isKbApiError(error) && error.code === "UNAUTHENTICATED") return null;
    throw error;
  }
});

/** Where to send someone whose session is gone, so that sign-in brings them back here. */
export async function signInUrl(): Promise<string> {
  const here = (await headers()).get("x-admin-path") ?? "/entries";
  const expired = Boolean(await readSessionToken());
  return `/sign-in?${new URLSearchParams({ next: here, ...(expired && { expired: "1" }) })}`;
}

export async function requireUser(): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) redirect(await signInUrl());
  return user;
}

/** A read for a page: a session that expired meanwhile goes to sign-in rather than to an error page. */
export const load: KbClient["request"] = async (document, ...args) => {
  try {
    return await (await apiClient()).request(document, ...args);
  } catch (error) {
    if (isKbApiError(error) && error.code === "UNAUTHENTICATED") redirect(await signInUrl());
    throw error;
  }
};
