import { describe, expect, it } from "vitest";
import { portalRoute } from "./route-of.ts";

describe("portalRoute", () => {
  it("gives every path one of a few patterns", () => {
    expect(portalRoute("/")).toBe("/");
    expect(portalRoute("/fr")).toBe("/[locale]");
    expect(portalRoute("/en/codes/0xC004F074")).toBe("/[locale]/codes/[code]");
    expect(portalRoute("/en/search")).toBe("/[locale]/search");
    expect(portalRoute("/_next/static/chunks/a.js")).toBe("static");
    expect(portalRoute("/metrics")).toBe("/metrics");
    expect(portalRoute("/en/codes/x/y/z")).toBe("other");
    expect(portalRoute("/wp-admin/setup.php")).toBe("other");
  });
});
