// The `kb` command as a user runs it: `node bin/kb.js` in a subprocess against a real API. (npx kb works
// too once `npm install` has linked the bin; the tests do not depend on that.)
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startTestApi, type TestApi } from "@kb/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPortUrl } from "./testing/closed-port.ts";

const BIN = fileURLToPath(new URL("../bin/kb.js", import.meta.url));

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function kb(args: string[], env: Record<string, string> = {}): Promise<Run> {
  // NO_COLOR keeps assertions on plain text even when the test runner itself sits on a terminal.
  const childEnv = { ...process.env, KB_API_URL: api.url, NO_COLOR: "1", ...env };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: childEnv, timeout: 30_000 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

describe("kb lookup", () => {
  it("prints the entry with its resolutions and copyable commands", async () => {
    const run = await kb(["lookup", "0x8007232B"]);
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(run.stdout).toMatch(/^0x8007232B {2}DNS name does not exist\n/);
    expect(run.stdout).toContain("Activation types: KMS client");
    expect(run.stdout).toContain(
      "  • The KMS client cannot find KMS server resource records (SRV RRs) in DNS.",
    );
    expect(run.stdout).toContain(
      "  1. Verify that a KMS host has been installed and DNS publishing is enabled",
    );
    expect(run.stdout).toMatch(/\n {7}\$ slmgr\.vbs \/skms <kms_host_name>\n/);
    expect(run.stdout).toContain("  2. If you do not have a KMS host, obtain and install an MAK.");
    expect(run.stdout).toContain("  • Common troubleshooting procedures for KMS and DNS issues");
    expect(run.stdout).toContain("  0x8007007B  DNS name does not exist");
    expect(run.stdout).not.toContain("\x1b[");
  });

  it("answers in French with --lang fr, for any form of the code", async () => {
    const run = await kb(["lookup", "-1073418124", "--lang", "fr"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("0xC004F074  Aucun service de gestion de clés (KMS) n’a pu être contacté");
    expect(run.stdout).toContain("Types d’activation : Client KMS");
    expect(run.stdout).toContain("Résolutions");
  });

  it("prints the data as JSON with --json", async () => {
    const run = await kb(["lookup", "c004f074", "--json"]);
    expect(run.status).toBe(0);
    const entry = JSON.parse(run.stdout) as { code: string; servedLocale: string; causes: unknown[] };
    expect(entry).toMatchObject({ code: "0xC004F074", servedLocale: "EN" });
    expect(entry.causes.length).toBeGreaterThan(0);
  });

  it("exits 1 for a code it does not have, with the code's HRESULT fields", async () => {
    const run = await kb(["lookup", "0xC004FFFF"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Facility +4 FACILITY_ITF/);
    expect(run.stdout).toContain("0xC004FFFF = 3221553151 (unsigned) = -1073414145 (signed)");
    expect(run.stderr).toBe("kb: 0xC004FFFF is not in the knowledge base\n");
  });

  it("exits 2 with the API's explanation for something that is no code", async () => {
    const run = await kb(["lookup", "hello"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('"hello" is not an error code. Expected a 32-bit code such as 0xC004F074');
  });
});

describe("kb search and decode", () => {
  it("lists the hits, best first", async () => {
    const run = await kb(["search", "grace", "period", "expired"]);
    expect(run.status).toBe(0);
    const codes = run.stdout.match(/^0x[0-9A-F]{8}/gm) ?? [];
    expect(codes[0]).toBe("0xC004F009");
    expect(run.stdout).toContain("The Software Protection Service reported that the grace period expired");
    expect(run.stdout).not.toContain("<mark>");
  });

  it("searches French without accents and exits 1 when nothing matches", async () => {
    const fr = await kb(["search", "cle de produit bloquee", "--lang", "fr", "--json"]);
    expect(fr.status).toBe(0);
    const hits = JSON.parse(fr.stdout) as { errorCode: { code: string } }[];
    expect(hits.map((h) => h.errorCode.code)).toContain("0xC004F051");

    const none = await kb(["search", "zyxwvut"]);
    expect(none).toMatchObject({ status: 1, stdout: "", stderr: 'kb: no entry matches "zyxwvut"\n' });
  });

  it("decodes any code", async () => {
    const run = await kb(["decode", "0x8007232B"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Facility +7 FACILITY_WIN32/);
    expect(run.stdout).toMatch(/Win32 error +9003 DNS_ERROR_RCODE_NAME_ERROR/);
  });

  it("decodes a symbolic name and prints every name with its header, like err.exe", async () => {
    const run = await kb(["decode", "E_FAIL"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("0x80004005 = 2147500037 (unsigned)");
    expect(run.stdout).toMatch(/Names +E_FAIL \(HRESULT, winerror\.h\)/);
  });

  it("shows what Windows reports for an NTSTATUS, and the statuses behind a Win32 error", async () => {
    const nt = await kb(["decode", "0xC0000022"]);
    expect(nt.status).toBe(0);
    expect(nt.stdout).toMatch(
      /Reported as +5 ERROR_ACCESS_DENIED, HRESULT 0x80070005 E_ACCESSDENIED \(RtlNtStatusToDosError\)/,
    );
    const win32 = await kb(["decode", "ERROR_ACCESS_DENIED"]);
    expect(win32.stdout).toMatch(/From NTSTATUS +.*0xC0000022 STATUS_ACCESS_DENIED.* and \d+ more/);
    expect(win32.stdout).not.toMatch(/Reported as/);
  });

  it("looks a code up by name, and shows the names of one the base lacks", async () => {
    const found = await kb(["lookup", "sl_e_vl_binding_service_unavailable"]);
    expect(found.status).toBe(0);
    expect(found.stdout).toContain("0xC004F074");
    const missing = await kb(["lookup", "STATUS_ACCESS_VIOLATION"]);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(/Names +STATUS_ACCESS_VIOLATION \(NTSTATUS, ntstatus\.h\)/);
    expect(missing.stderr).toBe("kb: 0xC0000005 is not in the knowledge base\n");
  });
});

describe("kb usage and failures", () => {
  it("prints help", async () => {
    const run = await kb(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("kb lookup <code> [--lang en|fr]");
  });

  it("exits 2 on a usage error", async () => {
    const run = await kb(["lookup", "0xC004F074", "--lang", "de"]);
    expect(run).toMatchObject({ status: 2, stdout: "" });
    expect(run.stderr).toContain('--lang must be en or fr, not "de"');
  });

  it("exits 2 and says how to start the API when it is down", async () => {
    const url = await closedPortUrl();
    const run = await kb(["lookup", "0xC004F074"], { KB_API_URL: url });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`kb: cannot reach the API at ${url}: is it running? (npm start)\n`);
  });

  it("takes --api over KB_API_URL", async () => {
    const run = await kb(["decode", "1", "--api", api.url], { KB_API_URL: await closedPortUrl() });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("0x00000001");
  });
});
