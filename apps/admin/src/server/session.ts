// Reading and writing the admin's session cookie (server actions and route handlers only write it).
import { cookies } from "next/headers";
import { env } from "../env.ts";
import { SESSION_COOKIE } from "../lib/session-cookie.ts";

export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value || undefined;
}

export async function storeSession(token: string, expiresAt: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true, // page scripts never see the token
    sameSite: "lax", // not sent on cross-site subrequests or POSTs
    secure: env.secureCookies,
    path: "/",
    expires: new Date(expiresAt),
  });
}

export async function clearSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
