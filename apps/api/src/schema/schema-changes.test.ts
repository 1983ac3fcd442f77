// The CI check of the contract: a breaking change against the last released schema must be recorded in
// CHANGELOG.md (see its policy).
import { readFileSync } from "node:fs";
import { buildSchema as fromSdl, findBreakingChanges } from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema } from "./build-schema.ts";

const released = fromSdl(readFileSync(new URL("../../schema.released.graphql", import.meta.url), "utf8"));
const changelog = readFileSync(new URL("../../CHANGELOG.md", import.meta.url), "utf8");

/** The schema coordinate a graphql-js change description is about (Type, Type.field, Type.field(arg:)). */
export function coordinateOf(description: string): string {
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^A required arg (\w+) on (\w+)\.(\w+) was added/, (m) => `${m[2]}.${m[3]}(${m[1]}:)`],
    [/^A required field (\w+) on input type (\w+) was added/, (m) => `${m[2]}.${m[1]}`],
    [/^(\w+)\.(\w+) arg (\w+) /, (m) => `${m[1]}.${m[2]}(${m[3]}:)`],
    [/^(\w+) was removed from enum type (\w+)/, (m) => `${m[2]}.${m[1]}`],
    [/^(\w+) was removed from union type (\w+)/, (m) => `${m[2]}`],
    [/^(\w+(?:\.\w+)?)/, (m) => m[1]!],
  ];
  for (const [pattern, coordinate] of patterns) {
    const match = pattern.exec(description);
    if (match) return coordinate(match);
  }
  return description;
}

function unreleased(text: string): string {
  const start = text.indexOf("## Unreleased");
  if (start < 0) return "";
  const next = text.indexOf("\n## ", start + 1);
  return text.slice(start, next < 0 ? undefined : next);
}

describe("schema changes since the last release", () => {
  it("list every breaking change in CHANGELOG.md under Unreleased", () => {
    const section = unreleased(changelog);
    const unrecorded = findBreakingChanges(released, buildSchema())
      .map((change) => ({ coordinate: coordinateOf(change.description), description: change.description }))
      .filter(({ coordinate }) => !section.includes(`\`${coordinate}\``));
    expect(unrecorded, "record these in apps/api/CHANGELOG.md (Unreleased, Breaking)").toEqual([]);
  });

  it("names the coordinates of graphql-js's change descriptions", () => {
    expect(coordinateOf("HResult.severity changed type from String! to HResultSeverity!.")).toBe(
      "HResult.severity",
    );
    expect(coordinateOf("Mutation.createApiToken arg scopes has changed type from [String!]! to X.")).toBe(
      "Mutation.createApiToken(scopes:)",
    );
    expect(coordinateOf("A required arg code on Query.errorCode was added.")).toBe("Query.errorCode(code:)");
    expect(coordinateOf("FR was removed from enum type Locale.")).toBe("Locale.FR");
  });
});
