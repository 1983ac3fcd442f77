import { MARK_START as S, MARK_STOP as E } from "@kb/db";
import { describe, expect, it } from "vitest";
import { toHtml, toSegments } from "./highlight.ts";

describe("toSegments", () => {
  it("splits marks into segments and gives back the characters the search text replaced", () => {
    expect(toSegments(`run ${S}slmgr${E}\u0001vbs /skms \u0002kms_host_name\u0003`)).toEqual([
      { text: "run ", marked: false },
      { text: "slmgr", marked: true },
      { text: ".vbs /skms <kms_host_name>", marked: false },
    ]);
  });

  it("keeps each line once", () => {
    const text = toSegments(`Run ${S}slmgr${E} /dlv.\nRun ${S}slmgr${E} /dlv.\nThen restart.`)
      .map((s) => s.text)
      .join("");
    expect(text).toBe("Run slmgr /dlv. … Then restart.");
  });

  it("closes a placeholder the passage cut", () => {
    const segments = toSegments(`host_name\u0003 then /skms \u0002kms_${S}host${E}`);
    expect(segments.map((s) => s.text).join("")).toBe("<host_name> then /skms <kms_host>");
  });

  it("escapes the HTML form, marks aside", () => {
    expect(toHtml(toSegments(`a ${S}<b>${E} & "c"`))).toBe("a <mark>&#60;b&#62;</mark> &#38; &#34;c&#34;");
    expect(toHtml(toSegments(null))).toBeNull();
  });
});
