// History (authors, times, a readable diff, restore) and what each role may do: translators change
// French only, viewers read only. The interface hides what a role cannot do; the API refuses it anyway.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityProblems } from "./support/a11y.ts";
import { screenshot, signedIn, startHarness, type Harness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const titleOf = async (code: string) =>
  (
    await h.api.db.prisma.errorCodeTranslation.findFirstOrThrow({
      where: { errorCode: { code }, locale: "EN" },
    })
  ).title;

describe("history", () => {
  it("lists revisions with author and time, compares two readably, and restores an old one", async () => {
    const code = "0xC004C003";
    const original = await titleOf(code);
    const { context, page } = await signedIn(h, "editor");
    await page.goto(`/entries/${code}`);
    await page.getByLabel("Title — English").fill(`${original} (edited)`);
    await page.getByLabel("Change summary (optional)").fill("Title edited");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved as version 2.").waitFor();
    await page.getByLabel("Cause 1 — French").fill("Une cause reformulée.");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved as version 3.").waitFor();

    await page.getByRole("link", { name: "History" }).click();
    await page.waitForURL(`**/entries/${code}/history`);
    const rows = page.locator("table.revisions tbody tr");
    expect(await rows.count()).toBe(3);
    expect(await page.locator('tr[data-version="2"]').textContent()).toMatch(/Eddie Editor.*Title edited/);
    expect(await page.locator('tr[data-version="1"]').textContent()).toContain("Seeded from the article");

    await page.getByLabel("From version", { exact: true }).selectOption("1");
    await page.getByLabel("To version", { exact: true }).selectOption("3");
    await page.getByRole("button", { name: "Show the differences" }).click();
    await page.waitForURL((url) => url.searchParams.get("from") === "1");
    const diff = page.getByRole("table", { name: "From version 1 to version 3" });
    const inserted = await diff
      .getByRole("row", { name: /Title — English/ })
      .locator("ins")
      .textContent();
    expect(inserted?.trim()).toBe("(edited)");
    expect(await diff.getByRole("row", { name: /Cause 1 — French/ }).count()).toBe(1);
    await screenshot(page, "10-history");
    expect(await accessibilityProblems(page)).toEqual([]);

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Restore version 1" }).click();
    await page.waitForURL(`**/entries/${code}?restored=1`);
    await page.getByText("Version 1 restored.").waitFor();
    expect(await page.getByLabel("Title — English").inputValue()).toBe(original);
    expect(await titleOf(code)).toBe(original);
    const latest = await h.api.db.prisma.revision.findFirstOrThrow({
      where: { errorCode: { code } },
      orderBy: { version: "desc" },
    });
    expect(latest).toMatchObject({ version: 4, summary: "Restored revision 1" });
    await context.close();
  });
});

describe("roles", () => {
  it("a translator edits French only: English is read-only, content actions are hidden, the API refuses anyway", async () => {
    const code = "0xC004F038";
    const { context, page } = await signedIn(h, "translator");
    expect(await page.getByRole("link", { name: "New entry" }).count()).toBe(0);
    await page.goto(`/entries/${code}`);
    await page.getByText("You can change the French texts only.").waitFor();
    for (const label of ["Title — English", "Resolution 1 — English"]) {
      expect(await page.getByLabel(label).isEditable(), label).toBe(false);
    }
    expect(await page.getByLabel("Resolution 1, step 1 — Command").isEditable()).toBe(false);
    expect(await page.getByRole("checkbox", { name: "KMS client" }).isDisabled()).toBe(true);
    for (const name of ["Publish", "Unpublish", "Add a cause", "Move Resolution 1 down", "Remove Cause 1"]) {
      expect(await page.getByRole("button", { name }).count(), name).toBe(0);
    }
    await page
      .getByLabel("Resolution 1 — French")
      .fill("Pour obtenir le décompte actuel sur l’hôte KMS, exécutez Slmgr.vbs /dli.");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved as version 2.").waitFor();
    await screenshot(page, "11-translator");

    // Whatever a page shows, the same session cannot change English through the API.
    const token = (await context.cookies()).find((c) => c.name === "kb_admin_session")!.value;
    const auth = { authorization: `Bearer ${token}` };
    const { data } = await h.api.gql(
      `query ($id: String!) { errorCodeSource(id: $id) { version source { code activationTypes en { title summary message notes } fr { title summary message notes } causes { en fr } resolutions { activationType en fr steps { command en fr } } references { en fr url } } } }`,
      { id: code },
      auth,
    );
    const source = data!.errorCodeSource.source;
    const refused = await h.api.gql(
      `mutation ($id: String!, $v: Int!, $input: ErrorCodeInput!) { updateErrorCode(id: $id, expectedVersion: $v, input: $input) { version } }`,
      {
        id: code,
        v: data!.errorCodeSource.version,
        input: { ...source, en: { ...source.en, title: "Changed by a translator" } },
      },
      auth,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await context.close();
  });

  it("a viewer reads everything and changes nothing", async () => {
    const { context, page } = await signedIn(h, "viewer");
    await page.goto("/entries/0xC004F035");
    await page.getByText("Read only: your role cannot change entries.").waitFor();
    expect(await page.getByLabel("Title — French").isEditable()).toBe(false);
    expect(await page.getByLabel("Title — English").isEditable()).toBe(false);
    expect(await page.getByRole("button", { name: /Save/ }).count()).toBe(0);
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await page.getByRole("region", { name: "Preview" }).getByText("slmgr /dti", { exact: true }).waitFor();
    await page.goto("/entries/0xC004F035/history");
    expect(await page.getByRole("button", { name: /Restore/ }).count()).toBe(0);
    await page.goto("/users");
    await page.getByText("This page is for administrators.").waitFor();
    expect(await page.getByRole("link", { name: "Users & tokens" }).count()).toBe(0);
    await context.close();
  });
});
