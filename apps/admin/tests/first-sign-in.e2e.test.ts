// The first admin of a production deployment signs in as its operator does: the API created the account
// without a password and wrote a one-time link to its log; the link's page sets the password and signs
// in; the same link a second time is refused.
import { ensureFirstAdmin, firstAdminNotice, startTestApi, type TestApi } from "@kb/api/testing";
import { launchChromium, startNextApp, type NextApp } from "@kb/web-testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminDir, screenshot } from "./support/harness.ts";

let api: TestApi;
let app: NextApp;
let browser: Browser;
beforeAll(async () => {
  api = await startTestApi();
  app = await startNextApp(adminDir, { KB_API_URL: api.url });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await api?.close();
});

describe("the first admin's one-time sign-in link", () => {
  it("sets the password and signs in once; the same link again is refused", async () => {
    const first = await ensureFirstAdmin(api.db.prisma, { email: "ops@example.com", production: true });
    const line = firstAdminNotice(first!, app.url);
    const link = /(http\S+\/first-sign-in#\S+)$/.exec(line)![1]!;

    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole("heading", { name: "First sign-in" }).waitFor();
    await page.getByLabel("New password (at least 12 characters)").fill("the operator's password");
    await page.getByLabel("The same password again").fill("not the same password");
    await page.getByRole("button", { name: "Set the password and sign in" }).click();
    await page.getByRole("alert").getByText("The two passwords differ.").waitFor();
    await page.getByLabel("New password (at least 12 characters)").fill("the operator's password");
    await page.getByLabel("The same password again").fill("the operator's password");
    await screenshot(page, "30-first-sign-in");
    await page.getByRole("button", { name: "Set the password and sign in" }).click();
    await page.waitForURL((url) => url.pathname !== "/first-sign-in");
    await page.getByText("Administrator").first().waitFor();
    const user = await api.db.prisma.user.findUniqueOrThrow({ where: { email: "ops@example.com" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    await context.close();

    // Anyone else holding the link (it was in a log) finds it used.
    const other = await browser.newContext({ locale: "en-GB" });
    const again = await other.newPage();
    await again.goto(link);
    await again.getByLabel("New password (at least 12 characters)").fill("an intruder's password");
    await again.getByLabel("The same password again").fill("an intruder's password");
    await again.getByRole("button", { name: "Set the password and sign in" }).click();
    await again
      .getByRole("alert")
      .getByText(/This link cannot be used: .*already used/)
      .waitFor();
    expect(new URL(again.url()).pathname).toBe("/first-sign-in");
    await other.close();
  });
});
