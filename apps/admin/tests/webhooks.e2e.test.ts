// An admin registers a consuming service's webhook: the secret is shown once, a test delivery reaches
// the receiver signed with it, and the deliveries page shows it delivered.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, signedIn, startHarness, type Harness } from "./support/harness.ts";

const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
const receiver = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    received.push({ headers: req.headers, body });
    res.end("ok");
  });
});

let h: Harness;
let hookUrl: string;
beforeAll(async () => {
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/kb-events`;
  h = await startHarness({ KB_WEBHOOK_ALLOW_PRIVATE: true });
});
afterAll(async () => {
  await h?.close();
  receiver.close();
});

describe("webhooks", () => {
  it("lets an admin create one (secret shown once), send a test, see it delivered, and delete it", async () => {
    const { context, page } = await signedIn(h, "admin");
    await page.getByRole("link", { name: "Webhooks" }).click();
    await page.waitForURL("**/webhooks");
    await page.getByText("No webhook yet.").waitFor();

    await page.getByLabel("URL").fill("ftp://files.example.com/hook");
    await page.getByRole("button", { name: "Create the webhook" }).click();
    await page.getByRole("alert").getByText("url must be an http:// or https:// URL.").waitFor();

    await page.getByLabel("URL").fill(hookUrl);
    await page.getByLabel("entry archived").uncheck();
    await page.getByRole("button", { name: "Create the webhook" }).click();
    const secret = (await page.locator("output.secret").textContent())!;
    expect(secret).toMatch(/^whsec_/);
    const row = page.locator(`tr[data-webhook="${hookUrl}"]`);
    await row.getByText("entry published, entry unpublished").waitFor();

    await row.getByRole("button", { name: `Send a test to ${hookUrl}` }).click();
    await page.getByText(`A test delivery was queued for ${hookUrl}.`).waitFor();
    for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(new Webhook(secret).verify(received[0]!.body, received[0]!.headers as never)).toMatchObject({
      type: "webhook.test",
    });

    await page.reload();
    // Shown once: the page as served again no longer holds it anywhere.
    await row.waitFor();
    expect(await page.locator("output.secret").count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    await row.getByRole("link", { name: `Deliveries of ${hookUrl}` }).click();
    await page.getByRole("heading", { name: `Deliveries of ${hookUrl}` }).waitFor();
    const delivery = page.locator("tr[data-delivery]");
    expect(await delivery.locator("td").nth(1).textContent()).toBe("webhook.test");
    expect(await delivery.locator("td").nth(2).textContent()).toBe("Delivered");
    await screenshot(page, "20-webhook-deliveries", { fullPage: true });

    await page.getByRole("link", { name: "Back to the webhooks" }).click();
    page.once("dialog", (dialog) => void dialog.accept());
    await page
      .locator(`tr[data-webhook="${hookUrl}"]`)
      .getByRole("button", { name: `Delete ${hookUrl}` })
      .click();
    await page.getByText("No webhook yet.").waitFor();
    expect(await h.api.db.prisma.webhook.count()).toBe(0);
    await context.close();
  });
});
