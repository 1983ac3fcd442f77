import type { MetadataRoute } from "next";
import { env } from "../env.ts";

// Per request, so the sitemap URL follows KB_PORTAL_URL at run time rather than at build time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = env().KB_PORTAL_URL;
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/en/search", "/fr/search"] },
    sitemap: `${base}/sitemap.xml`,
  };
}
