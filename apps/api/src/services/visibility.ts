// Who is asking, and what they may do. Services call `demand` before acting; the GraphQL layer
// never decides on its own.
import type { EntryStatus, Role } from "@kb/db";
import { AppError } from "../errors.ts";

export type Permission = "read:drafts" | "write:content" | "write:translation" | "publish" | "admin";
export const TOKEN_SCOPES = ["read:drafts", "write:content"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const ROLE_PERMISSIONS: Record<Role, Permission[]> = {
  ADMIN: ["read:drafts", "write:content", "write:translation", "publish", "admin"],
  EDITOR: ["read:drafts", "write:content", "write:translation", "publish"],
  TRANSLATOR: ["read:drafts", "write:translation"],
  VIEWER: ["read:drafts"],
};
const SCOPE_PERMISSIONS: Record<TokenScope, Permission[]> = {
  "read:drafts": ["read:drafts"],
  "write:content": ["read:drafts", "write:content", "write:translation", "publish"],
};

export interface Viewer {
  user: { id: string; email: string; name: string; role: Role } | null;
  token: { id: string; name: string; scopes: TokenScope[]; rateClass: string } | null;
  sessionId: string | null;
  /** A draft preview link: reads the working draft of this one code, and may do nothing else. */
  preview: { code: string } | null;
  /** Client address, for throttling. */
  ip: string;
  permissions: ReadonlySet<Permission>;
  /** Kept for the read paths: true when drafts are visible. */
  canReadDrafts: boolean;
}

export function makeViewer(
  parts: Partial<Pick<Viewer, "user" | "token" | "sessionId" | "ip" | "preview">> = {},
): Viewer {
  const permissions = new Set<Permission>([
    ...(parts.user ? ROLE_PERMISSIONS[parts.user.role] : []),
    ...(parts.token ? parts.token.scopes.flatMap((s) => SCOPE_PERMISSIONS[s]) : []),
  ]);
  return {
    user: parts.user ?? null,
    token: parts.token ?? null,
    sessionId: parts.sessionId ?? null,
    preview: parts.preview ?? null,
    ip: parts.ip ?? "unknown",
    permissions,
    canReadDrafts: permissions.has("read:drafts"),
  };
}

export const PUBLIC_VIEWER: Viewer = makeViewer();

/** Anonymous -> UNAUTHENTICATED; signed in without the permission -> FORBIDDEN. */
export function demand(viewer: Viewer, permission: Permission): void {
  if (viewer.permissions.has(permission)) return;
  if (!viewer.user && !viewer.token) {
    throw new AppError("UNAUTHENTICATED", "Sign in or send an API token to do this.");
  }
  throw new AppError("FORBIDDEN", `Your role does not allow this (${permission} is needed).`);
}

export function visibleStatuses(viewer: Viewer): EntryStatus[] {
  return viewer.canReadDrafts ? ["PUBLISHED", "DRAFT", "ARCHIVED"] : ["PUBLISHED"];
}
