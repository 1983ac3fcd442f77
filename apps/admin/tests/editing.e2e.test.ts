// The main path of an editor: sign in, find an entry, edit its French, save a draft, publish, and see
// the public API serve the new text. Also the list's badges and filters, inline validation errors,
// keyboard reordering and the preview.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityProblems } from "./support/a11y.ts";
import {
  ACCOUNTS,
  PASSWORD,
  publicEntry,
  screenshot,
  signedIn,
  startHarness,
  type Harness,
} from "./support/harness.ts";

const CODE = "0xC004F074";
const NEW_FRENCH =
  "Dans le journal des événements Application, repérez chaque événement 12288 lié à la tentative d’activation, puis corrigez les erreurs qu’il signale.";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("an editor", () => {
  it("signs in, edits a resolution's French, saves a draft, publishes, and the public API serves it", async () => {
    const context = await h.browser.newContext({
      baseURL: h.app.url,
      viewport: { width: 1366, height: 860 },
    });
    const page = await context.newPage();
    await page.goto("/entries");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await screenshot(page, "01-sign-in");
    await page.getByLabel("Email").fill(ACCOUNTS.editor.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/entries");

    await page.getByRole("link", { name: CODE }).click();
    await page.waitForURL(`**/entries/${CODE}`);
    // Seeded entries are published: take it back to draft so the edit is not public until published.
    await page.getByRole("button", { name: "Unpublish" }).click();
    await page.getByText("Unpublished: the entry is a draft again (version 2).").waitFor();
    expect(await publicEntry(h, CODE, "FR")).toBeNull();

    await page.getByLabel("Resolution 1 — French").fill(NEW_FRENCH);
    await page.getByText("Unsaved changes").waitFor();
    await page.getByLabel("Change summary (optional)").fill("Clearer French for resolution 1");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Saved as version 3.").waitFor();
    await screenshot(page, "03-editor");
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await page.getByRole("button", { name: "French", exact: true }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    await preview.getByText(NEW_FRENCH).waitFor();
    expect(await preview.getByRole("heading", { level: 2 }).allTextContents()).toContain("Causes possibles");
    await screenshot(page, "04-preview");
    await page.getByRole("button", { name: "Back to editing" }).click();

    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("Published (version 4).").waitFor();
    const served = await publicEntry(h, CODE, "FR");
    expect(served?.resolutions[0]?.text).toBe(NEW_FRENCH);
    await context.close();
  });

  it("shows MISSING and STALE French as badges and filters by them", async () => {
    const { context, page } = await signedIn(h, "admin");
    // English changed after the French was written: STALE. A new draft without French: MISSING.
    await page.goto("/entries/0xC004F009");
    await page.getByLabel("Title — English").fill("The grace period expired");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved as version 2.").waitFor();
    await page.goto("/entries/new?code=c004f999");
    await page.getByLabel("Title — English").fill("A code added for the test");
    await page.getByLabel("Summary — English").fill("Summary");
    await page.getByLabel("Message — English").fill("Message");
    await page.getByRole("button", { name: "Create draft" }).click();
    await page.waitForURL("**/entries/0xC004F999");

    await page.goto("/entries");
    const badge = (code: string) => page.locator(`tr[data-code="${code}"] [data-translation]`);
    expect(await badge("0xC004F009").textContent()).toBe("STALE");
    expect(await badge("0xC004F999").textContent()).toBe("MISSING");
    await screenshot(page, "02-entry-list", { fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel("French translation").selectOption("STALE");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL((url) => url.searchParams.get("translation") === "STALE");
    expect(await page.locator("tbody tr").count()).toBe(1);
    await page.goto("/entries?q=F999&status=DRAFT");
    expect(
      await page
        .locator("tbody tr[data-code]")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-code"))),
    ).toEqual(["0xC004F999"]);
    await context.close();
  });
});

describe("the editor form", () => {
  it("shows a refused save's errors next to their fields and keeps everything typed", async () => {
    const { context, page } = await signedIn(h, "editor");
    await page.goto("/entries/0x8007232B");
    await page.getByLabel("Cause 1 — French").fill("Une cause réécrite, à garder.");
    await page.getByLabel("Title — English").fill("   ");
    await page.getByRole("button", { name: "Add a cause" }).click();
    // Focus moves to the new cause's English field; leave it empty and write only the French.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("field-causes-1-en");
    await page.getByLabel("Cause 2 — French").fill("Une nouvelle cause, sans anglais.");
    await page.getByRole("button", { name: "Save" }).click();

    await page.getByRole("heading", { name: "Fix these fields" }).waitFor();
    for (const [label, id] of [
      ["Title — English", "field-en-title"],
      ["Cause 2 — English", "field-causes-1-en"],
    ]) {
      const field = page.getByLabel(label!);
      expect(await field.getAttribute("aria-invalid")).toBe("true");
      expect(await page.locator(`#${id}-error`).textContent()).toBe("Cannot be empty.");
      expect(await field.getAttribute("aria-describedby")).toContain(`${id}-error`);
    }
    expect(await page.getByLabel("Cause 1 — French").inputValue()).toBe("Une cause réécrite, à garder.");
    expect(await page.getByLabel("Cause 2 — French").inputValue()).toBe("Une nouvelle cause, sans anglais.");
    await screenshot(page, "05-validation-error");
    const stored = await h.api.db.prisma.errorCode.findUniqueOrThrow({ where: { code: "0x8007232B" } });
    expect(stored.version).toBe(1);

    await page.getByLabel("Title — English").fill("DNS name does not exist");
    await page.getByLabel("Cause 2 — English").fill("A new cause, in English too.");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved as version 2.").waitFor();
    expect(await page.locator("#error-summary").count()).toBe(0);
    await context.close();
  });

  it("names a new entry's code from the Windows headers and suggests it as an empty English title", async () => {
    const { context, page } = await signedIn(h, "editor");
    await page.goto("/entries/new");
    const code = page.getByLabel("Code", { exact: true });
    const title = page.getByLabel("Title — English");
    // The hint under the code field (its accessible description).
    const hint = page.locator(".code-field .hint");
    await code.fill("0xC004F011");
    await expect
      .poll(() => hint.textContent())
      .toBe("Saved as 0xC004F011. Windows headers: SL_E_LICENSE_FILE_NOT_INSTALLED (slerror.h).");
    await expect.poll(() => title.inputValue()).toBe("SL_E_LICENSE_FILE_NOT_INSTALLED");
    await screenshot(page, "07-new-entry-names");

    // Another code replaces the field's own suggestion...
    await code.fill("-2147467259");
    await expect
      .poll(() => hint.textContent())
      .toMatch(/^Saved as 0x80004005\. Windows headers: E_FAIL \(winerror\.h\)/);
    await expect.poll(() => title.inputValue()).toBe("E_FAIL");
    // ...but never what the editor wrote.
    await title.fill("Licence file missing");
    await code.fill("c004f011");
    await expect.poll(() => hint.textContent()).toMatch(/Windows headers: SL_E_LICENSE_FILE_NOT_INSTALLED/);
    await page.waitForTimeout(500);
    expect(await title.inputValue()).toBe("Licence file missing");
    // No names for what is not a code.
    await code.fill("not a code");
    await expect.poll(() => hint.textContent()).toBe("Not an error code yet.");
    await context.close();
  });

  it("reorders resolutions and steps from the keyboard; focus follows the moved item", async () => {
    const { context, page } = await signedIn(h, "editor");
    await page.goto("/entries/0x800706BA");
    const first = await page.getByLabel("Resolution 1 — English").inputValue();
    await page.getByRole("button", { name: "Move Resolution 1 down" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("aria-label") === "Move Resolution 2 down",
    );
    expect(await page.getByLabel("Resolution 2 — English").inputValue()).toBe(first);
    await page.getByText("Resolution 1 moved to position 2.").waitFor();
    await page.keyboard.press("Enter");
    expect(await page.getByLabel("Resolution 3 — English").inputValue()).toBe(first);

    // A command step is one language-neutral field across both columns.
    await page.getByRole("button", { name: "Add a command step" }).first().click();
    const command = page.getByLabel("Resolution 1, step 1 — Command");
    await command.fill("slmgr.vbs /ato");
    expect(await command.evaluate((el) => getComputedStyle(el).fontFamily)).toContain("monospace");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved as version 2.").waitFor();
    const saved = await h.api.db.prisma.errorCode.findUniqueOrThrow({
      where: { code: "0x800706BA" },
      include: { resolutions: { orderBy: { position: "asc" }, include: { steps: true } } },
    });
    expect(saved.resolutions[0]?.steps.map((s) => s.command)).toEqual(["slmgr.vbs /ato"]);
    await context.close();
  });
});

describe("the structure of a resolution", () => {
  const structure = async () =>
    (
      await h.api.gql(
        `{ errorCode(code: "0xC004F035") { version resolutions { stepsMode steps { kind text steps { kind text } } } } }`,
      )
    ).data!.errorCode;

  it("lets an editor choose steps in order or alternatives, and add a note where it belongs", async () => {
    const { context, page } = await signedIn(h, "editor");
    await page.goto("/entries/0xC004F035");
    const mode = page.getByLabel("Resolution 1 — Steps");
    expect(await mode.inputValue()).toBe("ALTERNATIVES");
    // The article's note sits under the first option, its phone steps under the second.
    expect(await page.getByLabel("Resolution 1, option 1, step 1.1: note — English").inputValue()).toMatch(
      /^If you receive error 0x80072ee2/,
    );
    expect(await page.getByLabel("Resolution 1, option 2, step 2.2 — Command").inputValue()).toBe(
      "slmgr /dti",
    );
    expect(await accessibilityProblems(page)).toEqual([]);

    await mode.selectOption({ label: "In order: do every step" });
    expect(await page.getByLabel("Resolution 1, step 1 — English").inputValue()).toMatch(/^Change your/);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved as version 2.").waitFor();
    const saved = await h.api.db.prisma.resolution.findFirstOrThrow({
      where: { errorCode: { code: "0xC004F035" } },
    });
    expect(saved.stepsMode).toBe("SEQUENCE");

    await mode.selectOption({ label: "Alternatives: do one of them" });
    await page
      .getByRole("group", { name: "Resolution 1, option 2" })
      .getByRole("button", { name: "Add a note" })
      .click();
    const note = page.getByLabel("Resolution 1, option 2, step 2.6: note — English");
    expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
    await note.fill("Keep the Installation ID until the activation is confirmed.");
    await page
      .getByLabel("Resolution 1, option 2, step 2.6: note — French")
      .fill("Gardez l’ID d’installation jusqu’à la confirmation de l’activation.");
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    await preview.getByRole("note").filter({ hasText: "Keep the Installation ID" }).waitFor();
    await expect(
      preview.locator("ul.alternatives > li > p:not(.note) > strong").allTextContents(),
    ).resolves.toEqual(["Option 1 ", "Option 2 "]);
    await screenshot(page, "18-alternatives-preview");
    await page.getByRole("button", { name: "Back to editing" }).click();
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved as version 3.").waitFor();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByText("Published (version 4).").waitFor();

    const served = await structure();
    expect(served.resolutions[0].stepsMode).toBe("ALTERNATIVES");
    expect(served.resolutions[0].steps[1].steps.at(-1)).toEqual({
      kind: "NOTE",
      text: "Keep the Installation ID until the activation is confirmed.",
    });
    await context.close();
  });

  it("refuses a link that is not a web address, next to its field, and sets what a reference is", async () => {
    const { context, page } = await signedIn(h, "editor");
    await page.goto("/entries/0xC004F064");
    const version = (await h.api.db.prisma.errorCode.findUniqueOrThrow({ where: { code: "0xC004F064" } }))
      .version;
    expect(await page.getByLabel("Reference 2 — Kind").inputValue()).toBe("SOURCE");
    const url = page.getByLabel("Reference 1 — Link (URL)");
    await url.fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("heading", { name: "Fix these fields" }).waitFor();
    expect(await url.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#field-references-0-url-error").textContent()).toBe(
      "Not a web address: it must start with http:// or https://.",
    );
    expect(
      (await h.api.db.prisma.errorCode.findUniqueOrThrow({ where: { code: "0xC004F064" } })).version,
    ).toBe(version);

    await url.fill("https://www.microsoft.com/licensing/");
    await page.getByLabel("Reference 1 — Kind").selectOption({ label: "Source article" });
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText(`Saved as version ${version + 1}.`).waitFor();
    const refs = await h.api.db.prisma.reference.findMany({
      where: { errorCode: { code: "0xC004F064" } },
      orderBy: { position: "asc" },
    });
    expect(refs.map((r) => [r.kind, r.url])).toEqual([
      ["SOURCE", "https://www.microsoft.com/licensing/"],
      [
        "SOURCE",
        "https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes",
      ],
    ]);
    await context.close();
  });
});
