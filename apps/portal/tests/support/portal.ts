// One real stack per test file: the API on a fresh seeded database, the built portal (`next start`)
// pointed at it, and Debian's Chromium. Nothing is built here: turbo builds the portal before its tests.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startTestApi, type TestApi, type TestApiOptions } from "@kb/api/testing";
import { launchChromium, startNextApp, type NextApp } from "@kb/web-testing";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { startRelay, type Relay } from "./relay.ts";

export const portalDir = fileURLToPath(new URL("../..", import.meta.url));
export const screenshotDir = path.join(portalDir, "test-results", "screenshots");
export const REVALIDATE_SECRET = "test-revalidate-secret-0123456789";
/** Canonical URLs come from this setting, never from the Host header. */
export const PUBLIC_URL = "https://kb.example.test";
/** Shared by the API (which signs draft preview links) and the portal (which checks them). */
export const PREVIEW_SECRET = "test-preview-secret-0123456789abcdef0123";

export interface Portal {
  api: TestApi;
  app: NextApp;
  browser: Browser;
  /** Set when the API notifies the portal itself (see relay.ts). */
  relay?: Relay;
  url(pathname: string): string;
  /** A page in a fresh context (JavaScript on unless said otherwise). */
  page(options?: BrowserContextOptions): Promise<Page>;
  /** What the API does on publish in production: tell the portal which codes changed. */
  revalidate(codes: string[], secret?: string): Promise<Response>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export interface PortalOptions {
  api?: TestApiOptions;
  /** Have the API call /api/revalidate when published content changes, as in production. */
  notify?: boolean;
  /** More settings for the portal (e.g. KB_TRUST_PROXY). */
  env?: Record<string, string>;
  /** Draft previews on: both sides get PREVIEW_SECRET. */
  preview?: boolean;
}

export async function startPortal(options: PortalOptions = {}): Promise<Portal> {
  const relay = options.notify ? await startRelay() : undefined;
  const notify = relay
    ? { KB_PORTAL_REVALIDATE_URL: `${relay.url}/api/revalidate`, KB_REVALIDATE_SECRET: REVALIDATE_SECRET }
    : {};
  const preview: Record<string, string> = options.preview ? { KB_PREVIEW_SECRET: PREVIEW_SECRET } : {};
  const api = await startTestApi({
    ...options.api,
    settings: { ...options.api?.settings, ...notify, ...preview, KB_PORTAL_URL: PUBLIC_URL },
  });
  const app = await startNextApp(portalDir, {
    KB_API_URL: api.url,
    KB_REVALIDATE_SECRET: REVALIDATE_SECRET,
    KB_PORTAL_URL: PUBLIC_URL,
    ...options.env,
    // As the start script: long URLs reach proxy.ts (which answers a readable 414) instead of Node's 431.
    NODE_OPTIONS: "--max-http-header-size=65536",
    ...preview,
  }).catch(async (error: unknown) => {
    await api.close();
    await relay?.close();
    throw error;
  });
  relay?.target(app.url);
  const browser = await launchChromium();
  const contexts: { close(): Promise<void> }[] = [];
  mkdirSync(screenshotDir, { recursive: true });
  return {
    api,
    app,
    browser,
    relay,
    url: (pathname) => app.url + pathname,
    async page(options = {}) {
      const context = await browser.newContext({ locale: "en-US", ...options });
      contexts.push(context);
      return context.newPage();
    },
    revalidate: (codes, secret = REVALIDATE_SECRET) =>
      fetch(`${app.url}/api/revalidate`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-kb-revalidate-secret": secret },
        body: JSON.stringify({ codes }),
      }),
    async screenshot(page, name) {
      await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await app.stop();
      await api.close();
      await relay?.close();
    },
  };
}
