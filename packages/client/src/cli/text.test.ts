import { describe, expect, it } from "vitest";
import { createStyle } from "./style.ts";
import { block, highlightToText } from "./text.ts";

describe("highlightToText", () => {
  it("styles the marked words and unescapes the HTML", () => {
    const html = "la <mark>clé</mark> &lt;5x5 key&gt; &amp; <mark>bloquée</mark>";
    expect(highlightToText(html, (t) => `[${t}]`)).toBe("la [clé] <5x5 key> & [bloquée]");
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
