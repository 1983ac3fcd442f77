// Both languages of every published entry, each with its alternate, plus the two home pages.
import type { MetadataRoute } from "next";
import { env } from "../env.ts";
import { locales } from "../i18n/locales.ts";
import { listEntries } from "../kb/queries.ts";

// Built per request from the cached list: the build has no API to ask.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env().KB_PORTAL_URL;
  const page = (rest: string) => ({
    languages: Object.fromEntries(locales.map((l) => [l, `${base}/${l}${rest}`])),
  });
  const entries = await listEntries("en");
  // The home pages change whenever any entry does.
  const newest = entries.reduce((max, entry) => (entry.updatedAt > max ? entry.updatedAt : max), "");
  const rests = [
    { rest: "", modified: newest },
    ...entries.map((entry) => ({ rest: `/codes/${entry.code}`, modified: entry.updatedAt })),
  ];
  return rests.flatMap(({ rest, modified }) =>
    locales.map((locale) => ({
      url: `${base}/${locale}${rest}`,
      lastModified: modified ? new Date(modified) : undefined,
      changeFrequency: rest === "" ? ("daily" as const) : ("weekly" as const),
      priority: rest === "" ? 1 : 0.8,
      alternates: page(rest),
    })),
  );
}
