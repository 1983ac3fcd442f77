import { describe, expect, it } from "vitest";
import { printDocument } from "./documents.ts";
import { LookupErrorCodeDocument } from "./generated/graphql.ts";

describe("printDocument", () => {
  it("prints a document once, with its fragments and operation name", () => {
    const printed = printDocument(LookupErrorCodeDocument);
    expect(printDocument(LookupErrorCodeDocument)).toBe(printed);
    expect(printed.operationName).toBe("LookupErrorCode");
    expect(printed.query).toContain("fragment ErrorCodeFull on ErrorCode");
    expect(printed.query).toContain("fragment HResultFields on HResult");
  });
});
