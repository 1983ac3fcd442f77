// fast-check drives the arguments of every query and mutation in the schema, anonymously and as an
// admin: every failure must be a typed, explained error, never a masked INTERNAL_SERVER_ERROR or a 5xx.
import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../schema/build-schema.ts";
import { signIn, startTestApi, type TestApi } from "../testing/test-api.ts";

const RUNS_PER_FIELD = 25;
let api: TestApi;
let admin: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  admin = await signIn(api, "ADMIN");
});
afterAll(() => api?.close());

const hostileString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }), // lone surrogates included
  fc.constantFrom(
    "0xC004F074",
    "-1073418124",
    "4294967296",
    "<script>alert(1)</script>",
    "'; DROP TABLE x; --",
    "é".repeat(300),
  ),
  fc.string({ maxLength: 5000 }),
);

function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryFor(type.ofType, depth);
  // Recursive input types (a step's steps) end somewhere: deeper than any real input, nothing.
  if (depth > 8) return fc.constant(null);
  const nullable = (a: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 5, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type))
    return nullable(fc.array(arbitraryFor(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 4 }));
  if (isEnumType(type)) return nullable(fc.constantFrom(...type.getValues().map((v) => v.name)));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return nullable(
      fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryFor(f.type, depth + 1)]))),
    );
  }
  if (isScalarType(type)) {
    if (type.name === "Int")
      return nullable(fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(-2147483648, 2147483647)));
    if (type.name === "Boolean") return nullable(fc.boolean());
    return nullable(hostileString);
  }
  return fc.constant(null);
}

const schema = buildSchema();
const operations = [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ["query", f] as const),
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ["mutation", f] as const),
];

describe("fuzzed arguments of every operation", () => {
  it(`never produce an internal error (${operations.length} operations × ${RUNS_PER_FIELD} runs, anonymous or admin)`, async () => {
    let runs = 0;
    const failures: string[] = [];
    for (const [kind, field] of operations) {
      const params = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
      const named = getNamedType(field.type);
      const selection = "getFields" in named ? " { __typename }" : "";
      const document = `${kind} Fuzz${params ? `(${params})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`;
      const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, arbitraryFor(a.type)])));
      await fc
        .assert(
          fc.asyncProperty(variables, fc.boolean(), async (vars, asAdmin) => {
            runs++;
            const res = await api.gql(document, vars, asAdmin ? admin : {});
            const internal =
              res.status >= 500 ||
              res.errors?.some((e) => !e.extensions?.code || e.extensions.code === "INTERNAL_SERVER_ERROR");
            if (internal)
              failures.push(
                `${field.name} ${JSON.stringify(vars).slice(0, 200)} -> ${JSON.stringify(res.errors)}`,
              );
            return !internal;
          }),
          { numRuns: RUNS_PER_FIELD, seed: 20261124, endOnFailure: true },
        )
        .catch(() => {});
    }
    console.log(
      `fuzz: ${runs} runs over ${operations.length} operations, ${failures.length} internal errors`,
    );
    expect(failures).toEqual([]);
  });
});
