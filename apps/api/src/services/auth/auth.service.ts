// Sign-in, sessions and the viewer behind a request. Passwords are Argon2id hashes; sessions and API
// tokens are random opaque secrets stored hashed, so a database leak reveals no usable credential.
import { hash, verify } from "@node-rs/argon2";
import type { PrismaClient, Role } from "@kb/db";
import { PREVIEW_TOKEN_PREFIX } from "@kb/codes/preview-token";
import { AppError } from "../../errors.ts";
import { makeViewer, PUBLIC_VIEWER, TOKEN_SCOPES, type TokenScope, type Viewer } from "../visibility.ts";
import {
  addressSubject,
  forgive,
  PASSWORD_CHECKS_PER_ACCOUNT,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ADDRESS,
  spend,
} from "../limits/rate-limits.ts";
import { previewViewer } from "../preview.service.ts";
import { API_TOKEN_PREFIX, hashSecret, newSecret } from "./tokens.ts";

export const SESSION_DAYS = 14;
// Verifying against a dummy hash when the account does not exist keeps the timing of both answers alike.
const dummyHash = hash("no such account");

export const hashPassword = (password: string) => hash(password);

export function checkPassword(password: string): string {
  if (password.length < 12)
    throw new AppError("BAD_USER_INPUT", "password must have at least 12 characters.", {
      argument: "password",
    });
  if (password.length > 200)
    throw new AppError("BAD_USER_INPUT", "password must have at most 200 characters.", {
      argument: "password",
    });
  return password;
}

/**
 * Every attempt is counted (per account and per address, in one statement) before the password is
 * checked, so no burst gets more than the limit checked; a right password gives its attempt back.
 */
export async function login(db: PrismaClient, email: string, password: string, ip: string) {
  const account = email.trim().toLowerCase();
  const checks = [
    [SIGN_IN_PER_ACCOUNT, account],
    [SIGN_IN_PER_ADDRESS, addressSubject(ip)],
  ] as const;
  await spend(db, checks, (s) => `Too many failed sign-ins. Try again in ${s} s.`);
  const user = await db.user.findUnique({ where: { email: account } });
  const ok = await verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);
  if (!user || !ok || user.disabledAt) {
    throw new AppError("UNAUTHENTICATED", "Wrong email or password, or the account is disabled.");
  }
  await forgive(db, checks);
  return createSession(db, user.id);
}

export async function createSession(db: PrismaClient, userId: string) {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await db.session.create({ data: { userId, tokenHash: hashSecret(token), expiresAt } });
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return { token, expiresAt, user };
}

export async function logout(db: PrismaClient, viewer: Viewer) {
  if (!viewer.sessionId) throw new AppError("UNAUTHENTICATED", "There is no session to sign out of.");
  await db.session.update({ where: { id: viewer.sessionId }, data: { revokedAt: new Date() } });
  return true;
}

/** Changing a password revokes every session of the account, this one included, and opens a new one. */
export async function changePassword(db: PrismaClient, viewer: Viewer, current: string, next: string) {
  if (!viewer.user) throw new AppError("UNAUTHENTICATED", "Sign in to change your password.");
  // Guessing the current password through a stolen session is throttled like sign-in.
  const checks = [[PASSWORD_CHECKS_PER_ACCOUNT, viewer.user.id]] as const;
  await spend(db, checks, (s) => `Too many wrong current passwords. Try again in ${s} s.`);
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.user.id } });
  if (!(await verify(user.passwordHash, current).catch(() => false))) {
    throw new AppError("BAD_USER_INPUT", "The current password is wrong.", { argument: "currentPassword" });
  }
  await forgive(db, checks);
  const passwordHash = await hashPassword(checkPassword(next));
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash } }),
    db.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } }),
  ]);
  return createSession(db, user.id);
}

/** The viewer for a bearer token or session cookie; an unknown, expired or revoked one, or one whose
 * account is disabled, is UNAUTHENTICATED (HTTP 401), never read as anonymous. A draft preview token
 * (signed with `previewSecret`) reads one entry's draft and nothing else. */
export async function resolveViewer(
  db: PrismaClient,
  secret: string | null,
  ip: string,
  previewSecret?: string,
): Promise<Viewer> {
  if (!secret) return { ...PUBLIC_VIEWER, ip };
  // Session secrets are base64url, which has no ".": a preview link always has two.
  if (secret.startsWith(PREVIEW_TOKEN_PREFIX) && secret.includes(".")) {
    return previewViewer(secret, ip, previewSecret);
  }
  const tokenHash = hashSecret(secret);
  if (secret.startsWith(API_TOKEN_PREFIX)) {
    const token = await db.apiToken.findUnique({
      where: { tokenHash },
      include: { createdBy: { select: { disabledAt: true } } },
    });
    // A token acts for the account that made it: disabling the account stops its tokens too.
    if (!token || token.revokedAt || token.createdBy.disabledAt)
      throw new AppError(
        "UNAUTHENTICATED",
        "This API token is unknown or revoked, or its owner is disabled.",
      );
    void db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
    const scopes = token.scopes.filter((s): s is TokenScope =>
      (TOKEN_SCOPES as readonly string[]).includes(s),
    );
    return makeViewer({ token: { id: token.id, name: token.name, scopes, rateClass: token.rateClass }, ip });
  }
  const session = await db.session.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!session || session.revokedAt || session.expiresAt < new Date() || session.user.disabledAt) {
    throw new AppError("UNAUTHENTICATED", "Your session has expired or was revoked: sign in again.");
  }
  const { id, email, name, role } = session.user;
  return makeViewer({ user: { id, email, name, role: role as Role }, sessionId: session.id, ip });
}
