// The product's API as it runs in production, in a child process, at one of the three depths its
// caches give: each layer is switched by configuration (KB_HTTP_CACHE, KB_READ_MODEL: "true"/"false",
// as apps/api/src/env.ts reads them; both default to on).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { repoRoot } from "@kb/db";
import { startChild, type Child } from "./children.ts";
import { JSON_HEADERS } from "./load.ts";
import type { ProductPath } from "./options.ts";

export const ADMIN = { email: "bench@localhost.test", password: "bench-password-2026" };

const SWITCHES: Record<ProductPath, { KB_HTTP_CACHE: string; KB_READ_MODEL: string }> = {
  hot: { KB_HTTP_CACHE: "true", KB_READ_MODEL: "true" }, // anonymous reads answered from the HTTP cache
  engine: { KB_HTTP_CACHE: "false", KB_READ_MODEL: "true" }, // GraphQL executed over the in-memory read model
  cold: { KB_HTTP_CACHE: "false", KB_READ_MODEL: "false" }, // every request goes to PostgreSQL
};

/** The node flags of apps/api's start script (`node <flags> dist/main.js`). */
export function startFlags(startScript: string): string[] {
  const flags = /(?:^|&& )node ((?:--\S+ )*)dist\/main\.js$/.exec(startScript)?.[1];
  if (flags === undefined)
    throw new Error(`apps/api's start script is not "node [flags] dist/main.js": ${startScript}`);
  return flags.split(" ").filter(Boolean);
}

let built: string[] | undefined;
/** Compiles the API once per bench run; the node flags of its start script. */
function buildApi(): string[] {
  if (built) return built;
  const apiDir = `${repoRoot}/apps/api`;
  execFileSync(process.execPath, ["build.mjs"], { cwd: apiDir, stdio: "pipe" });
  const pkg = JSON.parse(readFileSync(`${apiDir}/package.json`, "utf8")) as { scripts: { start: string } };
  return (built = startFlags(pkg.scripts.start));
}

/** The API as `npm start` runs it: compiled to apps/api/dist/main.js, run by node with the same flags;
 * with `workers` > 1, that many processes (KB_WORKERS), all listening before this resolves. */
export async function startProduct(
  path: ProductPath,
  databaseUrl: string,
  name: string,
  workers = 1,
): Promise<Child> {
  const flags = buildApi();
  const child = await startChild(
    name,
    "apps/api/dist/main.js",
    {
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      KB_INTROSPECTION: "false",
      KB_ADMIN_EMAIL: ADMIN.email,
      KB_ADMIN_PASSWORD: ADMIN.password,
      // Required in production; no portal listens there, so a publish's revalidation call fails at once.
      KB_PORTAL_URL: "http://127.0.0.1:9",
      KB_REVALIDATE_SECRET: "bench-revalidate-secret-0123456789abcdef",
      KB_WORKERS: String(workers),
      ...SWITCHES[path],
    },
    "/readyz",
    flags,
  );
  if (workers > 1) await allWorkersListening(child, workers);
  return child;
}

/** /readyz answers once one worker listens; /metrics (summed by the supervisor) counts them all. */
async function allWorkersListening(child: Child, workers: number): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const text = await fetch(`${child.origin}/metrics`, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.text(),
      () => "",
    );
    if (new RegExp(`^kb_api_workers ${workers}$`, "m").test(text)) return;
    if (Date.now() > deadline) {
      await child.stop();
      throw new Error(`${child.name}: ${workers} workers were not listening after 90 s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A session token of the bench's admin (created at start from KB_ADMIN_*), for the saves of Q4. */
export async function login(origin: string): Promise<string> {
  const res = await fetch(`${origin}/graphql`, {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify({
      query:
        "mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }",
      variables: ADMIN,
    }),
  });
  const answer = (await res.json()) as { data?: { login?: { token: string } }; errors?: unknown };
  const token = answer.data?.login?.token;
  if (!token) throw new Error(`login of the bench admin failed: ${JSON.stringify(answer).slice(0, 300)}`);
  return token;
}
