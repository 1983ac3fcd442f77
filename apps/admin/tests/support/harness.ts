// One end-to-end setup per test file: the real API on a fresh seeded database, accounts of every role,
// the built admin under `next start`, and Debian's Chromium. Nothing is built here (turbo builds first).
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createUser, startTestApi, type TestApi, type TestApiOptions } from "@kb/api/testing";
import { launchChromium, startNextApp, type NextApp } from "@kb/web-testing";
import type { Browser, BrowserContext, Page } from "playwright-core";

export const adminDir = fileURLToPath(new URL("../..", import.meta.url));
export const screenshotDir = path.join(adminDir, "test-results", "screenshots");
export const PASSWORD = "correct horse battery staple";

export const ACCOUNTS = {
  admin: { email: "ada@kb.test", name: "Ada Admin", role: "ADMIN" },
  editor: { email: "eddie@kb.test", name: "Eddie Editor", role: "EDITOR" },
  editor2: { email: "erin@kb.test", name: "Erin Editor", role: "EDITOR" },
  translator: { email: "theo@kb.test", name: "Théo Traducteur", role: "TRANSLATOR" },
  viewer: { email: "vera@kb.test", name: "Vera Viewer", role: "VIEWER" },
} as const;
export type Who = keyof typeof ACCOUNTS;

export interface Harness {
  api: TestApi;
  app: NextApp;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(settings?: TestApiOptions["settings"]): Promise<Harness> {
  const api = await startTestApi({ settings });
  for (const account of Object.values(ACCOUNTS)) {
    await createUser(api.db.prisma, "system", { ...account, password: PASSWORD });
  }
  const app = await startNextApp(adminDir, { KB_API_URL: api.url });
  const browser = await launchChromium();
  return {
    api,
    app,
    browser,
    async close() {
      await browser.close();
      await app.stop();
      await api.close();
    },
  };
}

/** A fresh browser profile (a laptop-sized window), signed in through the sign-in page. */
export async function signedIn(
  h: Harness,
  who: Who,
  locale = "en-GB",
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await h.browser.newContext({
    baseURL: h.app.url,
    viewport: { width: 1366, height: 860 },
    locale,
  });
  const page = await context.newPage();
  await signIn(page, who);
  return { context, page };
}

export async function signIn(page: Page, who: Who, next = "/entries"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(ACCOUNTS[who].email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === next);
}

/** A screenshot of the window as an editor sees it, from the top unless told to keep the scroll. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean; keepScroll?: boolean } = {},
) {
  const { fullPage = false, keepScroll = false } = options;
  await mkdir(screenshotDir, { recursive: true });
  if (!keepScroll) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
}

/** The public (anonymous) view of an entry, straight from the API. */
export async function publicEntry(h: Harness, code: string, locale: "EN" | "FR") {
  const res = await h.api.gql(
    `query ($code: String!, $locale: Locale) { errorCode(code: $code, locale: $locale) { title resolutions { text } } }`,
    { code, locale },
  );
  return res.data?.errorCode as { title: string; resolutions: { text: string }[] } | null;
}
