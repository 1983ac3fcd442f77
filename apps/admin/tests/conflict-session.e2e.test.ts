// Two editors on one entry (two browser profiles), and sessions: the interface language, sign-out,
// and a session that dies while an editor types. Nothing is overwritten silently or lost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNTS, PASSWORD, screenshot, signedIn, startHarness, type Harness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const frenchOf = async (code: string) => {
  const entry = await h.api.db.prisma.errorCode.findUniqueOrThrow({
    where: { code },
    include: {
      translations: { where: { locale: "FR" } },
      causes: { include: { translations: { where: { locale: "FR" } } } },
      resolutions: { orderBy: { position: "asc" }, include: { translations: { where: { locale: "FR" } } } },
    },
  });
  return {
    version: entry.version,
    title: entry.translations[0]?.title,
    cause: entry.causes[0]?.translations[0]?.text,
    resolution2: entry.resolutions[1]?.translations[0]?.text,
  };
};

describe("a conflict between two editors", () => {
  it("shows the second editor what changed, keeps their edits on top of it, and never overwrites silently", async () => {
    const code = "0xC004F074";
    const eddie = await signedIn(h, "editor");
    const erin = await signedIn(h, "editor2");
    await eddie.page.goto(`/entries/${code}`);
    await erin.page.goto(`/entries/${code}`);

    await eddie.page.getByLabel("Title — French").fill("Titre revu par Eddie");
    await eddie.page.getByLabel("Resolution 2 — French").fill("Résolution 2 revue par Eddie.");
    await eddie.page.getByRole("button", { name: "Save" }).click();
    await eddie.page.getByText("Saved as version 2.").waitFor();

    await erin.page.getByLabel("Cause 1 — French").fill("Cause revue par Erin.");
    await erin.page.getByLabel("Title — French").fill("Titre revu par Erin");
    await erin.page.getByRole("button", { name: "Save" }).click();
    const panel = erin.page.getByRole("region", { name: "Someone else saved this entry" });
    await panel.waitFor();
    expect(await panel.textContent()).toContain("Eddie Editor");
    expect(await panel.getByRole("row", { name: /Title — French/ }).textContent()).toContain(
      "Titre revu par Eddie",
    );
    expect(await frenchOf(code)).toMatchObject({ version: 2, title: "Titre revu par Eddie" });
    expect(await erin.page.getByLabel("Cause 1 — French").inputValue()).toBe("Cause revue par Erin.");
    await screenshot(erin.page, "07-conflict");

    await panel.getByRole("button", { name: "Keep my edits on top of version 2" }).click();
    // Both changed the French title: hers is kept, and his is shown next to the field.
    expect(await erin.page.locator("#field-fr-title-overlap").textContent()).toContain(
      "Titre revu par Eddie",
    );
    expect(await erin.page.getByLabel("Title — French").inputValue()).toBe("Titre revu par Erin");
    expect(await erin.page.getByLabel("Resolution 2 — French").inputValue()).toBe(
      "Résolution 2 revue par Eddie.",
    );
    await screenshot(erin.page, "08-conflict-merged", { keepScroll: true });
    await erin.page.getByRole("button", { name: "Save" }).click();
    await erin.page.getByText("Saved as version 3.").waitFor();
    expect(await frenchOf(code)).toEqual({
      version: 3,
      title: "Titre revu par Erin",
      cause: "Cause revue par Erin.",
      resolution2: "Résolution 2 revue par Eddie.",
    });
    await eddie.context.close();
    await erin.context.close();
  });

  it("lets the second editor discard their edits and load the other version instead", async () => {
    const code = "0xC004F039";
    const eddie = await signedIn(h, "editor");
    const erin = await signedIn(h, "editor2");
    await eddie.page.goto(`/entries/${code}`);
    await erin.page.goto(`/entries/${code}`);
    await eddie.page.getByLabel("Cause 1 — French").fill("Version d’Eddie.");
    await eddie.page.getByRole("button", { name: "Save" }).click();
    await eddie.page.getByText("Saved as version 2.").waitFor();

    await erin.page.getByLabel("Cause 1 — French").fill("Version d’Erin.");
    await erin.page.getByRole("button", { name: "Save" }).click();
    await erin.page.getByRole("button", { name: "Discard my edits, load version 2" }).click();
    expect(await erin.page.getByLabel("Cause 1 — French").inputValue()).toBe("Version d’Eddie.");
    await erin.page.getByText("No unsaved changes").waitFor();
    expect(await frenchOf(code)).toMatchObject({ version: 2, cause: "Version d’Eddie." });
    await eddie.context.close();
    await erin.context.close();
  });
});

describe("the session", () => {
  it("signs out: the API session is revoked and pages go back to sign-in", async () => {
    const { context, page } = await signedIn(h, "viewer");
    await page.getByRole("button", { name: "Français" }).click();
    await page.getByRole("heading", { name: "Fiches" }).waitFor();
    await screenshot(page, "06-entry-list-fr");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Entries" }).waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByText("You are signed out.").waitFor();
    const open = await h.api.db.prisma.session.count({
      where: { user: { email: ACCOUNTS.viewer.email }, revokedAt: null },
    });
    expect(open).toBe(0);
    await page.goto("/entries/0xC004F074");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await context.close();
  });

  it("when it expires mid-edit, asks to sign in again over the editor, then saves what was typed", async () => {
    const code = "0xC004F041";
    const { context, page } = await signedIn(h, "editor");
    await page.goto(`/entries/${code}`);
    await page.getByLabel("Cause 1 — French").fill("Texte tapé avant l’expiration de la session.");
    // The session ends behind the editor's back (expiry, revocation, sign-out elsewhere).
    await h.api.db.prisma.session.updateMany({
      where: { user: { email: ACCOUNTS.editor.email } },
      data: { revokedAt: new Date() },
    });
    await page.getByRole("button", { name: "Save" }).click();
    const dialog = page.getByRole("dialog", { name: "Your session has expired" });
    await dialog.waitFor();
    await screenshot(page, "09-session-expired", { keepScroll: true });
    await dialog.getByLabel("Password").fill(PASSWORD);
    await dialog.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Saved as version 2.").waitFor();
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.getByLabel("Cause 1 — French").inputValue()).toBe(
      "Texte tapé avant l’expiration de la session.",
    );
    expect(await frenchOf(code)).toMatchObject({
      version: 2,
      cause: "Texte tapé avant l’expiration de la session.",
    });

    // Opening a page with a dead session goes to sign-in, says why, and comes back afterwards.
    await h.api.db.prisma.session.updateMany({
      where: { user: { email: ACCOUNTS.editor.email } },
      data: { revokedAt: new Date() },
    });
    await page.goto(`/entries/${code}/history`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.getByText("Your session has expired or was revoked.").waitFor();
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByLabel("Email").fill(ACCOUNTS.editor.email);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`**/entries/${code}/history`);
    await context.close();
  });
});
