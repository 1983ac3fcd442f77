// What every resolver gets: the database, per-request loaders, who is asking and in which language.
import type { IncomingMessage } from "node:http";
import { negotiateLocale } from "@kb/codes/accept-language";
import { LOCALES, type Db, type Locale } from "@kb/db";
import type { BacklogRecorder } from "./services/backlog/backlog-recorder.ts";
import type { EntryCache } from "./services/entry-cache.ts";
import { createLoaders, type Loaders } from "./services/loaders.ts";
import type { PreviewSettings } from "./services/preview.service.ts";
import { visibleStatuses, type Viewer } from "./services/visibility.ts";
import type { WebhookRuntime } from "./services/webhooks/webhook.service.ts";

/** What lives for the whole process and some resolvers need. */
export interface Runtime {
  webhooks: WebhookRuntime;
  backlog: Pick<BacklogRecorder, "record" | "flush">;
}

export const SESSION_COOKIE = "kb_session";

export interface Context extends Runtime {
  db: Db["prisma"];
  loaders: Loaders;
  viewer: Viewer;
  /** From Accept-Language; a locale argument wins over it. */
  locale: Locale;
  /** Sets (or with null clears) the session cookie on the response. */
  setSession(token: string | null, expiresAt: Date | null): void;
  /** Set noStore when the answer must not be kept by the response cache (it recorded something).
   * An object, because Apollo hands resolvers a shallow copy of the context. */
  response: { noStore: boolean; languages: Set<Locale> };
  /** The API-token read-limit classes this server knows (KB_TOKEN_READ_LIMITS). */
  rateClasses: readonly string[];
  /** Set when draft preview links are configured (KB_PREVIEW_SECRET and KB_PORTAL_URL). */
  previews?: PreviewSettings;
}

/** The locale a public read is served in (its argument, else Accept-Language), noted for Content-Language. */
export function readLocale(ctx: Context, argument: Locale | null | undefined): Locale {
  const locale = argument ?? ctx.locale;
  ctx.response.languages.add(locale);
  return locale;
}

/** The best supported language of an Accept-Language header, English when none is. */
export function localeFromHeader(header: string | undefined | null): Locale {
  return negotiateLocale(header, LOCALES, "EN");
}

/** The credential of a request: a Bearer header wins over the session cookie. */
export function credentialOf(req: IncomingMessage): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  if (bearer) return bearer;
  const cookie = (req.headers.cookie ?? "").split(";").map((c) => c.trim().split("="));
  return cookie.find(([name]) => name === SESSION_COOKIE)?.[1] ?? null;
}

export function createContext(
  db: Db["prisma"],
  viewer: Viewer,
  acceptLanguage: string | undefined,
  setSession: Context["setSession"],
  response: Context["response"],
  rateClasses: readonly string[],
  runtime: Runtime,
  cache?: EntryCache,
  previews?: PreviewSettings,
): Context {
  // Only anonymous readers share the read model: an editor must see their own save at once.
  const shared = viewer.user || viewer.token || viewer.preview ? undefined : cache;
  return {
    db,
    loaders: createLoaders(db, visibleStatuses(viewer), shared, viewer.preview?.code),
    viewer,
    locale: localeFromHeader(acceptLanguage),
    setSession,
    response,
    rateClasses,
    ...runtime,
    previews,
  };
}
