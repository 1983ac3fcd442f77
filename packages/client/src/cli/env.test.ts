import { describe, expect, it } from "vitest";
import { DEFAULT_API_URL, readCliEnv } from "./env.ts";

const proc = (env: Record<string, string>, isTTY: boolean) =>
  ({ env, stdout: { isTTY, columns: 100 } }) as unknown as Parameters<typeof readCliEnv>[0];

describe("readCliEnv", () => {
  it("colors and wraps only for a terminal", () => {
    expect(readCliEnv(proc({}, true))).toEqual({ apiUrl: DEFAULT_API_URL, color: true, columns: 100 });
    expect(readCliEnv(proc({}, false))).toEqual({
      apiUrl: DEFAULT_API_URL,
      color: false,
      columns: undefined,
    });
  });

  it("honours NO_COLOR unless it is empty, and KB_API_URL", () => {
    expect(readCliEnv(proc({ NO_COLOR: "1" }, true)).color).toBe(false);
    expect(readCliEnv(proc({ NO_COLOR: "" }, true)).color).toBe(true);
    expect(readCliEnv(proc({ KB_API_URL: " http://kb:4000/graphql " }, false)).apiUrl).toBe(
      "http://kb:4000/graphql",
    );
  });
});
