import { describe, expect, it } from "vitest";
import { toIdPath, toPositionalPath } from "./item-paths.ts";

const draft = {
  causes: [{ id: "c1" }, { id: "c2" }],
  resolutions: [{ id: "r1", steps: [{ id: "s1" }, { id: "s2" }] }],
  references: [{ id: null }],
};
const published = { causes: [{ id: "c0" }, { id: "c1" }], resolutions: [], references: [] };

describe("item paths", () => {
  it("turns positions into ids and back", () => {
    expect(toIdPath("resolutions[0].steps[1].fr", draft)).toBe("resolutions[r1].steps[s2].fr");
    expect(toIdPath("fr.title", draft)).toBe("fr.title");
    expect(toIdPath("references[0].fr", draft)).toBeNull();
    expect(toPositionalPath("resolutions[r1].steps[s2].fr", draft)).toBe("resolutions[0].steps[1].fr");
    expect(toPositionalPath("causes[c2].position", draft)).toBe("causes[1].position");
  });

  it("names an item the draft removed by its place in the published version", () => {
    expect(toPositionalPath("causes[c0].en", draft, published)).toBe("causes[0].en");
    expect(toPositionalPath("causes[zz].en", draft, published)).toBe("causes[zz].en");
  });
});
