// The first admin. Given KB_ADMIN_PASSWORD, the account gets it. Without one, development generates a
// password (printed once); production never does: it creates the account (KB_ADMIN_EMAIL) with no usable
// password and a one-time sign-in link, written once to the log, with which the admin sets a password.
// The token is random, stored hashed, expires after SIGN_IN_LINK_HOURS and is consumed by one UPDATE
// that checks it is unused and unexpired, so of many concurrent uses exactly one gets through.
import { lockAccountBootstrap, type Prisma, type PrismaClient } from "@kb/db";
import { AppError } from "../../errors.ts";
import { checkPassword, createSession, hashPassword } from "./auth.service.ts";
import { hashSecret, newSecret } from "./tokens.ts";

/** Stored instead of a hash for an account that has no password yet: no password verifies against it. */
export const NO_PASSWORD = "!no-password";
export const SIGN_IN_LINK_HOURS = 24;
export const FIRST_SIGN_IN_PATH = "/first-sign-in";
const DEVELOPMENT_ADMIN = "admin@localhost.test";

export type FirstAdmin =
  | { kind: "generated"; email: string; password: string }
  | { kind: "link"; email: string; token: string; expiresAt: Date; reissued: boolean };

export interface FirstAdminSettings {
  email?: string | undefined;
  password?: string | undefined;
  production: boolean;
}

/**
 * Makes sure an admin can sign in; returns what must be told once (a generated password, a sign-in
 * link) or null. Run by every API process at start; a transaction under an advisory lock makes exactly
 * one of them create the account and its link. When the first admin has no password yet and no link that
 * is still usable (it expired unused), production writes a new link.
 */
export async function ensureFirstAdmin(
  db: PrismaClient,
  settings: FirstAdminSettings,
): Promise<FirstAdmin | null> {
  const { email, password, production } = settings;
  if (password) checkPassword(password);
  // Hashed before the transaction: Argon2 takes a while, the lock should not.
  const passwordHash = password ? await hashPassword(password) : undefined;
  const generated = !password && !production ? newSecret().slice(0, 20) : undefined;
  const generatedHash = generated ? await hashPassword(generated) : undefined;
  return db.$transaction(
    async (tx) => {
      await lockAccountBootstrap(tx);
      const admins = await tx.user.findMany({ where: { role: "ADMIN" }, orderBy: { createdAt: "asc" } });
      if (admins.length) {
        if (!production || admins.some((a) => a.passwordHash !== NO_PASSWORD)) return null;
        // The first admin never signed in: a password given now is theirs (another way back in).
        if (passwordHash) {
          await tx.user.update({ where: { id: admins[0]!.id }, data: { passwordHash } });
          return null;
        }
        const live = await tx.signInLink.count({
          where: { userId: { in: admins.map((a) => a.id) }, usedAt: null, expiresAt: { gt: new Date() } },
        });
        if (live) return null;
        return { ...(await newLink(tx, admins[0]!.id)), email: admins[0]!.email, reissued: true };
      }
      if (!password && production && !email)
        throw new Error(
          "No admin account exists yet: set KB_ADMIN_EMAIL (the first admin's address). A one-time sign-in link " +
            "is then written to the log once; or set KB_ADMIN_PASSWORD (12+ characters) too.",
        );
      const address = (email ?? DEVELOPMENT_ADMIN).trim().toLowerCase();
      const user = await tx.user.create({
        data: {
          email: address,
          name: "Administrator",
          role: "ADMIN",
          passwordHash: passwordHash ?? generatedHash ?? NO_PASSWORD,
        },
      });
      if (passwordHash) return null;
      if (generated) return { kind: "generated", email: address, password: generated };
      return { ...(await newLink(tx, user.id)), email: address, reissued: false };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

async function newLink(tx: Prisma.TransactionClient, userId: string) {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + SIGN_IN_LINK_HOURS * 3_600_000);
  await tx.signInLink.create({ data: { userId, tokenHash: hashSecret(token), expiresAt } });
  return { kind: "link" as const, token, expiresAt };
}

/** The log line telling a first admin how to sign in (development: the password; production: the link). */
export function firstAdminNotice(first: FirstAdmin, adminUrl: string | undefined): string {
  if (first.kind === "generated") return `First admin created: ${first.email} / ${first.password}`;
  const link = `${adminUrl ? adminUrl.replace(/\/+$/, "") : "<the admin's address>"}${FIRST_SIGN_IN_PATH}#${first.token}`;
  return (
    `${first.reissued ? `The first admin ${first.email} has not signed in yet and the last link expired: new` : `First admin created: ${first.email}, with no password yet. One-time`} ` +
    `sign-in link, valid until ${first.expiresAt.toISOString()}, shown this once: ${link}`
  );
}

const UNUSABLE =
  "This sign-in link is unknown, expired or already used. Restart the API to have a new one written to its log if the first admin has still not signed in.";

/**
 * Uses a one-time sign-in link: sets the account's password and opens a session. The link is checked
 * first (a cheap read, so a wrong token costs no password hashing), then consumed by one conditional
 * UPDATE in the transaction that sets the password: a link already used, or used meanwhile, fails.
 */
export async function redeemSignInLink(db: PrismaClient, token: string, password: string) {
  checkPassword(password);
  const link = await db.signInLink.findUnique({ where: { tokenHash: hashSecret(token) } });
  if (!link || link.usedAt || link.expiresAt <= new Date()) throw new AppError("UNAUTHENTICATED", UNUSABLE);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const now = new Date();
    const consumed = await tx.signInLink.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (consumed.count !== 1) throw new AppError("UNAUTHENTICATED", UNUSABLE);
    const user = await tx.user.update({ where: { id: link.userId }, data: { passwordHash } });
    if (user.disabledAt) throw new AppError("UNAUTHENTICATED", "This account is disabled.");
    await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
  });
  return createSession(db, link.userId);
}
