// The admin renders on the server and talks to the API through @kb/client; the internal packages ship
// TypeScript source, so Next compiles them.
import type { NextConfig } from "next";

const config: NextConfig = {
  transpilePackages: ["@kb/client", "@kb/codes"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    // An editing tool has no reason to be framed or to leak its URLs (entry codes, filters) elsewhere.
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          {
            // Next.js hydrates with inline scripts ('unsafe-inline'); nothing loads from elsewhere.
            key: "Content-Security-Policy",
            value:
              "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
              "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
          },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
        ],
      },
    ];
  },
};

export default config;
