// Code pages: the 404s (unknown code, garbage), reading without JavaScript, copying commands, switching
// language, metadata, and "was this helpful?".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editorView } from "./support/api-content.ts";
import { startPortal, type Portal } from "./support/portal.ts";

let portal: Portal;
beforeAll(async () => {
  // Trusting no proxy, the browser (on loopback) is the reader, whatever X-Forwarded-For it sends.
  portal = await startPortal({ env: { KB_TRUST_PROXY: "0" } });
});
afterAll(async () => {
  await portal?.close();
});

describe("not found", () => {
  it("shows the breakdown of a valid code that is not in the base, with a 404, and records it", async () => {
    const page = await portal.page();
    const res = await page.goto(portal.url("/en/codes/0xC004F0FF"));
    expect(res?.status()).toBe(404);
    await expect(page.title()).resolves.toContain("0xC004F0FF is not in the knowledge base yet");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "0xC004F0FF Not in the knowledge base yet",
    );
    const breakdown = await page.locator("dl.hresult").textContent();
    expect(breakdown).toContain("FACILITY_ITF");
    expect(breakdown).toContain("-1073417985");
    await portal.screenshot(page, "unknown-code-en");
    const { unknownLookups } = await editorView(portal.api);
    expect(unknownLookups).toContainEqual(expect.objectContaining({ code: "0xC004F0FF" }));
  });

  it("names an unknown code as the Windows headers do", async () => {
    const page = await portal.page({ javaScriptEnabled: false });
    const res = await page.goto(portal.url("/en/codes/0xC004F011"));
    expect(res?.status()).toBe(404);
    await expect(page.locator("dl.hresult").textContent()).resolves.toContain(
      "SL_E_LICENSE_FILE_NOT_INSTALLED (slerror.h)",
    );
  });

  it("renders the 404 on the server: readable with JavaScript off", async () => {
    const page = await portal.page({ javaScriptEnabled: false });
    const res = await page.goto(portal.url("/fr/codes/3221549311"));
    expect(res?.status()).toBe(404); // after the 308 to /fr/codes/0xC004F0FF
    expect(new URL(page.url()).pathname).toBe("/fr/codes/0xC004F0FF");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
      "Pas encore dans la base de connaissances",
    );
    await expect(page.locator("dl.hresult").textContent()).resolves.toContain("FACILITY_ITF");
  });

  it("gives a helpful 404 for what is no code, and for unknown pages", async () => {
    const page = await portal.page({ javaScriptEnabled: false });
    const res = await page.goto(portal.url("/en/codes/not-a-code"));
    expect(res?.status()).toBe(404);
    await expect(page.locator("main").textContent()).resolves.toContain("“not-a-code” is not an error code.");
    await expect(page.getByRole("searchbox").inputValue()).resolves.toBe("not-a-code");
    const other = await page.goto(portal.url("/fr/nulle-part"));
    expect(other?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page introuvable");
  });
});

describe("an entry page", () => {
  it("shows its causes and resolutions with JavaScript disabled", async () => {
    const page = await portal.page({ javaScriptEnabled: false });
    const res = await page.goto(portal.url("/en/codes/0x8007232B"));
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Possible causes" }).isVisible()).resolves.toBe(true);
    await expect(page.locator("ul.causes > li").count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole("heading", { name: "Resolutions" }).isVisible()).resolves.toBe(true);
    await expect(page.locator("ol.resolutions > li").count()).resolves.toBe(3);
    // The command is plain, selectable text; the copy button needs JavaScript, so it is not offered.
    await expect(page.locator("ol.steps pre code").first().textContent()).resolves.toBe(
      "slmgr.vbs /skms <kms_host_name>",
    );
    await expect(page.locator(".copy-button").count()).resolves.toBe(0);
    await portal.screenshot(page, "code-page-no-js");
  });

  it("copies a command with its copy button", async () => {
    const page = await portal.page({ permissions: ["clipboard-read", "clipboard-write"] });
    await page.goto(portal.url("/en/codes/0x8007232B"));
    const block = page.locator(".command").first();
    const command = await block.locator("code").textContent();
    await block.getByRole("button", { name: /Copy/ }).click();
    // The label changes once the clipboard write has resolved: wait for it rather than read it at once.
    await block.getByRole("button", { name: /^Copied/ }).waitFor({ timeout: 5_000 });
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(command);
    await portal.screenshot(page, "code-page-en");
  });

  it("keeps the page when switching language, both ways", async () => {
    const page = await portal.page();
    await page.goto(portal.url("/en/codes/0xC004F074"));
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
    await page.waitForURL(portal.url("/fr/codes/0xC004F074"));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("fr");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
      "Aucun service de gestion de clés (KMS)",
    );
    await page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "English" }).click();
    await page.waitForURL(portal.url("/en/codes/0xC004F074"));
    // The query of a search page, and the code of a 404, are kept too.
    await page.goto(portal.url("/en/search?q=grace"));
    await page.getByRole("link", { name: "Français" }).click();
    await page.waitForURL(portal.url("/fr/search?q=grace"));
    await page.goto(portal.url("/en/codes/0xC004F0FF"));
    await page.getByRole("link", { name: "Français" }).click();
    await page.waitForURL(portal.url("/fr/codes/0xC004F0FF"));
  });

  it("has canonical, hreflang and OpenGraph metadata from KB_PORTAL_URL", async () => {
    const page = await portal.page({ javaScriptEnabled: false });
    await page.goto(portal.url("/fr/codes/0xC004F074"));
    const head = page.locator("head");
    const attr = (selector: string, name: string) => head.locator(selector).getAttribute(name);
    await expect(attr('link[rel="canonical"]', "href")).resolves.toBe(
      "https://kb.example.test/fr/codes/0xC004F074",
    );
    await expect(attr('link[hreflang="en"]', "href")).resolves.toBe(
      "https://kb.example.test/en/codes/0xC004F074",
    );
    await expect(attr('link[hreflang="x-default"]', "href")).resolves.toBe(
      "https://kb.example.test/codes/0xC004F074",
    );
    await expect(attr('meta[property="og:locale"]', "content")).resolves.toBe("fr_FR");
    await expect(attr('meta[property="og:title"]', "content")).resolves.toContain("0xC004F074");
  });
});

describe("was this helpful?", () => {
  it("sends feedback to the API and confirms it", async () => {
    const page = await portal.page();
    await page.goto(portal.url("/en/codes/0xC004F074"));
    const form = page.getByRole("region", { name: "Was this helpful?" });
    await form.getByRole("radio", { name: "Yes" }).check();
    await form.getByRole("textbox", { name: "Comment (optional)" }).fill("Clear steps, thanks");
    await form.getByRole("button", { name: "Send" }).click();
    await form.getByText("Thank you for your feedback.").waitFor();
    const { feedback } = await editorView(portal.api);
    expect(feedback).toContainEqual({
      code: "0xC004F074",
      locale: "EN",
      helpful: true,
      comment: "Clear steps, thanks",
    });
  });

  it("is counted against the reader's own address, not one the browser names", async () => {
    const page = await portal.page({ extraHTTPHeaders: { "x-forwarded-for": "6.6.6.6" } });
    await page.goto(portal.url("/en/codes/0xC004F074"));
    const form = page.getByRole("region", { name: "Was this helpful?" });
    await form.getByRole("radio", { name: "No" }).check();
    await form.getByRole("button", { name: "Send" }).click();
    await form.getByText("Thank you for your feedback.").waitFor();
    const keys = (await portal.api.db.prisma.rateCounter.findMany()).map((row) => row.key);
    expect(keys).toContain("feedback:address:127.0.0.1");
    expect(keys.some((key) => key.includes("6.6.6.6"))).toBe(false);
  });

  it("works without JavaScript too", async () => {
    const page = await portal.page({ javaScriptEnabled: false });
    await page.goto(portal.url("/fr/codes/0xC004F009"));
    const form = page.getByRole("region", { name: "Cet article vous a-t-il été utile ?" });
    await form.getByRole("radio", { name: "Non" }).check();
    await form.getByRole("button", { name: "Envoyer" }).click();
    await page.getByText("Merci pour votre avis.").waitFor();
    const { feedback } = await editorView(portal.api);
    expect(feedback).toContainEqual({ code: "0xC004F009", locale: "FR", helpful: false, comment: null });
  });
});
