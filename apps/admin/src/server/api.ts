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
import { env } from "../env.ts";
import { readSessionToken } from "./session.ts";

export type SignedInUser = NonNullable<CurrentUserQuery["me"]>;

/**
 * The editor's address, for the API's sign-in throttles: without it every editor would share the
 * admin's address, and a stranger's failed sign-ins would lock all of them out. The last entry is the
 * one Next (or the proxy in front of it) saw connect; the API believes it only from this machine.
 */
async function forwardedFor(): Promise<Record<string, string> | undefined> {
  const address = (await headers()).get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return address ? { "x-forwarded-for": address } : undefined;
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
