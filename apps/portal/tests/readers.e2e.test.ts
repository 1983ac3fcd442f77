// What a reader with a failing activation meets: unknown and mistyped codes, texts not translated yet,
// resolutions as the article gives them, phones, per-reader feedback, and the security headers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "@kb/api/testing";
import { seriousViolations } from "./support/axe.ts";
import { startPortal, type Portal } from "./support/portal.ts";

let portal: Portal;
let codes: string[];
beforeAll(async () => {
  portal = await startPortal();
  const res = await portal.api.gql<{ errorCodes: { edges: { node: { code: string } }[] } }>(
    `{ errorCodes(first: 100) { edges { node { code } } } }`,
  );
  codes = res.data!.errorCodes.edges.map((e) => e.node.code);
});
afterAll(async () => {
  await portal?.close();
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe("a code the base does not hold", () => {
  it("answers 404 at its own URL with what was typed, the breakdown, the note and a search box", async () => {
    const page = await portal.page();
    const res = await page.goto(portal.url("/en/codes/0x8007000E"));
    expect(res?.status()).toBe(404);
    expect(new URL(page.url()).pathname).toBe("/en/codes/0x8007000E");
    const main = await page.locator("main").textContent();
    expect(main).toContain("0x8007000E");
    expect(main).toContain("Not in the knowledge base yet");
    const breakdown = await page.locator("dl.hresult").textContent();
    expect(breakdown).toContain("FACILITY_WIN32");
    expect(breakdown).toContain("ERROR_OUTOFMEMORY");
    await expect(page.getByRole("searchbox").inputValue()).resolves.toBe("0x8007000E");
  });

  it("is not reachable at the internal rewrite path", async () => {
    const page = await portal.page();
    const res = await page.goto(portal.url("/en/_missing/0x8007000E"));
    expect(res?.status()).toBe(404);
    await expect(page.locator("dl.hresult").count()).resolves.toBe(0);
    await expect(page.locator("main").textContent()).resolves.not.toContain("Not in the knowledge base yet");
    // Nor can a client pose as the proxy's rewrite with its headers.
    const forged = await fetch(portal.url("/en/_missing/0x8007000E"), {
      headers: { "x-kb-code": "0x8007000E", "x-kb-internal": "guess" },
    });
    expect(forged.status).toBe(404);
    expect(await forged.text()).not.toContain("Not in the knowledge base yet");
  });

  it("suggests the known code behind a dropped or doubled digit", async () => {
    const page = await portal.page();
    for (const typed of ["0xC004F07", "0xC004F0074"]) {
      const res = await page.goto(portal.url(`/en/codes/${typed}`));
      expect(res?.status(), typed).toBe(404);
      const near = page.getByRole("region", { name: "Codes with a similar number" });
      await expect(near.getByRole("link").first().textContent(), typed).resolves.toContain("0xC004F074");
    }
    await portal.screenshot(page, "near-miss-en");
  });

  it("repeats garbage as typed and explains the accepted forms, in French too", async () => {
    const page = await portal.page({ javaScriptEnabled: false });
    const res = await page.goto(portal.url("/fr/codes/bonjour%20%3Cb%3E"));
    expect(res?.status()).toBe(404);
    const main = await page.locator("main").textContent();
    expect(main).toContain("bonjour <b>");
    expect(main).toContain("0xC004F074, C004F074, 3221549172");
    await expect(page.getByRole("searchbox").inputValue()).resolves.toBe("bonjour <b>");
  });
});

describe("resolutions as the article gives them", () => {
  it("never repeats a resolution's text as its steps", async () => {
    const page = await portal.page({ javaScriptEnabled: false });
    for (const code of ["0x80070490", "0x8007232B", "0xC004F00F", "0xC004F038"]) {
      await page.goto(portal.url(`/en/codes/${code}`));
      const repeated = await page.$$eval("ol.resolutions > li", (items) =>
        items.flatMap((li) => {
          const text = li.querySelector(":scope > p:not(.applies-to)")?.textContent ?? "";
          return [...li.querySelectorAll(".steps > li > p")]
            .map((p) => p.textContent?.replace(/\s+\(not translated yet\)$/, "") ?? "")
            .filter((step) => step !== "" && text.includes(step));
        }),
      );
      expect(repeated, code).toEqual([]);
      await expect(page.locator("ol.resolutions pre code").count(), code).resolves.toBeGreaterThan(0);
    }
  });

  it("spells command placeholders as the French text does", async () => {
    const page = await portal.page({ javaScriptEnabled: false });
    await page.goto(portal.url("/fr/codes/0xC004F035"));
    const commands = await page.locator(".command code").allTextContents();
    expect(commands).toContain("slmgr /atp <ID de confirmation>");
    await page.goto(portal.url("/en/codes/0xC004F035"));
    await expect(page.locator(".command code").allTextContents()).resolves.toContain(
      "slmgr /atp <Confirmation ID>",
    );
  });

  it("shows the choice of 0xC004F035 as alternatives, the note under the first, the phone steps numbered", async () => {
    const page = await portal.page({ javaScriptEnabled: false });
    for (const [locale, label, note, option] of [
      ["en", "Do one of the following", "Note: If you receive error 0x80072ee2", "Option"],
      [
        "fr",
        "Effectuez l’une des actions suivantes",
        "Remarque\u00a0: Si vous recevez une erreur 0x80072ee2",
        "Choix",
      ],
    ] as const) {
      await page.goto(portal.url(`/${locale}/codes/0xC004F035`));
      const resolution = page.locator("ol.resolutions > li").first();
      // One list of options, named as a choice; no step list beside it.
      const options = resolution.getByRole("list", { name: label });
      await expect(options.count(), locale).resolves.toBe(1);
      await expect(resolution.locator(":scope > ol.steps").count(), locale).resolves.toBe(0);
      const [first, phone] = await options.locator(":scope > li").all();
      await expect(options.locator(":scope > li").count(), locale).resolves.toBe(2);
      await expect(first!.locator(":scope > p").first().textContent(), locale).resolves.toBe(
        `${option} 1 ${await first!.locator(":scope > p > span").first().textContent()}`,
      );
      await expect(phone!.locator(":scope > p").first().textContent(), locale).resolves.toMatch(
        new RegExp(`^${option} 2 `),
      );
      // The note is a note inside the first option: not a step, not an option.
      const noteText = await first!.getByRole("note").textContent();
      expect(noteText, locale).toContain(note);
      await expect(options.getByRole("listitem").filter({ hasText: "0x80072ee2" }).count()).resolves.toBe(1);
      // The phone steps: three, numbered, each command with the instruction it belongs to.
      const steps = phone!.locator(":scope > ol.steps > li");
      await expect(steps.count(), locale).resolves.toBe(3);
      await expect(steps.nth(0).locator(".command code").textContent()).resolves.toBe("slmgr /dti");
      await expect(steps.nth(1).locator(".command").count()).resolves.toBe(0);
      await expect(steps.nth(2).locator(".command code").textContent()).resolves.toBe(
        locale === "fr" ? "slmgr /atp <ID de confirmation>" : "slmgr /atp <Confirmation ID>",
      );
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await portal.screenshot(page, "alternatives-fr");
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(390);
  });

  it("links references, the source article and the places the texts name them, marked as external", async () => {
    const page = await portal.page({ javaScriptEnabled: false });
    await page.goto(portal.url("/en/codes/0x8007007B"));
    const refs = page.locator("ul.references a");
    await expect(refs.getAttribute("href")).resolves.toBe(
      "https://learn.microsoft.com/windows-server/get-started/common-troubleshooting-procedures-kms-dns",
    );
    await expect(refs.getAttribute("rel")).resolves.toContain("external");
    await expect(refs.getAttribute("target")).resolves.toBeNull();
    await expect(refs.textContent()).resolves.toBe(
      "Common troubleshooting procedures for KMS and DNS issues↗ (external site)",
    );
    const source = page.locator("p.source a");
    await expect(source.getAttribute("href")).resolves.toBe(
      "https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes",
    );
    await expect(page.locator("p.source").textContent()).resolves.toMatch(
      /^Source: Resolve Windows activation error codes/,
    );
    // The resolution's "see Common troubleshooting procedures …" links where it says it.
    const inline = page.locator("ol.resolutions a");
    await expect(inline.getAttribute("href")).resolves.toBe(await refs.getAttribute("href"));
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.isBasedOn).toBe(await source.getAttribute("href"));

    await page.goto(portal.url("/fr/codes/0xC004C003"));
    const centers = page.locator("ol.resolutions a", {
      hasText: "centres d’activation de licences Microsoft",
    });
    await expect(centers.getAttribute("href")).resolves.toBe(
      "https://www.microsoft.com/Licensing/existing-customer/activation-centers",
    );
    await expect(page.locator("p.source a").textContent()).resolves.toContain(
      "Résoudre les codes d’erreur d’activation de Windows",
    );
    await expect(page.locator("footer a").getAttribute("href")).resolves.toMatch(
      /^https:\/\/learn\.microsoft\.com\/fr-fr\//,
    );
  });

  it("gives each section an anchor in a table of contents, breadcrumbs, the date and JSON-LD", async () => {
    const page = await portal.page();
    await page.goto(portal.url("/en/codes/0xC004F074"));
    const toc = page.getByRole("navigation", { name: "On this page" });
    const hrefs = await toc
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(expect.arrayContaining(["#causes", "#resolutions", "#breakdown"]));
    for (const href of hrefs) await expect(page.locator(href!).count(), href!).resolves.toBe(1);
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).textContent()).resolves.toContain(
      "0xC004F074",
    );
    await expect(page.locator(".updated time").getAttribute("datetime")).resolves.toMatch(/^\d{4}-/);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toMatchObject({ "@type": "TechArticle", url: "https://kb.example.test/en/codes/0xC004F074" });
  });
});

describe("the sitemap", () => {
  it("gives every page its last modification", async () => {
    const xml = await (await fetch(portal.url("/sitemap.xml"))).text();
    const urls = xml.match(/<url>[\s\S]*?<\/url>/g) ?? [];
    expect(urls.length).toBe(2 * (codes.length + 1));
    expect(urls.every((url) => /<lastmod>\d{4}-\d\d-\d\dT/.test(url))).toBe(true);
  });
});

describe("texts not translated yet", () => {
  it("shows a new English cause in English with the note on the French page", async () => {
    const auth = await signIn(portal.api, "EDITOR");
    const opened = await portal.api.gql<any>(
      `{ errorCodeSource(id: "0xC004F074") { version source {
        code activationTypes en { title summary message notes } fr { title summary message notes }
        causes { id en fr } resolutions { id en fr activationType steps { id command en fr } } references { id en fr url } } } }`,
      {},
      auth,
    );
    const { version, source } = opened.data.errorCodeSource;
    source.causes.push({ en: "A firewall blocks port 1688 on the way to the KMS host.", fr: null });
    const saved = await portal.api.gql<any>(
      `mutation ($v: Int!, $input: ErrorCodeInput!) { updateErrorCode(id: "0xC004F074", expectedVersion: $v, input: $input) { version } }`,
      { v: version, input: source },
      auth,
    );
    expect(saved.errors).toBeUndefined();
    const published = await portal.api.gql(
      `mutation ($v: Int!) { publishErrorCode(id: "0xC004F074", expectedVersion: $v, allowMissingTranslations: true) { version } }`,
      { v: saved.data.updateErrorCode.version },
      auth,
    );
    expect(published.errors).toBeUndefined();
    expect((await portal.revalidate(["0xC004F074"])).status).toBe(200);

    const page = await portal.page({ locale: "fr-FR" });
    await page.goto(portal.url("/fr/codes/0xC004F074"));
    const items = page.locator("ul.causes > li");
    const last = items.last();
    await expect(last.locator('[lang="en"]').textContent()).resolves.toBe(
      "A firewall blocks port 1688 on the way to the KMS host.",
    );
    await expect(last.locator(".untranslated").textContent()).resolves.toContain("pas encore traduit");
    // The translated causes carry no note and no other language.
    await expect(items.first().locator(".untranslated").count()).resolves.toBe(0);
    await expect(items.first().locator("[lang]").count()).resolves.toBe(0);
    await portal.screenshot(page, "fallback-cause-fr");
  });
});

describe("on a 390 px phone", () => {
  it("no code page scrolls sideways, in either language", async () => {
    const page = await portal.page(PHONE);
    const overflowing: string[] = [];
    for (const locale of ["en", "fr"]) {
      for (const code of codes) {
        await page.goto(portal.url(`/${locale}/codes/${code}`));
        const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        if (wide) overflowing.push(`/${locale}/codes/${code}`);
      }
    }
    expect(codes.length).toBeGreaterThanOrEqual(30);
    expect(overflowing).toEqual([]);
    await portal.screenshot(page, "code-page-fr-phone");
  }, 300_000); // 60 page loads

  it("holds at 320 px too, home and unknown code included", async () => {
    const page = await portal.page({ ...PHONE, viewport: { width: 320, height: 640 } });
    for (const path of ["/fr", "/en/codes/0xC004F035", "/fr/codes/0x8007000E", "/fr/codes/0xC004F0074"]) {
      await page.goto(portal.url(path));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(wide, path).toBe(false);
    }
  });

  it("takes a pasted error line from the home page to the entry, never scrolling sideways", async () => {
    const page = await portal.page(PHONE);
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    await page.goto(portal.url("/en"));
    // As Event Viewer words it: the code glued to "hr=", in a line longer than the phone is wide.
    const line =
      "License Activation (slui.exe) failed with the following error code: hr=0xC004F074 " +
      "Command-line arguments: RuleId=eeba1977-569e-4571-b639-7623d8bfecc0;Action=AutoActivate";
    await page.getByRole("searchbox").fill(line);
    await page.getByRole("searchbox").press("Enter");
    await page.waitForURL(/\/en\/search\?q=/);
    await expect(page.getByRole("searchbox").inputValue()).resolves.toBe(line);
    const first = page.locator("ol.results > li").first();
    await expect(first.locator("h2 code").textContent()).resolves.toBe("0xC004F074");
    expect(await sideways(), "results").toBe(false);
    await portal.screenshot(page, "pasted-line-phone");
    await first.getByRole("link").first().click();
    await page.waitForURL(portal.url("/en/codes/0xC004F074"));
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
      "No Key Management Service (KMS) could be contacted",
    );
    expect(await sideways(), "entry").toBe(false);
  });

  it("lets the keyboard reach each command, named", async () => {
    const page = await portal.page(PHONE);
    await page.goto(portal.url("/en/codes/0x8007232B"));
    const command = page.locator(".command pre").first();
    await expect(command.getAttribute("tabindex")).resolves.toBe("0");
    await expect(command.getAttribute("aria-label")).resolves.toBe("Command");
  });

  it("finds no serious or critical axe violation, in both languages", async () => {
    const page = await portal.page(PHONE);
    for (const path of [
      "/en",
      "/fr",
      "/en/codes/0xC004F035",
      "/fr/codes/0xC004F035",
      "/fr/codes/0x8007000E",
    ]) {
      await page.goto(portal.url(path));
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
});

describe("feedback", () => {
  it("is limited per reader: one reader's spent allowance leaves another's intact", async () => {
    // The first reader has already sent the hour's 20 (through a proxy that says who they are).
    for (let i = 0; i < 20; i++) {
      const res = await portal.api.gql(
        `mutation { submitFeedback(code: "0xC004F074", locale: EN, helpful: true, comment: null) }`,
        {},
        { "x-forwarded-for": "203.0.113.10" },
      );
      expect(res.errors).toBeUndefined();
    }
    const first = await portal.page({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.10" } });
    await first.goto(portal.url("/en/codes/0xC004F074"));
    await first.getByLabel("No").check();
    await first.getByLabel("Comment (optional)").fill("Still failing");
    await first.getByRole("button", { name: "Send" }).click();
    await first.getByText("please try again later").waitFor({ timeout: 15_000 });
    // The choice and the comment are still there.
    await expect(first.getByLabel("No").isChecked()).resolves.toBe(true);
    await expect(first.getByLabel("Comment (optional)").inputValue()).resolves.toBe("Still failing");
    await portal.screenshot(first, "feedback-limited");

    const second = await portal.page({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.20" } });
    await second.goto(portal.url("/en/codes/0xC004F074"));
    await second.getByLabel("Yes").check();
    await second.getByRole("button", { name: "Send" }).click();
    await second.getByText("Thank you for your feedback.").waitFor({ timeout: 15_000 });
  });
});

describe("headers", () => {
  it("sends a CSP with a fresh nonce and no inline scripts allowed, and Permissions-Policy", async () => {
    const [a, b] = await Promise.all([
      fetch(portal.url("/en/codes/0xC004F074")),
      fetch(portal.url("/en/codes/0xC004F074")),
    ]);
    const policy = a.headers.get("content-security-policy") ?? "";
    const script = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(script).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(script).not.toContain("unsafe-inline");
    expect(b.headers.get("content-security-policy")).not.toBe(policy);
    expect(a.headers.get("permissions-policy")).toContain("camera=()");
    expect(a.headers.get("strict-transport-security")).toBeNull();
    const https = await fetch(portal.url("/en"), { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers.get("strict-transport-security")).toContain("max-age=");
  });

  it("runs the page's scripts under that policy (the copy button hydrates)", async () => {
    const page = await portal.page();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(portal.url("/en/codes/0x8007232B"));
    await page.locator(".copy-button").first().waitFor({ timeout: 10_000 });
    expect(violations).toEqual([]);
  });

  it("answers a very long search URL with a readable 414", async () => {
    const res = await fetch(portal.url(`/en/search?q=${"slmgr ".repeat(3000)}`));
    expect(res.status).toBe(414);
    expect(await res.text()).toContain("This address is too long");
  });
});
