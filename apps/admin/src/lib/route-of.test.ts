import { describe, expect, it } from "vitest";
import { adminRoute } from "./route-of.ts";

describe("adminRoute", () => {
  it("gives every path one of a few patterns", () => {
    expect(adminRoute("/")).toBe("/");
    expect(adminRoute("/entries")).toBe("/entries");
    expect(adminRoute("/entries/new")).toBe("/entries/new");
    expect(adminRoute("/entries/0xC004F074")).toBe("/entries/[code]");
    expect(adminRoute("/entries/0xC004F074/history")).toBe("/entries/[code]/history");
    expect(adminRoute("/import-export/download")).toBe("/import-export/download");
    expect(adminRoute("/_next/static/x.js")).toBe("static");
    expect(adminRoute("/wp-login.php")).toBe("other");
    expect(adminRoute("/entries/a/b/c/d")).toBe("other");
  });
});
