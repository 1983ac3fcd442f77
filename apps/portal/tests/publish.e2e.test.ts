// Caching and on-demand revalidation, end to end: pages are served from the portal's data cache, and the
// API, configured with KB_PORTAL_REVALIDATE_URL as in production (through support/relay.ts), calls
// /api/revalidate when it publishes, so the new entry appears without waiting for the time window.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishEntry } from "./support/api-content.ts";
import { startPortal, type Portal } from "./support/portal.ts";

let portal: Portal;
let sqlStatements = 0;
beforeAll(async () => {
  portal = await startPortal({
    notify: true,
    // The API's own caches off: every request that reaches it reaches PostgreSQL, and is counted.
    api: { onQuery: () => void sqlStatements++, settings: { KB_HTTP_CACHE: false, KB_READ_MODEL: false } },
  });
});
afterAll(async () => {
  await portal?.close();
});

const NEW_CODE = "0xC004F056";

async function html(pathname: string): Promise<{ status: number; body: string }> {
  const res = await fetch(portal.url(pathname));
  return { status: res.status, body: await res.text() };
}

/** The API notifies the portal 100 ms after a write, asynchronously: poll for the outcome. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("the portal did not catch up in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the revalidation endpoint", () => {
  it("refuses a missing or wrong secret", async () => {
    const none = await fetch(portal.url("/api/revalidate"), { method: "POST", body: '{"codes":[]}' });
    expect(none.status).toBe(401);
    expect((await portal.revalidate(["0xC004F074"], "wrong-secret-0123456789")).status).toBe(401);
  });

  it("refuses a body that is not a list of codes", async () => {
    const post = (body: string) =>
      fetch(portal.url("/api/revalidate"), {
        method: "POST",
        headers: { "x-kb-revalidate-secret": "test-revalidate-secret-0123456789" },
        body,
      });
    expect((await post("not json")).status).toBe(400);
    expect((await post('{"code":"0xC004F074"}')).status).toBe(400);
    expect((await post('{"codes":["not a code"]}')).status).toBe(400);
  });

  it("accepts any code form and answers with the canonical codes", async () => {
    const res = await portal.revalidate(["c004f074", "-1073418124"]);
    expect(res.status).toBe(200);
    await expect(res.json()).resolves.toMatchObject({ revalidated: true, codes: ["0xC004F074"] });
  });
});

describe("caching", () => {
  it("serves a page seen before from the cache, without asking the API", async () => {
    expect((await html("/en/codes/0xC004F035")).status).toBe(200);
    const before = sqlStatements;
    // Seen again, the page asks nothing: its entry is cached, and whether the code is published comes
    // from the proxy's copy of the published codes (no list is read per page).
    expect((await html("/en/codes/0xC004F035")).status).toBe(200);
    expect(sqlStatements).toBe(before);
    expect((await html("/en")).status).toBe(200);
    const afterHome = sqlStatements;
    expect((await html("/en")).status).toBe(200);
    expect((await html("/en/codes/0xC004F035")).status).toBe(200);
    expect(sqlStatements).toBe(afterHome);
  });
});

describe("publishing through the API", () => {
  it("shows the new entry on its page, the home pages, the search and the sitemap", async () => {
    // Seen, and cached, before the entry exists.
    expect((await html("/en")).body).not.toContain(NEW_CODE);
    expect((await html("/en/search?q=zebracorn")).body).not.toContain(NEW_CODE);
    const callsBefore = portal.relay!.calls();

    await publishEntry(portal.api, {
      code: NEW_CODE,
      title: "The zebracorn licensing test failed",
      command: "slmgr.vbs /dlv",
    });
    await eventually(async () => (await html("/en")).body.includes(NEW_CODE));
    expect(portal.relay!.calls()).toBeGreaterThan(callsBefore);
    expect((await html("/fr")).body).toContain(NEW_CODE);
    expect((await html("/en/search?q=zebracorn")).body).toContain(NEW_CODE);
    expect((await html("/sitemap.xml")).body).toContain(`https://kb.example.test/fr/codes/${NEW_CODE}`);

    const page = await portal.page();
    const res = await page.goto(portal.url(`/en/codes/${NEW_CODE}`));
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("zebracorn");
    await expect(page.locator("pre code").textContent()).resolves.toBe("slmgr.vbs /dlv");
  });

  it('marks an entry with no French text as "not yet translated" on the French page', async () => {
    const page = await portal.page();
    await page.goto(portal.url(`/fr/codes/${NEW_CODE}`));
    await expect(page.getByRole("note").textContent()).resolves.toBe(
      "Pas encore traduit\u00a0: affiché en anglais.",
    );
    await expect(page.locator("h1 .entry-title").getAttribute("lang")).resolves.toBe("en");
    await portal.screenshot(page, "fallback-fr");
  });

  it("serves a code published after a reader found it missing", async () => {
    const code = "0xC004F057";
    expect((await html(`/en/codes/${code}`)).status).toBe(404);
    await publishEntry(portal.api, { code, title: "Published after a reader asked", fr: "Publié après" });
    await eventually(async () => (await html(`/fr/codes/${code}`)).status === 200);
    expect((await html(`/fr/codes/${code}`)).body).toContain("Publié après");
  });
});

describe("markup saved through the API", () => {
  it("is shown as text on the portal and never runs", async () => {
    const code = "0xC004F0E1";
    await publishEntry(portal.api, {
      code,
      title: `<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> [x](javascript:alert(1))`,
    });
    await eventually(async () => (await html(`/en/codes/${code}`)).status === 200);
    const page = await portal.page();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(portal.url(`/en/codes/${code}`));
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
      "<script>window.__pwned=2</script>",
    );
    await expect(
      page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).resolves.toBeUndefined();
    await expect(page.locator("main img[src='x']").count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });
});
