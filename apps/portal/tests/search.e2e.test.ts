// Finding an entry: a code in the search box goes straight to its page, words give ranked, highlighted
// results; any form of a code in the URL redirects to the canonical page; the root picks a language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPortal, type Portal } from "./support/portal.ts";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

describe("search", () => {
  it('"0xC004F074" typed in the home search box lands on its page', async () => {
    const page = await portal.page();
    await page.goto(portal.url("/en"));
    await page.getByRole("searchbox", { name: "Search by error code or words" }).fill("0xC004F074");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(portal.url("/en/codes/0xC004F074"));
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
      "No Key Management Service (KMS) could be contacted",
    );
  });

  it('"période de grâce" on the French home gives ranked, highlighted results that lead to the entry', async () => {
    const page = await portal.page({ locale: "fr-FR" });
    await page.goto(portal.url("/fr"));
    await page
      .getByRole("searchbox", { name: "Rechercher par code d’erreur ou par mots" })
      .fill("période de grâce");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(/\/fr\/search\?q=p%C3%A9riode/);
    const results = page.locator("ol.results > li");
    await expect(results.count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(results.first().locator("h2").textContent()).resolves.toContain("0xC004F009");
    await expect(results.first().locator("mark").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["période", "grâce"]),
    );
    await portal.screenshot(page, "search-fr");
    await results.first().getByRole("link").click();
    await page.waitForURL(portal.url("/fr/codes/0xC004F009"));
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
      "période de grâce",
    );
  });

  it("every form of a code in the search box goes to the canonical page", async () => {
    for (const q of ["c004f074", "-1073418124", "3221549172", "Error:0xC004F074"]) {
      const res = await fetch(portal.url(`/en/search?q=${encodeURIComponent(q)}`), { redirect: "manual" });
      expect([res.status, res.headers.get("location")], q).toEqual([307, "/en/codes/0xC004F074"]);
    }
  });

  it("a bare small number is searched as a word, not opened as a code", async () => {
    const res = await fetch(portal.url("/en/search?q=2008"), { redirect: "manual" });
    expect(res.status).toBe(200);
  });

  it("works without JavaScript: a plain GET form and server-rendered results", async () => {
    const page = await portal.page({ javaScriptEnabled: false });
    await page.goto(portal.url("/en"));
    await page.getByRole("searchbox").fill("grace period");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/en\/search\?q=grace\+period/);
    await expect(page.locator("ol.results > li").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("ol.results mark").first().textContent()).resolves.toMatch(/grace|period/i);
  });

  it("says so when nothing matches, and keeps the query in the box", async () => {
    const page = await portal.page();
    const res = await page.goto(portal.url("/en/search?q=zzqxv"));
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("status").textContent()).resolves.toContain("No entry matches “zzqxv”");
    await expect(page.getByRole("searchbox").inputValue()).resolves.toBe("zzqxv");
  });
});

describe("search as readers type it", () => {
  const codesOn = async (path: string) => {
    const page = await portal.page();
    await page.goto(portal.url(path));
    const titles = await page.locator("ol.results > li h2 code").allTextContents();
    return { page, codes: titles };
  };

  it('"slmgr" and "slmgr.vbs" both find the six codes whose texts use the command', async () => {
    const six = ["0x80070005", "0x80070490", "0x8007232B", "0xC004F00F", "0xC004F035", "0xC004F038"];
    expect((await codesOn("/en/search?q=slmgr")).codes.sort()).toEqual(six);
    expect((await codesOn("/en/search?q=slmgr.vbs")).codes.sort()).toEqual(six);
  });

  it("a pasted text with two codes lists both first", async () => {
    const q = encodeURIComponent("failed: 0xC004F074 then 0x8007232B");
    expect((await codesOn(`/en/search?q=${q}`)).codes.slice(0, 2)).toEqual(["0xC004F074", "0x8007232B"]);
  });

  it('"activaton" shows the results for "activation" and says so', async () => {
    const { page, codes } = await codesOn("/en/search?q=activaton");
    expect(codes.length).toBeGreaterThan(0);
    await expect(page.locator(".suggestion").textContent()).resolves.toContain("“activation”");
  });

  it("English words searched in French point to the English results", async () => {
    const { page } = await codesOn("/fr/search?q=product+key+blocked");
    const link = page.getByRole("link", { name: "rechercher en anglais" });
    await expect(link.getAttribute("href")).resolves.toBe("/en/search?q=product%20key%20blocked");
    await link.click();
    await page.waitForURL(/\/en\/search/);
    await expect(page.locator("ol.results > li").count()).resolves.toBeGreaterThanOrEqual(2);
  });

  it("snippets keep placeholders as text, once", async () => {
    const { page } = await codesOn("/en/search?q=kms_host_name");
    const snippet = await page.locator("ol.results .snippet").first().textContent();
    expect(snippet).toContain("<kms_host_name>");
    expect(snippet).not.toContain("&#60;");
  });
});

describe("canonical URLs", () => {
  it("redirects every form of a code permanently to the canonical page", async () => {
    const cases = [
      ["/en/codes/c004f074", "/en/codes/0xC004F074"],
      ["/fr/codes/-1073418124", "/fr/codes/0xC004F074"],
      ["/fr/codes/3221549172", "/fr/codes/0xC004F074"],
      ["/en/codes/0XC004F074", "/en/codes/0xC004F074"],
      ["/en/codes/Error%3A%200xC004F074", "/en/codes/0xC004F074"],
    ];
    for (const [from, to] of cases) {
      const res = await fetch(portal.url(from!), { redirect: "manual" });
      expect([res.status, res.headers.get("location")], from).toEqual([308, to]);
    }
  });

  it("sends the root to the reader's language", async () => {
    const fr = await portal.page({
      locale: "fr-CA",
      extraHTTPHeaders: { "accept-language": "fr-CA,fr;q=0.9" },
    });
    await fr.goto(portal.url("/"));
    expect(new URL(fr.url()).pathname).toBe("/fr");
    const de = await portal.page({ extraHTTPHeaders: { "accept-language": "de-DE,de;q=0.9" } });
    await de.goto(portal.url("/"));
    expect(new URL(de.url()).pathname).toBe("/en");
    const res = await fetch(portal.url("/"), { redirect: "manual", headers: { "accept-language": "fr" } });
    expect(res.headers.get("vary")).toContain("accept-language");
  });
});

describe("security headers", () => {
  it("come with every page: CSP with frame-ancestors, Referrer-Policy, nosniff", async () => {
    const res = await fetch(portal.url("/en/codes/0xC004F074"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("content-security-policy")).toContain("object-src 'none'");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
