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
  const rests = ["", ...entries.map((entry) => `/codes/${entry.code}`)];
  return rests.flatMap((rest) =>
    locales.map((locale) => ({
      url: `${base}/${locale}${rest}`,
      changeFrequency: rest === "" ? ("daily" as const) : ("weekly" as const),
      priority: rest === "" ? 1 : 0.8,
      alternates: page(rest),
    })),
  );
}
