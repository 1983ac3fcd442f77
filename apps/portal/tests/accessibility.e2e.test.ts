// axe-core on the main screens (no serious or critical violations, in both colour schemes) and the
// keyboard path a reader takes: skip link, search, results.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.ts";
import { startPortal, type Portal } from "./support/portal.ts";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

const screens = [
  ["home-en", "/en"],
  ["home-fr", "/fr"],
  ["code-page-fr", "/fr/codes/0xC004F035"],
  ["search-en", "/en/search?q=KMS+host"],
  ["unknown-code-fr", "/fr/codes/0xC004F0FF"],
];

describe("axe-core", () => {
  for (const [name, pathname] of screens) {
    it(`finds no serious or critical violation on ${pathname}`, async () => {
      const page = await portal.page();
      await page.goto(portal.url(pathname!));
      expect(await seriousViolations(page)).toEqual([]);
      await portal.screenshot(page, name!);
    });
  }

  it("finds none in the dark colour scheme either", async () => {
    const page = await portal.page({ colorScheme: "dark" });
    for (const pathname of ["/en", "/en/codes/0x8007232B", "/en/search?q=grace"]) {
      await page.goto(portal.url(pathname));
      expect(await seriousViolations(page), pathname).toEqual([]);
    }
    await portal.screenshot(page, "search-en-dark");
  });
});

describe("keyboard", () => {
  it("reaches the skip link first, then the search, and submits it with Enter", async () => {
    const page = await portal.page();
    await page.goto(portal.url("/en"));
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to content");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("main");
    // From main, the search box is the first control.
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("search-q");
    await page.keyboard.type("KMS host");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/en\/search\?q=KMS\+host/);
    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Tab"); // site name
    await page.keyboard.press("Tab"); // language switcher
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("hreflang"));
    expect(focused).toBe("fr");
  });

  it("has one main landmark, a banner, a footer and one h1 on each screen", async () => {
    const page = await portal.page();
    for (const [, pathname] of screens) {
      await page.goto(portal.url(pathname!));
      const counts = await page.evaluate(() => ({
        main: document.querySelectorAll("main").length,
        banner: document.querySelectorAll("body > header").length,
        footer: document.querySelectorAll("body > footer").length,
        h1: document.querySelectorAll("h1").length,
      }));
      expect(counts, pathname).toEqual({ main: 1, banner: 1, footer: 1, h1: 1 });
    }
  });
});
