"use server";
// Sign-in and sign-out. Like every write of the admin, they are server actions: Next accepts them only
// as POSTs whose Origin header matches the Host, which is the admin's same-origin (CSRF) protection; the
// SameSite=Lax session cookie is not sent on cross-site POSTs either.
import { redirect } from "next/navigation";
import { RedeemSignInLinkDocument, SignInDocument, SignOutDocument } from "@kb/client";
import type { ActionResult } from "../../lib/action-result.ts";
import { safeNext } from "../../lib/safe-next.ts";
import { anonymousClient, apiClient } from "../../server/api.ts";
import { clearSession, readSessionToken, storeSession } from "../../server/session.ts";
import { attempt } from "../../server/to-failure.ts";

export interface SignInState {
  error?: string;
  email?: string;
}

async function openSession(email: string, password: string): Promise<ActionResult<{ name: string }>> {
  const anonymous = await anonymousClient();
  const result = await attempt(() => anonymous.request(SignInDocument, { email, password }));
  if (!result.ok) return result;
  const { token, expiresAt, user } = result.data.login;
  await storeSession(token, expiresAt);
  return { ok: true, data: { name: user.name } };
}

/** The sign-in page's form (works without JavaScript too). */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const result = await openSession(email, String(form.get("password") ?? ""));
  if (!result.ok) return { error: result.message, email };
  redirect(safeNext(form.get("next")));
}

export interface FirstSignInState {
  error?: string;
  /** The API refused the link itself (unknown, used or expired), not the password. */
  linkRefused?: boolean;
}

/**
 * The first admin's one-time sign-in link (written once to the API's log): the token comes from the
 * link's fragment (never sent to a server in a URL), the password is set and a session opened.
 */
export async function firstSignInAction(
  _previous: FirstSignInState,
  form: FormData,
): Promise<FirstSignInState> {
  const token = String(form.get("token") ?? "");
  const newPassword = String(form.get("password") ?? "");
  if (!token) return { error: "missing-token", linkRefused: true };
  if (newPassword !== String(form.get("confirm") ?? "")) return { error: "mismatch" };
  const anonymous = await anonymousClient();
  const result = await attempt(() => anonymous.request(RedeemSignInLinkDocument, { token, newPassword }));
  if (!result.ok) return { error: result.message, linkRefused: result.kind === "unauthenticated" };
  const { token: session, expiresAt } = result.data.redeemSignInLink;
  await storeSession(session, expiresAt);
  redirect("/");
}

/** The sign-in dialog of a page whose session expired: no navigation, so the page keeps its state. */
export async function reauthenticate(
  email: string,
  password: string,
): Promise<ActionResult<{ name: string }>> {
  return openSession(String(email), String(password));
}

export async function signOutAction(): Promise<void> {
  if (await readSessionToken()) {
    // A session the API already dropped cannot be revoked twice; the cookie goes either way.
    await attempt(async () => (await apiClient()).request(SignOutDocument));
  }
  await clearSession();
  redirect("/sign-in?signedOut=1");
}
