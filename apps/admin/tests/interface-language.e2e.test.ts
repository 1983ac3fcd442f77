// The interface language: the browser's Accept-Language picks it (one negotiation for the whole repo,
// @kb/codes/accept-language), the switch overrides it with a cookie, counts agree with their number,
// and the browser gets only the messages its client components need.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNTS, PASSWORD, startHarness, type Harness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("the interface language", () => {
  it("follows Accept-Language (fr-CA reads French), then the switch, in server and client components", async () => {
    const context = await h.browser.newContext({ baseURL: h.app.url, locale: "fr-CA" });
    const page = await context.newPage();
    await page.goto("/sign-in?next=%2Fentries");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.getByRole("heading", { name: "Connexion" }).waitFor();
    await page.getByLabel("Adresse e-mail").fill(ACCOUNTS.editor.email);
    await page.getByLabel("Mot de passe").fill("not the password");
    await page.getByRole("button", { name: "Se connecter" }).click();
    // A client component's text with an argument, from the messages the layout sent to the browser.
    await page
      .getByRole("alert")
      .filter({ hasText: /^Échec de la connexion : / })
      .waitFor();
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL((url) => url.pathname === "/entries");

    await page.getByRole("heading", { name: "Fiches", level: 1 }).waitFor();
    expect(await page.getByText(/^\d+ fiches?$/).textContent()).toBe("30 fiches");
    await page.goto("/entries?q=F999");
    expect(await page.getByText(/^\d+ fiches?$/).textContent()).toBe("0 fiche");

    const editor = await context.request.get("/entries/0xC004F074", {
      headers: { "accept-language": "fr-CA" },
    });
    const html = await editor.text();
    expect(html).toContain("Enregistrer le brouillon");
    // The entry list's texts (the "list" namespace) render on the server only: the editor page's
    // payload for the browser does not carry them.
    expect(html).not.toContain("Aucune fiche ne correspond à ces filtres.");

    await page.goto("/entries/0xC004F074");
    await page.getByRole("button", { name: "Aperçu", exact: true }).click();
    const preview = page.getByRole("region", { name: "Aperçu" });
    await preview.getByRole("button", { name: "Anglais" }).click();
    // The preview's headings follow the content language, the interface stays French.
    expect(await preview.getByRole("heading", { level: 2 }).allTextContents()).toContain("Possible causes");
    await preview.getByRole("button", { name: "Français" }).click();
    expect(await preview.getByRole("heading", { level: 2 }).allTextContents()).toContain("Causes possibles");

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Save draft" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.goto("/entries");
    expect(await page.getByText(/^\d+ entr(y|ies)$/).textContent()).toBe("30 entries");
    await context.close();
  });
});
