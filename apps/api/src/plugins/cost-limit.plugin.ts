// The cost limit, checked once the operation and its variables are known, so that `first: 1000` costs the
// same written inline or passed as a variable (graphql-armor's rule sees literals only).
import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

import { LIMITS } from "../limits.ts";

export const MAX_COST = LIMITS.cost;

// The weights of graphql-armor's cost rule, which the limit was calibrated with: a leaf costs 1, an
// object 2 plus 1.5 times its selections, all of it times the `first` (or `last`) of a list.
const SCALAR = 1;
const OBJECT = 2;
const DEPTH_FACTOR = 1.5;

/** The cost of an operation with its variables (and the schema's argument defaults) applied. */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const memo = new Map<string, number>();
  const root = schema.getRootType(operation.operation);
  const selectionCost = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): number => {
    let total = 0;
    for (const node of set.selections) {
      if (node.kind === Kind.FIELD) {
        if (node.name.value === "__schema" || node.name.value === "__type") continue;
        const field =
          parent && (isObjectType(parent) || isInterfaceType(parent))
            ? parent.getFields()[node.name.value]
            : undefined;
        total += DEPTH_FACTOR * fieldCost(node, field);
      } else if (node.kind === Kind.INLINE_FRAGMENT) {
        const type = node.typeCondition ? schema.getType(node.typeCondition.name.value) : parent;
        total += selectionCost(node.selectionSet, type ?? undefined);
      } else {
        const name = node.name.value;
        if (!memo.has(name)) {
          memo.set(name, 0); // validation refuses cycles; this only guards the walk
          const fragment = fragments[name];
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          memo.set(name, fragment ? selectionCost(fragment.selectionSet, type ?? undefined) : 0);
        }
        total += memo.get(name)!;
      }
    }
    return total;
  };
  const fieldCost = (
    node: Parameters<typeof getArgumentValues>[1],
    field: GraphQLField<unknown, unknown> | undefined,
  ): number => {
    if (!("selectionSet" in node) || !node.selectionSet) return SCALAR;
    const children = selectionCost(node.selectionSet, field ? getNamedType(field.type) : undefined);
    return (OBJECT + children) * (field ? listSize(field, node, variables) : 1);
  };
  return operation.selectionSet ? selectionCost(operation.selectionSet, root ?? undefined) / DEPTH_FACTOR : 0;
}

function listSize(
  field: GraphQLField<unknown, unknown>,
  node: Parameters<typeof getArgumentValues>[1],
  variables: Record<string, unknown>,
): number {
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(field, node, variables);
  } catch {
    return 1; // execution reports the bad argument
  }
  const size = args.first ?? args.last;
  return typeof size === "number" && Number.isFinite(size) && size > 1 ? size : 1;
}

export function costLimitPlugin(maxCost = MAX_COST): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions)
            if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const cost = Math.ceil(operationCost(schema, operation, fragments, request.variables ?? {}));
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${maxCost}: ask for fewer items (first) or fewer nested fields.`,
              { extensions: { code: "GRAPHQL_VALIDATION_FAILED", cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
