import { readFileSync, readdirSync } from "node:fs";
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema } from "../schema/build-schema.ts";
import { MAX_COST, operationCost } from "./cost-limit.plugin.ts";

const schema = buildSchema();
const cost = (source: string, variables: Record<string, unknown> = {}) => {
  const document = parse(source);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  return operationCost(schema, operation, fragments, variables);
};

describe("operation cost", () => {
  it("counts a literal first and the same value as a variable alike, and the schema's defaults", () => {
    const literal = cost(`{ errorCodes(first: 100) { edges { node { code } } } }`);
    const variable = cost(`query ($n: Int) { errorCodes(first: $n) { edges { node { code } } } }`, {
      n: 100,
    });
    expect(variable).toBe(literal);
    const defaulted = cost(`{ errorCodes { edges { node { code } } } }`);
    expect(defaulted).toBe(cost(`{ errorCodes(first: 20) { edges { node { code } } } }`));
    expect(literal).toBeGreaterThan(defaulted);
  });

  it("lets every operation of @kb/client through at its largest page", () => {
    const dir = new URL("../../../../packages/client/src/operations/", import.meta.url);
    const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".graphql"));
    const fragments = files.map((f) => readFileSync(new URL(String(f), dir), "utf8")).join("\n");
    const document = parse(fragments);
    const byName: Record<string, FragmentDefinitionNode> = {};
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) byName[d.name.value] = d;
    const costs: Record<string, number> = {};
    for (const d of document.definitions) {
      if (d.kind !== Kind.OPERATION_DEFINITION) continue;
      const first = d.name!.value.toLowerCase().includes("search") ? 50 : 100;
      costs[d.name!.value] = Math.ceil(operationCost(schema, d, byName, { first }));
    }
    console.log(costs);
    for (const [name, value] of Object.entries(costs)) expect([name, value < MAX_COST]).toEqual([name, true]);
  });
});
