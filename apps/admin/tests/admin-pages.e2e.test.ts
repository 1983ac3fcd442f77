// The pages around the editor: import (dry run first) and export, accounts and API tokens for
// admins, reader feedback and the backlog of unknown codes.
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

describe("import and export", () => {
  it("exports JSON, reports an import as a dry run first, then applies it", async () => {
    const { context, page } = await signedIn(h, "editor");
    await page.goto("/import-export");
    const download = await context.request.get("/import-export/download?format=JSON");
    expect(download.headers()["content-disposition"]).toMatch(
      /attachment; filename="activation-kb-.*\.json"/,
    );
    expect((JSON.parse(await download.text()) as { entries: unknown[] }).entries).toHaveLength(30);

    const file = JSON.parse(await download.text()) as { entries: { code: string; fr: { title: string } }[] };
    const entry = file.entries.find((e) => e.code === "0x8007007B")!;
    entry.fr.title = "Le nom DNS n’existe pas (importé)";
    await page.getByLabel("Or paste the content").fill(JSON.stringify({ entries: [entry] }));
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    const report = page.getByRole("status").filter({ hasText: "What the import would do" });
    await report.waitFor();
    expect(await report.textContent()).toContain("Updated entries (1)0x8007007B");
    await screenshot(page, "12-import-dry-run", { fullPage: true });
    const before = await h.api.db.prisma.errorCode.findUniqueOrThrow({ where: { code: "0x8007007B" } });
    expect(before.version).toBe(1);

    await page.getByRole("button", { name: "Import these changes" }).click();
    await page.getByRole("heading", { name: "Imported" }).waitFor();
    const after = await h.api.db.prisma.errorCode.findUniqueOrThrow({
      where: { code: "0x8007007B" },
      include: { translations: { where: { locale: "FR" } } },
    });
    expect(after.translations[0]?.title).toBe("Le nom DNS n’existe pas (importé)");
    await context.close();
  });
});

describe("accounts and API tokens", () => {
  it("lets an admin create an account (with inline errors), change a role, and create and revoke a token", async () => {
    const { context, page } = await signedIn(h, "admin");
    await page.getByRole("link", { name: "Users & tokens" }).click();
    await page.waitForURL("**/users");

    await page.getByLabel("Email", { exact: true }).fill("nina@kb.test");
    await page.getByLabel("Name", { exact: true }).first().fill("Nina Nouvelle");
    await page.getByLabel("Initial password (at least 12 characters)").fill("short");
    await page.getByRole("button", { name: "Create the account" }).click();
    const password = page.getByLabel("Initial password (at least 12 characters)");
    await page.getByText("password must have at least 12 characters.").waitFor();
    expect(await password.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Email", { exact: true }).inputValue()).toBe("nina@kb.test");
    await password.fill("a long enough password");
    await page.getByRole("button", { name: "Create the account" }).click();
    await page.getByText("Account nina@kb.test created.").waitFor();
    await page.locator('tr[data-email="nina@kb.test"]').waitFor();

    await page.getByLabel("Role — nina@kb.test").selectOption("TRANSLATOR");
    await page.getByRole("button", { name: "Save changes to nina@kb.test" }).click();
    await page.locator('tr[data-email="nina@kb.test"]').getByText("Saved.").waitFor();
    const nina = await h.api.db.prisma.user.findUniqueOrThrow({ where: { email: "nina@kb.test" } });
    expect(nina.role).toBe("TRANSLATOR");

    await page.getByLabel("Name", { exact: true }).last().fill("Help desk bot");
    await page.getByRole("button", { name: "Create the token" }).click();
    const secret = await page.locator("output.secret").textContent();
    expect(secret).toMatch(/^kbt_/);
    const asBot = await h.api.gql(
      `{ errorCodeSource(id: "0xC004F074") { code } }`,
      {},
      { authorization: `Bearer ${secret}` },
    );
    expect(asBot.data?.errorCodeSource?.code).toBe("0xC004F074");
    await screenshot(page, "13-users-tokens", { fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Revoke Help desk bot" }).click();
    await page.locator('tr[data-token="Help desk bot"]').getByText("Revoked").waitFor();
    const revoked = await h.api.gql(
      `{ errorCodeSource(id: "0xC004F074") { code } }`,
      {},
      { authorization: `Bearer ${secret}` },
    );
    expect(revoked.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    await context.close();
  });
});

describe("feedback and backlog", () => {
  it("shows readers' feedback and the unknown codes they looked up, with a way to start an entry", async () => {
    await h.api.gql(
      `mutation { submitFeedback(code: "0xC004F074", locale: FR, helpful: false, comment: "Il manque la commande slmgr.") }`,
    );
    await h.api.gql(`{ errorCode(code: "0xC004F0AA") { code } }`);
    await h.api.gql(`{ errorCode(code: "-1073418070") { code } }`);
    await h.api.gql(`{ errorCode(code: "SL_E_LICENSE_FILE_NOT_INSTALLED") { code } }`);
    const { context, page } = await signedIn(h, "editor");
    await page.goto("/backlog");
    await page.getByText("Il manque la commande slmgr.").waitFor();
    const unknown = page.getByRole("row", { name: /0xC004F0AA/ });
    // One reader (both lookups came from the same address), two lookups.
    expect(await unknown.textContent()).toMatch(/0xC004F0AA12/);
    // Editors see what the headers call a code, not only its number.
    const named = page.getByRole("row", { name: /0xC004F011/ });
    expect(await named.textContent()).toContain("SL_E_LICENSE_FILE_NOT_INSTALLED (slerror.h)");
    await screenshot(page, "14-backlog");
    await unknown.getByRole("link", { name: "Create an entry for 0xC004F0AA" }).click();
    await page.waitForURL("**/entries/new?code=0xC004F0AA");
    expect(await page.getByLabel("Code").inputValue()).toBe("0xC004F0AA");
    await page.getByText("Saved as 0xC004F0AA.").waitFor();
    await context.close();
  });
});
