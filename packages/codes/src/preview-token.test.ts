import { describe, expect, it } from "vitest";
import { signPreviewToken, verifyPreviewToken } from "./preview-token.ts";

const secret = "a-preview-secret-of-some-length";
const later = new Date(Date.now() + 60_000);

describe("preview tokens", () => {
  it("round-trips a code and its expiry", () => {
    const token = signPreviewToken({ code: "0xC004F074", expiresAt: later }, secret);
    const check = verifyPreviewToken(token, secret);
    expect(check.ok && check.claim.code).toBe("0xC004F074");
  });

  it("refuses another secret, another code, a longer life and an expired token", () => {
    const token = signPreviewToken({ code: "0xC004F074", expiresAt: later }, secret);
    expect(verifyPreviewToken(token, "another-secret-of-some-length")).toEqual({
      ok: false,
      reason: "forged",
    });
    expect(verifyPreviewToken(token.replace("0xC004F074", "0xC004F075"), secret)).toEqual({
      ok: false,
      reason: "forged",
    });
    const [head = "", , sig = ""] = token.split(".");
    expect(verifyPreviewToken(`${head}.99999999999.${sig}`, secret)).toEqual({ ok: false, reason: "forged" });
    expect(verifyPreviewToken(token, secret, new Date(later.getTime() + 1000))).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(verifyPreviewToken("kbp_nonsense", secret)).toEqual({ ok: false, reason: "malformed" });
  });
});
