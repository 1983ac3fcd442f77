import type { NextConfig } from "next";

// Next.js hydrates with inline scripts, so scripts need 'unsafe-inline'; everything else is locked to
// this origin, and no page may be framed.
const securityHeaders = [
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
];

const config: NextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // Internal packages ship TypeScript source, not built JavaScript.
  transpilePackages: ["@kb/client", "@kb/codes"],
  poweredByHeader: false,
  // Metadata (title, canonical, hreflang) goes in <head> for every reader, not only for known bots:
  // the pages render from cached data in milliseconds, and people browsing without JavaScript get a
  // complete <head> instead of tags appended to <body> by a script.
  htmlLimitedBots: /.*/,
  experimental: { globalNotFound: true },
};

export default config;
