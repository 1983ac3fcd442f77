// Accounts and API tokens, managed by admins. Disabling an account revokes its sessions at once.
import type { PrismaClient, Role } from "@kb/db";
import { AppError } from "../../errors.ts";
import { demand, TOKEN_SCOPES, type Viewer } from "../visibility.ts";
import { checkPassword, hashPassword } from "./auth.service.ts";
import { API_TOKEN_PREFIX, hashSecret, newSecret } from "./tokens.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function listUsers(db: PrismaClient, viewer: Viewer) {
  demand(viewer, "admin");
  return db.user.findMany({ orderBy: { email: "asc" } });
}

export async function createUser(
  db: PrismaClient,
  viewer: Viewer | "system",
  input: { email: string; name: string; role: Role; password: string },
) {
  if (viewer !== "system") demand(viewer, "admin");
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email))
    throw new AppError("BAD_USER_INPUT", "email must be an address such as editor@example.com.", {
      argument: "email",
    });
  if (!input.name.trim())
    throw new AppError("BAD_USER_INPUT", "name must not be empty.", { argument: "name" });
  if (await db.user.findUnique({ where: { email } })) {
    throw new AppError("CONFLICT", `An account for ${email} exists already.`, { argument: "email" });
  }
  const passwordHash = await hashPassword(checkPassword(input.password));
  return db.user.create({ data: { email, name: input.name.trim(), role: input.role, passwordHash } });
}

export async function updateUser(
  db: PrismaClient,
  viewer: Viewer,
  id: string,
  input: { name?: string | null; role?: Role | null; disabled?: boolean | null },
) {
  demand(viewer, "admin");
  if (id === viewer.user?.id && (input.disabled || (input.role && input.role !== "ADMIN"))) {
    throw new AppError("BAD_USER_INPUT", "You cannot disable yourself or take away your own admin role.");
  }
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw new AppError("NOT_FOUND", `No account with id ${id}.`);
  return db.$transaction(async (tx) => {
    if (input.disabled)
      await tx.session.updateMany({
        where: { userId: id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
    return tx.user.update({
      where: { id },
      data: {
        ...(input.name && { name: input.name.trim() }),
        ...(input.role && { role: input.role }),
        ...(input.disabled != null && {
          disabledAt: input.disabled ? (user.disabledAt ?? new Date()) : null,
        }),
      },
    });
  });
}

export async function listApiTokens(db: PrismaClient, viewer: Viewer) {
  demand(viewer, "admin");
  return db.apiToken.findMany({ orderBy: { createdAt: "desc" } });
}

/** `rateClass` picks the token's read limit among the configured classes (KB_TOKEN_READ_LIMITS). */
export async function createApiToken(
  db: PrismaClient,
  viewer: Viewer,
  name: string,
  scopes: string[],
  rateClass: string,
  classes: readonly string[],
) {
  demand(viewer, "admin");
  if (!classes.includes(rateClass)) {
    throw new AppError("BAD_USER_INPUT", `rateClass must be one of ${classes.join(", ")}.`, {
      argument: "rateClass",
    });
  }
  const unknown = scopes.filter((s) => !(TOKEN_SCOPES as readonly string[]).includes(s));
  if (!name.trim()) throw new AppError("BAD_USER_INPUT", "name must not be empty.", { argument: "name" });
  if (unknown.length || scopes.length === 0) {
    throw new AppError("BAD_USER_INPUT", `scopes must be among ${TOKEN_SCOPES.join(", ")}.`, {
      argument: "scopes",
    });
  }
  const secret = newSecret(API_TOKEN_PREFIX);
  const token = await db.apiToken.create({
    data: {
      name: name.trim(),
      scopes,
      rateClass,
      tokenHash: hashSecret(secret),
      createdById: viewer.user!.id,
    },
  });
  return { token, secret };
}

export async function revokeApiToken(db: PrismaClient, viewer: Viewer, id: string) {
  demand(viewer, "admin");
  const token = await db.apiToken.findUnique({ where: { id } });
  if (!token) throw new AppError("NOT_FOUND", `No API token with id ${id}.`);
  return db.apiToken.update({ where: { id }, data: { revokedAt: token.revokedAt ?? new Date() } });
}
