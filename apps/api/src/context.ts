// What every resolver gets: the database, per-request loaders, who is asking and in which language.
import type { IncomingMessage } from "node:http";
import { LOCALES, type Db, type Locale } from "@kb/db";
import { AppError } from "./errors.ts";
import { resolveViewer } from "./services/auth/auth.service.ts";
import type { EntryCache } from "./services/entry-cache.ts";
import { createLoaders, type Loaders } from "./services/loaders.ts";
import { PUBLIC_VIEWER, visibleStatuses, type Viewer } from "./services/visibility.ts";

export const SESSION_COOKIE = "kb_session";

export interface Context {
  db: Db["prisma"];
  loaders: Loaders;
  viewer: Viewer;
  /** From Accept-Language; a locale argument wins over it. */
  locale: Locale;
  /** Sets (or with null clears) the session cookie on the response. */
  setSession(token: string | null, expiresAt: Date | null): void;
  /** Set noStore when the answer must not be kept by the response cache (it recorded something).
   * An object, because Apollo hands resolvers a shallow copy of the context. */
  response: { noStore: boolean };
}

/** The best supported language of an Accept-Language header, English when none is. */
export function localeFromHeader(header: string | undefined | null): Locale {
  if (!header) return "EN";
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.trim().slice(0, 2).toUpperCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (
    (ranked.find((r) => (LOCALES as readonly string[]).includes(r.lang))?.lang as Locale | undefined) ?? "EN"
  );
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/** The reader's address: X-Forwarded-For is believed only from a proxy on this machine (the portal,
 * the admin), so throttles count readers, not the portal. */
export function clientAddress(req: IncomingMessage): string {
  const socket = req.socket.remoteAddress ?? "unknown";
  const forwarded = req.headers["x-forwarded-for"];
  if (!LOOPBACK.has(socket) || typeof forwarded !== "string") return socket;
  return forwarded.split(",")[0]!.trim() || socket;
}

/** The credential of a request: a Bearer header wins over the session cookie. */
export function credentialOf(req: IncomingMessage): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  if (bearer) return bearer;
  const cookie = (req.headers.cookie ?? "").split(";").map((c) => c.trim().split("="));
  return cookie.find(([name]) => name === SESSION_COOKIE)?.[1] ?? null;
}

export async function createContext(
  db: Db["prisma"],
  req: IncomingMessage,
  setSession: Context["setSession"],
  cache?: EntryCache,
): Promise<Context> {
  const ip = clientAddress(req);
  let viewer: Viewer;
  try {
    viewer = await resolveViewer(db, credentialOf(req), ip);
  } catch (error) {
    // A stale credential still reads public content; what needs an account then says why it failed.
    if (!(error instanceof AppError)) throw error;
    viewer = { ...PUBLIC_VIEWER, ip, credentialError: error.message };
  }
  // Only anonymous readers share the read model: an editor must see their own save at once.
  const shared = viewer.user || viewer.token ? undefined : cache;
  return {
    db,
    loaders: createLoaders(db, visibleStatuses(viewer), shared),
    viewer,
    locale: localeFromHeader(req.headers["accept-language"]),
    setSession,
    response: { noStore: false },
  };
}
