// The contract is documented in the schema itself: every type, field, argument, input field and enum
// value a client can see carries a description (codegen and IDEs show them).
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema } from "./build-schema.ts";

/** Every schema coordinate ("Type", "Type.field", "Type.field(arg:)", "Enum.VALUE") without a description. */
export function undocumented(schema: GraphQLSchema): { total: number; missing: string[] } {
  const missing: string[] = [];
  let total = 0;
  const check = (coordinate: string, description: string | null | undefined) => {
    total++;
    if (!description?.trim()) missing.push(coordinate);
  };
  check("schema", schema.description);
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    const isRoot = [schema.getQueryType(), schema.getMutationType()].includes(type as never);
    if (!isRoot) check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return { total, missing };
}

describe("schema descriptions", () => {
  it("cover 100% of the schema", () => {
    const { total, missing } = undocumented(buildSchema());
    console.log(`descriptions: ${total - missing.length} of ${total}`);
    expect(missing).toEqual([]);
  });
});
