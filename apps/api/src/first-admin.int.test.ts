// The first admin of a production deployment, as its operator meets it: no admin and no
// KB_ADMIN_PASSWORD, so the account is created without a usable password and a one-time sign-in link is
// written to the log once; the link sets a password and signs in, once; 20 racing uses let one through.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { readDbEnv } from "@kb/db";
import { createTestDb } from "@kb/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecret } from "./services/auth/tokens.ts";
import {
  ensureFirstAdmin,
  firstAdminNotice,
  FIRST_SIGN_IN_PATH,
  NO_PASSWORD,
} from "./services/auth/first-admin.service.ts";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

const REDEEM = `mutation ($token: String!, $password: String!) {
  redeemSignInLink(token: $token, newPassword: $password) { token user { email role } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const tokenOf = (notice: string) => new RegExp(`${FIRST_SIGN_IN_PATH}#([A-Za-z0-9_-]+)`).exec(notice)![1]!;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("the first admin in production", () => {
  it("gets a one-time link in the log, once; it sets the password and signs in, and works only once", async () => {
    const settings = { email: "Ops@Example.com", production: true };
    const first = await ensureFirstAdmin(api.db.prisma, settings);
    expect(first).toMatchObject({ kind: "link", email: "ops@example.com", reissued: false });
    const notice = firstAdminNotice(first!, "https://admin.example.com/");
    expect(notice).toContain(`https://admin.example.com${FIRST_SIGN_IN_PATH}#`);
    const token = tokenOf(notice);
    // Another start (another replica, a restart) writes nothing: the link is shown once.
    expect(await ensureFirstAdmin(api.db.prisma, settings)).toBeNull();
    const account = await api.db.prisma.user.findUniqueOrThrow({ where: { email: "ops@example.com" } });
    expect(account).toMatchObject({ role: "ADMIN", passwordHash: NO_PASSWORD });
    const link = await api.db.prisma.signInLink.findFirstOrThrow({ where: { userId: account.id } });
    expect(link.tokenHash).toBe(hashSecret(token));
    expect(link.tokenHash).not.toContain(token);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    // No password opens the account before the link is used.
    const guess = await api.gql(LOGIN, { email: "ops@example.com", password: NO_PASSWORD });
    expect(guess.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");

    const short = await api.gql(REDEEM, { token, password: "short" });
    expect(short.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "password" });
    const used = await api.gql(REDEEM, { token, password: "first admin's own password" });
    expect(used.data!.redeemSignInLink.user).toEqual({ email: "ops@example.com", role: "ADMIN" });
    expect(used.headers.get("set-cookie")).toMatch(/^kb_session=/);
    const me = await api.gql(
      `{ me { email } }`,
      {},
      { authorization: `Bearer ${used.data!.redeemSignInLink.token}` },
    );
    expect(me.data!.me.email).toBe("ops@example.com");
    const again = await api.gql(REDEEM, { token, password: "someone else's password" });
    expect(again.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    expect(again.errors![0]!.message).toMatch(/unknown, expired or already used/);
    expect(
      (await api.gql(LOGIN, { email: "ops@example.com", password: "first admin's own password" })).data,
    ).toBeTruthy();
    expect(
      (await api.gql(LOGIN, { email: "ops@example.com", password: "someone else's password" })).errors,
    ).toBeTruthy();
    // The admin has a password now: later starts write no link.
    expect(await ensureFirstAdmin(api.db.prisma, settings)).toBeNull();
  });

  it("lets exactly one of 20 racing uses of a link through", async () => {
    const user = await api.db.prisma.user.create({
      data: { email: "race@example.com", name: "Race", role: "ADMIN", passwordHash: NO_PASSWORD },
    });
    const token = randomBytes(32).toString("base64url");
    await api.db.prisma.signInLink.create({
      data: { userId: user.id, tokenHash: hashSecret(token), expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.gql(REDEEM, { token, password: `racing password number ${i}` }),
      ),
    );
    const winners = results.flatMap((r, i) => (r.data?.redeemSignInLink ? [i] : []));
    expect(winners).toHaveLength(1);
    for (const r of results.filter((r) => r.errors))
      expect(r.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    const login = (i: number) =>
      api.gql(LOGIN, { email: "race@example.com", password: `racing password number ${i}` });
    expect((await login(winners[0]!)).data).toBeTruthy();
    expect((await login((winners[0]! + 1) % 20)).errors).toBeTruthy();
    expect(await api.db.prisma.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(2);
  }, 120_000);

  it("refuses an expired link, and writes a new one at the next start when the first one expired unused", async () => {
    const db = await createTestDb();
    try {
      // Through the API: a link past its expiry is refused like a used one.
      const user = await api.db.prisma.user.create({
        data: { email: "expired@example.com", name: "Expired", role: "ADMIN", passwordHash: NO_PASSWORD },
      });
      const token = randomBytes(32).toString("base64url");
      await api.db.prisma.signInLink.create({
        data: { userId: user.id, tokenHash: hashSecret(token), expiresAt: new Date(Date.now() - 1_000) },
      });
      const expired = await api.gql(REDEEM, { token, password: "too late for this link" });
      expect(expired.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
      expect((await api.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(
        NO_PASSWORD,
      );

      await ensureFirstAdmin(db.prisma, { email: "late@example.com", production: true });
      await db.prisma.signInLink.updateMany({ data: { expiresAt: new Date(Date.now() - 1_000) } });
      const next = await ensureFirstAdmin(db.prisma, { email: "late@example.com", production: true });
      expect(next).toMatchObject({ kind: "link", email: "late@example.com", reissued: true });
      expect(firstAdminNotice(next!, undefined)).toContain(`<the admin's address>${FIRST_SIGN_IN_PATH}#`);
      expect(await db.prisma.signInLink.count()).toBe(2);
    } finally {
      await db.close();
    }
  });

  it("is created by exactly one of several processes starting at once", async () => {
    const db = await createTestDb();
    try {
      const starts = await Promise.all(
        Array.from({ length: 5 }, () =>
          ensureFirstAdmin(db.prisma, { email: "once@example.com", production: true }),
        ),
      );
      expect(starts.filter((s) => s?.kind === "link")).toHaveLength(1);
      expect(await db.prisma.user.count()).toBe(1);
      expect(await db.prisma.signInLink.count()).toBe(1);
      await expect(ensureFirstAdmin(db.prisma, { production: true })).resolves.toBeNull();
    } finally {
      await db.close();
    }
  });

  it("will not start in production with no admin, no password and no KB_ADMIN_EMAIL", async () => {
    const db = await createTestDb();
    try {
      await expect(ensureFirstAdmin(db.prisma, { production: true })).rejects.toThrow(/set KB_ADMIN_EMAIL/);
      expect(await db.prisma.user.count()).toBe(0);
    } finally {
      await db.close();
    }
  });
});

// The compiled API started as production starts it: production needs a PostgreSQL server, so this part
// runs when DATABASE_URL is set (the test then makes and drops its own database there).
describe.runIf(readDbEnv().DATABASE_URL)("a production start of the compiled API", () => {
  const apiDir = fileURLToPath(new URL("..", import.meta.url));
  const start = (env: Record<string, string>) => {
    const child = spawn(process.execPath, ["dist/main.js"], {
      cwd: apiDir,
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    const listening = async () => {
      for (let i = 0; i < 300 && !output.includes("API listening"); i++) {
        if (child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      return output;
    };
    const stop = async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    };
    return { listening, stop, exited, output: () => output };
  };

  it("writes the link once, the link signs in once, and a start without KB_ADMIN_EMAIL is refused", async () => {
    execFileSync(process.execPath, ["build.mjs"], { cwd: apiDir, stdio: "pipe" });
    const db = await createTestDb();
    try {
      const port = String(40_000 + Math.floor(Math.random() * 20_000));
      const env = {
        NODE_ENV: "production",
        DATABASE_URL: db.url!,
        KB_REVALIDATE_SECRET: randomBytes(24).toString("hex"),
        KB_PORTAL_URL: "http://127.0.0.1:9",
        KB_ADMIN_URL: "https://admin.example.com",
        HOST: "127.0.0.1",
        PORT: port,
      };
      const refused = start(env);
      expect(await refused.exited).toBe(1);
      expect(refused.output()).toContain("set KB_ADMIN_EMAIL");

      const first = start({ ...env, KB_ADMIN_EMAIL: "ops@example.com" });
      const log = await first.listening();
      const lines = log.split("\n").filter((l) => l.includes(`${FIRST_SIGN_IN_PATH}#`));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain("https://admin.example.com/first-sign-in#");
      const token = tokenOf(lines[0]!);
      const redeem = (password: string) =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: REDEEM, variables: { token, password } }),
        }).then(
          (r) =>
            r.json() as Promise<{
              data?: { redeemSignInLink: unknown };
              errors?: { extensions: { code: string } }[];
            }>,
        );
      expect((await redeem("the operator's chosen password")).data?.redeemSignInLink).toBeTruthy();
      expect((await redeem("the operator's chosen password")).errors?.[0]?.extensions.code).toBe(
        "UNAUTHENTICATED",
      );
      expect(await first.stop()).toBe(0);

      const second = start({ ...env, KB_ADMIN_EMAIL: "ops@example.com" });
      expect(await second.listening()).not.toContain(FIRST_SIGN_IN_PATH);
      expect(await second.stop()).toBe(0);
    } finally {
      await db.close();
    }
  }, 180_000);
});
