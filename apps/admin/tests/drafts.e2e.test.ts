// The editorial model as editors and translators live it: saves go to a draft readers do not see,
// items keep their identity through a reorder and a concurrent edit, nothing typed is lost (reload,
// closed tab, Back, sign-out, autosave), French is tracked per field, and a translator submits for
// review while only editors publish.
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACCOUNTS,
  PASSWORD,
  adminDir,
  publicEntry,
  screenshot,
  screenshotDir,
  signedIn,
  startHarness,
  type Harness,
} from "./support/harness.ts";

const LEAVE = "This entry has unsaved changes. Leave the page and lose them?";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The README's screenshots are copies of the ones the tests write (small PNGs, 1366×860). */
async function publishScreenshot(name: string) {
  const docs = path.join(adminDir, "..", "..", "docs", "screenshots");
  await mkdir(docs, { recursive: true });
  await copyFile(path.join(screenshotDir, `${name}.png`), path.join(docs, `admin-${name}.png`));
}

const SOURCE = `query ($id: String!) { errorCodeSource(id: $id) { version publishedVersion hasUnpublishedChanges
  source { code activationTypes en { title summary message notes } fr { title summary message notes }
  causes { id en fr } resolutions { id en fr activationType steps { id command en fr } } references { id en fr url } } } }`;

async function tokenOf(who: keyof typeof ACCOUNTS) {
  const res = await h.api.gql<{ login: { token: string } }>(
    `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
    { email: ACCOUNTS[who].email, password: PASSWORD },
  );
  return { authorization: `Bearer ${res.data!.login.token}` };
}

async function editable(code: string) {
  const res = await h.api.gql(SOURCE, { id: code }, await tokenOf("admin"));
  return res.data!.errorCodeSource as {
    version: number;
    publishedVersion: number | null;
    hasUnpublishedChanges: boolean;
    source: Record<string, any>;
  };
}

/** Accepts every dialog (beforeunload included) and remembers their messages. */
function acceptDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on("dialog", (dialog) => {
    seen.push(`${dialog.type()}:${dialog.message()}`);
    void dialog.accept();
  });
  return seen;
}

describe("items keep their identity", () => {
  it("merges a reorder and a concurrent edit in two browsers without losing or doubling a cause", async () => {
    const code = "0x8004FE21";
    const before = (await editable(code)).source.causes as { id: string; en: string }[];
    expect(before).toHaveLength(3);
    const eddie = await signedIn(h, "editor");
    const erin = await signedIn(h, "editor2");
    await eddie.page.goto(`/entries/${code}`);
    await erin.page.goto(`/entries/${code}`);
    // Each sees the other in the editor (presence is advisory).
    await eddie.page.getByText(/Also open by Erin Editor \(Editor/).waitFor({ timeout: 20_000 });

    // Eddie moves cause 2 up and saves.
    await eddie.page.getByRole("button", { name: "Move Cause 2 up" }).click();
    await eddie.page.getByRole("button", { name: "Save draft" }).click();
    await eddie.page.getByText("Saved as version 2.").waitFor();

    // Erin, on version 1, edits cause 1 (now cause 2 for Eddie) and saves: a conflict.
    const edited = `${before[0]!.en} (checked by Erin)`;
    await erin.page.getByLabel("Cause 1 — English").fill(edited);
    await erin.page.getByRole("button", { name: "Save draft" }).click();
    const panel = erin.page.getByRole("region", { name: "Someone else saved this entry" });
    await panel.waitFor();
    // A move is one change of position, not text changes of every cause.
    expect(await panel.getByRole("row", { name: /^Cause \d, position/ }).count()).toBe(1);
    expect(await panel.getByRole("row", { name: /English/ }).count()).toBe(0);
    await panel.getByRole("button", { name: "Keep my edits on top of version 2" }).click();

    const causes = erin.page.locator('textarea[id^="field-causes-"][id$="-en"]');
    expect(await causes.evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value))).toEqual([
      before[1]!.en,
      edited,
      before[2]!.en,
    ]);
    await erin.page.getByRole("button", { name: "Save draft" }).click();
    await erin.page.getByText("Saved as version 3.").waitFor();

    const after = (await editable(code)).source.causes as { id: string; en: string }[];
    expect(after.map((c) => c.id)).toEqual([before[1]!.id, before[0]!.id, before[2]!.id]);
    expect(after.map((c) => c.en)).toEqual([before[1]!.en, edited, before[2]!.en]);
    await eddie.context.close();
    await erin.context.close();
  });
});

describe("no lost edits", () => {
  it("offers to restore unsaved edits after a reload and after a closed tab", async () => {
    const code = "0xC004F00F";
    const { context, page } = await signedIn(h, "editor");
    const dialogs = acceptDialogs(page);
    await page.goto(`/entries/${code}`);
    await page.getByLabel("Notes — French").fill("Note tapée puis rechargée.");
    await page.reload();
    expect(dialogs.some((d) => d.startsWith("beforeunload"))).toBe(true);
    await page.getByRole("button", { name: "Restore my edits" }).click();
    expect(await page.getByLabel("Notes — French").inputValue()).toBe("Note tapée puis rechargée.");
    await page.getByText("Unsaved changes", { exact: true }).waitFor();

    // A closed tab: the edits are still in this browser's storage for the next tab.
    await page.getByLabel("Notes — French").fill("Note d’un onglet fermé.");
    await page.close({ runBeforeUnload: false });
    const next = await context.newPage();
    await next.goto(`/entries/${code}`);
    await next.getByText(/This browser kept unsaved edits of this entry/).waitFor();
    await next.getByRole("button", { name: "Restore my edits" }).click();
    expect(await next.getByLabel("Notes — French").inputValue()).toBe("Note d’un onglet fermé.");
    // Nothing of it was saved meanwhile (the reloads came before the autosave pause).
    expect((await editable(code)).version).toBe(1);
    await context.close();
  });

  it("asks before Back and before sign-out drop unsaved edits", async () => {
    const code = "0xC004F014";
    const { context, page } = await signedIn(h, "editor");
    await page.getByRole("link", { name: code }).click();
    await page.waitForURL(`**/entries/${code}`);
    await page.getByLabel("Title — French").fill("Titre à ne pas perdre");

    const answer = async (action: () => Promise<unknown>, accept: boolean) => {
      const dialog = page.waitForEvent("dialog");
      void action().catch(() => null);
      const d = await dialog;
      const message = d.message();
      await (accept ? d.accept() : d.dismiss());
      return message;
    };
    // Back: asked; staying keeps the editor and the text.
    expect(await answer(() => page.goBack({ timeout: 3000 }), false)).toBe(LEAVE);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe(`/entries/${code}`);
    expect(await page.getByLabel("Title — French").inputValue()).toBe("Titre à ne pas perdre");

    // Sign out: asked; staying keeps the session and the text.
    expect(await answer(() => page.getByRole("button", { name: "Sign out" }).click(), false)).toBe(LEAVE);
    await page.waitForTimeout(300);
    expect(await page.getByLabel("Title — French").inputValue()).toBe("Titre à ne pas perdre");
    const open = () =>
      h.api.db.prisma.session.count({ where: { user: { email: ACCOUNTS.editor.email }, revokedAt: null } });
    expect(await open()).toBeGreaterThan(0);

    // Leaving on purpose works.
    expect(await answer(() => page.getByRole("button", { name: "Sign out" }).click(), true)).toBe(LEAVE);
    await page.getByText("You are signed out.").waitFor();
    await context.close();
  });

  it("autosaves a draft after a pause, never a publish: readers keep the published text", async () => {
    const code = "0xC004F02C";
    const published = await publicEntry(h, code, "EN");
    const { context, page } = await signedIn(h, "editor");
    await page.goto(`/entries/${code}`);
    await page.getByLabel("Title — English").fill("A title saved by the autosave only");
    await page
      .getByText("Draft saved automatically (version 2). Readers still see the published version.")
      .waitFor({ timeout: 20_000 });
    const state = await editable(code);
    expect(state).toMatchObject({ version: 2, hasUnpublishedChanges: true });
    expect(state.publishedVersion).not.toBeNull();
    expect(state.source.en.title).toBe("A title saved by the autosave only");
    expect((await publicEntry(h, code, "EN"))?.title).toBe(published?.title);
    await page.getByText("Unpublished changes", { exact: true }).waitFor();
    await page.getByText("No unsaved changes").waitFor();

    // The draft against the published version, field by field.
    const panel = page.locator(".unpublished-panel");
    expect(await panel.getByRole("row", { name: /Title — English/ }).textContent()).toContain(
      "A title saved by the autosave only",
    );
    await screenshot(page, "16-draft-diff");
    await publishScreenshot("16-draft-diff");

    // The list marks the entry too, without opening it.
    await page.goto(`/entries?q=${code}`);
    await page.locator(`tr[data-code="${code}"] [data-unpublished]`).waitFor();
    await page.goto(`/entries/${code}`);

    // Discard the draft: the editor and readers have the published text again.
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Discard draft" }).click();
    await page.getByText(/Draft discarded/).waitFor();
    expect(await page.getByLabel("Title — English").inputValue()).toBe(published?.title);
    expect((await publicEntry(h, code, "EN"))?.title).toBe(published?.title);
    await context.close();
  });
});

describe("French per field", () => {
  it("a translator saves partial French, sees per-field status, confirms a stale field, submits for review, and cannot publish", async () => {
    const code = "0x800706BA";
    // An editor rewrites the English of cause 1 and drops two French texts.
    const start = await editable(code);
    const input = structuredClone(start.source);
    const englishBefore = input.causes[0].en as string;
    input.causes[0].en = `${englishBefore} Check the firewall as well.`;
    input.fr = { ...input.fr, title: null, message: null };
    const saved = await h.api.gql(
      `mutation ($v: Int!, $input: ErrorCodeInput!) { updateErrorCode(id: "${code}", expectedVersion: $v, input: $input) { version } }`,
      { v: start.version, input },
      await tokenOf("editor"),
    );
    expect(saved.errors).toBeUndefined();

    const { context, page } = await signedIn(h, "translator");
    await page.goto(`/entries/${code}`);
    const status = (id: string) =>
      page.locator(`#${id}-translation [data-translation]`).getAttribute("data-translation");
    expect(await status("field-fr-title")).toBe("MISSING");
    expect(await status("field-causes-0-fr")).toBe("STALE");
    const stale = page.locator("#field-causes-0-fr-translation");
    expect(await stale.textContent()).toContain(englishBefore);
    expect(await stale.textContent()).toContain("Check the firewall as well.");

    // Partial French: the title only, the message still missing.
    await page.getByLabel("Title — French").fill("Serveur RPC indisponible");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Saved as version 3.").waitFor();
    expect(await page.getByLabel("Title — French").inputValue()).toBe("Serveur RPC indisponible");
    expect(await status("field-fr-title")).toBe("CURRENT");
    expect(await status("field-fr-message")).toBe("MISSING");
    // The message (not translated), then cause 1 (English changed, with the English before and now).
    await page.evaluate(() => {
      document.getElementById("field-fr-message")?.scrollIntoView({ block: "start" });
      window.scrollBy(0, -60);
    });
    await screenshot(page, "17-translation-badges", { keepScroll: true });
    await publishScreenshot("17-translation-badges");

    await stale.getByRole("button", { name: "Still accurate" }).click();
    await page.getByText(/French marked as still accurate/).waitFor();
    expect(await status("field-causes-0-fr")).toBe("CURRENT");

    await page.getByRole("button", { name: "Submit for review" }).click();
    await page
      .getByText(/Review requested by Théo Traducteur/)
      .first()
      .waitFor();
    expect(await page.getByRole("button", { name: "Publish" }).count()).toBe(0);
    const refused = await h.api.gql(
      `mutation { publishErrorCode(id: "${code}", expectedVersion: 5) { version } }`,
      {},
      await tokenOf("translator"),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // Readers never saw any of it.
    expect((await publicEntry(h, code, "FR"))?.title).toBe("Le serveur RPC n’est pas disponible");
    await context.close();

    // The editor sees the request, and publishing lists the missing French first.
    const editor = await signedIn(h, "editor");
    await editor.page.goto(`/entries/${code}`);
    await editor.page.getByText(/Review requested by Théo Traducteur/).waitFor();
    await editor.page.getByRole("button", { name: "Publish", exact: true }).click();
    const dialog = editor.page.getByRole("dialog", { name: "French is missing" });
    await dialog.waitFor();
    expect(await dialog.getByRole("listitem").allTextContents()).toEqual(["Message — French"]);
    await screenshot(editor.page, "18-publish-missing-french");
    await dialog.getByRole("button", { name: "Publish anyway" }).click();
    await editor.page.getByText(/^Published \(version \d+\)\./).waitFor();
    expect((await publicEntry(h, code, "FR"))?.title).toBe("Serveur RPC indisponible");
    await editor.context.close();
  });
});
