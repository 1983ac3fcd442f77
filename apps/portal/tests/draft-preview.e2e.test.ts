// Draft preview: an editor's signed link opens the working draft on the portal under a banner, for that
// browser only; an expired or forged link is refused; the token reads no other code's draft.
import { signPreviewToken } from "@kb/codes/preview-token";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "@kb/api/testing";
import { PREVIEW_SECRET, startPortal, type Portal } from "./support/portal.ts";

let portal: Portal;
let editor: Record<string, string>;
const DRAFT_TITLE = "Draft title, not published yet";

async function saveDraftTitle(code: string, title: string) {
  const opened = await portal.api.gql<any>(
    `query ($id: String!) { errorCodeSource(id: $id) { version source {
      code activationTypes en { title summary message notes } fr { title summary message notes }
      causes { id en fr } resolutions { id en fr activationType steps { id command en fr } } references { id en fr url } } } }`,
    { id: code },
    editor,
  );
  const { version, source } = opened.data.errorCodeSource;
  source.en.title = title;
  const saved = await portal.api.gql(
    `mutation ($id: String!, $v: Int!, $input: ErrorCodeInput!) { updateErrorCode(id: $id, expectedVersion: $v, input: $input) { version } }`,
    { id: code, v: version, input: source },
    editor,
  );
  expect(saved.errors).toBeUndefined();
}

/** The admin's link, pointed at this test's portal (the API was started before the portal's port was known). */
async function previewLink(code: string): Promise<string> {
  const res = await portal.api.gql<any>(
    `mutation ($id: String!) { createPreviewLink(id: $id, locale: EN) { url } }`,
    { id: code },
    editor,
  );
  expect(res.errors).toBeUndefined();
  const url = new URL(res.data.createPreviewLink.url);
  return portal.url(url.pathname + url.search);
}

beforeAll(async () => {
  portal = await startPortal({ preview: true });
  editor = await signIn(portal.api, "EDITOR");
  await saveDraftTitle("0xC004F074", DRAFT_TITLE);
  await saveDraftTitle("0x8007232B", "Another draft");
});
afterAll(async () => {
  await portal?.close();
});

describe("a preview link", () => {
  it("opens the draft under a banner, for this browser only, until the reader exits", async () => {
    const page = await portal.page();
    const res = await page.goto(await previewLink("0xC004F074"));
    expect(res?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/en/codes/0xC004F074");
    await expect(page.locator("h1 .entry-title").textContent()).resolves.toBe(DRAFT_TITLE);
    const banner = page.getByRole("status");
    await expect(banner.textContent()).resolves.toContain("Draft preview");
    await portal.screenshot(page, "draft-preview-en");

    // Another reader sees the published entry.
    const reader = await portal.page();
    await reader.goto(portal.url("/en/codes/0xC004F074"));
    await expect(reader.locator("h1 .entry-title").textContent()).resolves.not.toBe(DRAFT_TITLE);

    // The previewing browser sees other codes as published: the token names one code.
    await page.goto(portal.url("/en/codes/0x8007232B"));
    await expect(page.locator("h1 .entry-title").textContent()).resolves.not.toBe("Another draft");
    await expect(page.locator(".draft-banner").count()).resolves.toBe(0);

    await page.goto(portal.url("/en/codes/0xC004F074"));
    await banner.getByRole("link", { name: "Exit preview" }).click();
    await page.waitForURL(/\/en\/codes\/0xC004F074$/);
    await expect(page.locator("h1 .entry-title").textContent()).resolves.not.toBe(DRAFT_TITLE);
    await expect(page.locator(".draft-banner").count()).resolves.toBe(0);
  });

  it("is refused once expired, and when forged", async () => {
    const expired = signPreviewToken(
      { code: "0xC004F074", expiresAt: new Date(Date.now() - 60_000) },
      PREVIEW_SECRET,
    );
    const forged = signPreviewToken(
      { code: "0xC004F074", expiresAt: new Date(Date.now() + 60_000) },
      "not-the-portal-secret-0123456789abcdef",
    );
    const page = await portal.page();
    const late = await page.goto(portal.url(`/api/draft?token=${expired}&locale=en`));
    expect(late?.status()).toBe(410);
    await expect(page.locator("main").textContent()).resolves.toContain("has expired");
    const fake = await page.goto(portal.url(`/api/draft?token=${forged}&locale=fr`));
    expect(fake?.status()).toBe(403);
    await expect(page.locator("main").textContent()).resolves.toContain("n’est pas valide");
    await page.goto(portal.url("/en/codes/0xC004F074"));
    await expect(page.locator("h1 .entry-title").textContent()).resolves.not.toBe(DRAFT_TITLE);
  });

  it("cannot be used as a cookie without draft mode, nor for another code", async () => {
    const link = new URL(await previewLink("0xC004F074"));
    const token = link.searchParams.get("token")!;
    const page = await portal.page();
    await page.context().addCookies([{ name: "kb_preview", value: token, url: portal.url("/") }]);
    await page.goto(portal.url("/en/codes/0xC004F074"));
    await expect(page.locator("h1 .entry-title").textContent()).resolves.not.toBe(DRAFT_TITLE);
  });
});
