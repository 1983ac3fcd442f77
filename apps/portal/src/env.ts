// The portal's settings, read and checked once; nothing else reads process.env. Read lazily, not at
// import, so that `next build` needs none of them; instrumentation.ts checks them when the server starts.
import { z } from "zod";

const schema = z.object({
  KB_API_URL: z.url({ error: "must be the API's GraphQL URL" }).default("http://127.0.0.1:4000/graphql"),
  // Where the portal is published: canonical URLs, hreflang alternates, the sitemap and OpenGraph use it
  // rather than the request's Host header, which a client controls.
  KB_PORTAL_URL: z.url({ error: "must be the portal's public URL" }).default("http://localhost:3000"),
  // Shared with the API, which calls /api/revalidate when published content changes. Unset: the route
  // refuses every call and pages refresh on the time-based window only.
  KB_REVALIDATE_SECRET: z.string().min(16, "must have at least 16 characters").optional(),
});

export type PortalEnv = z.infer<typeof schema>;

let cached: PortalEnv | undefined;

export function env(): PortalEnv {
  if (cached) return cached;
  const source = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new Error(`Invalid portal settings: ${problems}`);
  }
  cached = { ...result.data, KB_PORTAL_URL: result.data.KB_PORTAL_URL.replace(/\/+$/, "") };
  return cached;
}
