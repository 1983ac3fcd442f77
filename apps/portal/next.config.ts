import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// The repository: the standalone output traces the workspace packages and node_modules from here.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// Pages get their Content-Security-Policy from proxy.ts (a nonce per request, no 'unsafe-inline' for
// scripts). These headers go on every response, including the API routes and static files.
const securityHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
];

// Route handlers answer JSON, redirects or a small static page: nothing there may run a script.
const apiPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

const config: NextConfig = {
  // A self-contained server (.next/standalone/apps/<app>/server.js) with only the files it needs: what
  // the container image runs, and what `npm start` runs.
  output: "standalone",
  outputFileTracingRoot: root,
  turbopack: {
    root,
    // The browser formats messages without an ICU parser: the client namespaces are plain text (checked by
    // src/i18n/messages/messages.test.ts), which next-intl's format-only formatter returns as they are.
    // About 12 KB of compressed JavaScript per page; the server keeps the full formatter.
    resolveAlias: { "use-intl/format-message": { browser: "use-intl/format-message/format-only" } },
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiPolicy }] },
    ];
  },
  // Internal packages ship TypeScript source, not built JavaScript.
  transpilePackages: ["@kb/client", "@kb/codes", "@kb/web-observability", "@kb/trust-proxy"],
  // Loaded from node_modules at run time (traced into the standalone output), not bundled.
  serverExternalPackages: ["pino", "prom-client"],
  poweredByHeader: false,
  // Metadata (title, canonical, hreflang) goes in <head> for every reader, not only for known bots:
  // the pages render from cached data in milliseconds, and people browsing without JavaScript get a
  // complete <head> instead of tags appended to <body> by a script.
  htmlLimitedBots: /.*/,
  experimental: { globalNotFound: true },
};

// next-intl: src/i18n/request.ts gives server code its messages (pages pass the /en or /fr locale).
export default createNextIntlPlugin("./src/i18n/request.ts")(config);
