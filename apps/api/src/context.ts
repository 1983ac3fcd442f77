// What every resolver gets: the database, per-request loaders, who is asking and in which language.
import type { Db, Locale } from "@kb/db";
import { createLoaders, type Loaders } from "./services/loaders.ts";
import { PUBLIC_VIEWER, type Viewer } from "./services/visibility.ts";

export interface Context {
  db: Db["prisma"];
  loaders: Loaders;
  viewer: Viewer;
  /** From Accept-Language; a locale argument wins over it. */
  locale: Locale;
}

const SUPPORTED: Locale[] = ["EN", "FR"];

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
  return (ranked.find((r) => SUPPORTED.includes(r.lang as Locale))?.lang as Locale | undefined) ?? "EN";
}

export function createContext(db: Db["prisma"], acceptLanguage: string | undefined): Context {
  return { db, loaders: createLoaders(db), viewer: PUBLIC_VIEWER, locale: localeFromHeader(acceptLanguage) };
}
