import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff.ts";

const render = (before: string, after: string) =>
  wordDiff(before, after)
    .map((p) => (p.kind === "same" ? p.text : p.kind === "added" ? `[+${p.text}]` : `[-${p.text}]`))
    .join("");

describe("wordDiff", () => {
  it("marks only the words that changed", () => {
    expect(render("Run the KMS host now", "Run the new KMS host")).toBe("Run the [+new ]KMS host[- now]");
  });

  it("handles texts that appear or disappear entirely", () => {
    expect(render("", "Nouveau texte")).toBe("[+Nouveau texte]");
    expect(render("Ancien", "")).toBe("[-Ancien]");
  });

  it("marks a rewritten sentence as one change, not word by word", () => {
    expect(render("La clé MAK est bloquée.", "Une cause reformulée.")).toBe(
      "[-La clé MAK est bloquée.][+Une cause reformulée.]",
    );
  });

  it("keeps equal texts as one piece", () => {
    expect(wordDiff("same text", "same text")).toEqual([{ kind: "same", text: "same text" }]);
  });
});
