import { describe, expect, it } from "vitest";
import { parseHighlight } from "./highlight.ts";

describe("parseHighlight", () => {
  it("splits the API's snippet into plain and marked text", () => {
    expect(parseHighlight("la <mark>période</mark> de <mark>grâce</mark> a expiré")).toEqual([
      { text: "la ", marked: false },
      { text: "période", marked: true },
      { text: " de ", marked: false },
      { text: "grâce", marked: true },
      { text: " a expiré", marked: false },
    ]);
  });

  it("unescapes entities, so React escapes the text exactly once", () => {
    expect(parseHighlight("slmgr.vbs /skms &lt;kms_host_name&gt; &amp; &#39;x&#x27;")).toEqual([
      { text: "slmgr.vbs /skms <kms_host_name> & 'x'", marked: false },
    ]);
  });

  it("keeps any other markup as literal text", () => {
    const [segment] = parseHighlight('<img src=x onerror="alert(1)">');
    expect(segment).toEqual({ text: '<img src=x onerror="alert(1)">', marked: false });
  });
});
