import { describe, expect, it } from "vitest";
import { createStyle } from "./style.ts";
import { block, segmentsToText } from "./text.ts";

describe("segmentsToText", () => {
  it("styles the marked words and keeps the rest as typed", () => {
    const segments = [
      { text: "la ", marked: false },
      { text: "clé", marked: true },
      { text: " <5x5 key> & ", marked: false },
      { text: "bloquée", marked: true },
    ];
    expect(segmentsToText(segments, (t) => `[${t}]`)).toBe("la [clé] <5x5 key> & [bloquée]");
  });
});

describe("block", () => {
  const text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";

  it("leaves text on one line when no width is known (piped output)", () => {
    expect(block(text, "    ", undefined, "  • ")).toBe(`  • ${text}`);
  });

  it("wraps at the width with a hanging indent, not counting color codes", () => {
    const bold = createStyle(true).bold;
    const lines = block(text.split(" ").map(bold).join(" "), "    ", 40, "  • ").split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]?.startsWith("  • ")).toBe(true);
    for (const line of lines.slice(1)) expect(line.startsWith("    ")).toBe(true);
    // eslint-disable-next-line no-control-regex -- measuring what the terminal shows
    for (const line of lines) expect(line.replace(/\x1b\[[0-9;]*m/g, "").length).toBeLessThanOrEqual(40);
  });
});
