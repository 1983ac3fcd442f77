import { describe, expect, it } from "vitest";
import { toIdPath, toPositionalPath, toShownChange } from "./item-paths.ts";

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

  it("shows an API change by place, positions counted from 1", () => {
    expect(toShownChange({ path: "causes[c2].position", before: "0", after: "1" }, draft)).toEqual({
      key: "causes[c2].position",
      path: "causes[1].position",
      before: "1",
      after: "2",
    });
    expect(toShownChange({ path: "causes[c0].en", before: "Old" }, draft, published)).toEqual({
      key: "causes[c0].en",
      path: "causes[0].en",
      before: "Old",
      after: null,
    });
  });
});
