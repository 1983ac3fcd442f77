import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import gql from "graphql-tag";
import { buildSchemaSync, createResolversMap } from "type-graphql";
import type { Context } from "../context.ts";
import { LIMITS } from "../limits.ts";
import { AccountResolver } from "../resolvers/account.resolver.ts";
import { ActivationTypeResolver } from "../resolvers/activation-type.resolver.ts";
import { EditableFieldsResolver } from "../resolvers/editable-fields.resolver.ts";
import { EntryEditorResolver } from "../resolvers/entry-editor.resolver.ts";
import {
  ReferenceSourceFieldsResolver,
  ResolutionSourceFieldsResolver,
  StepSourceFieldsResolver,
} from "../resolvers/entry-source-fields.resolver.ts";
import { FeedbackResolver } from "../resolvers/feedback.resolver.ts";
import { HResultFieldsResolver } from "../resolvers/hresult-fields.resolver.ts";
import { PresenceResolver } from "../resolvers/presence.resolver.ts";
import { PreviewResolver } from "../resolvers/preview.resolver.ts";
import { ErrorCodeFieldsResolver } from "../resolvers/error-code-fields.resolver.ts";
import { ErrorCodeConnectionResolver, ErrorCodeResolver } from "../resolvers/error-code.resolver.ts";
import { UnknownLookupFieldsResolver } from "../resolvers/unknown-lookup-fields.resolver.ts";
import { WebhookResolver } from "../resolvers/webhook.resolver.ts";
import { resolveErrorCodeReference } from "../services/error-code.service.ts";

let schema: GraphQLSchema | undefined;
let subgraph: GraphQLSchema | undefined;

const DESCRIPTION = `Windows activation error codes, explained in English and French.

Public reads need no credential; editorial operations need a session or an API token (Authorization: Bearer).
Every operation is limited to a depth of ${LIMITS.depth}, ${LIMITS.aliases} aliases, ${LIMITS.directives} directives, ${LIMITS.tokens} tokens and a cost of ${LIMITS.cost.toLocaleString("en")} (a leaf costs 1, an object 2 plus 1.5 times its selections, all of it times its \`first\`, literal or variable); one operation per request; no subscriptions. Changes: apps/api/CHANGELOG.md.`;

/** The public schema (what schema.graphql holds). */
export function buildSchema(): GraphQLSchema {
  schema ??= describe(
    buildSchemaSync({
      resolvers: [
        ErrorCodeResolver,
        ErrorCodeConnectionResolver,
        ErrorCodeFieldsResolver,
        ActivationTypeResolver,
        EntryEditorResolver,
        EditableFieldsResolver,
        StepSourceFieldsResolver,
        ResolutionSourceFieldsResolver,
        ReferenceSourceFieldsResolver,
        AccountResolver,
        FeedbackResolver,
        PresenceResolver,
        PreviewResolver,
        UnknownLookupFieldsResolver,
        WebhookResolver,
        HResultFieldsResolver,
      ],
      validate: false,
    }),
  );
  return schema;
}

/**
 * What the server runs: the public schema as an Apollo Federation 2 subgraph, adding `_service { sdl }`
 * and `_entities`, with ErrorCode an entity keyed by code.
 */
export function buildServedSchema(): GraphQLSchema {
  subgraph ??= buildSubgraphSchema({
    typeDefs: gql`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      ${printSchemaWithDirectives(buildSchema())}
    `,
    resolvers: {
      ...(createResolversMap(buildSchema()) as object),
      ErrorCode: {
        ...(createResolversMap(buildSchema()) as Record<string, object>).ErrorCode,
        __resolveReference: (ref: { code: string }, ctx: Context) =>
          resolveErrorCodeReference(ctx.loaders, ref.code, ctx.locale),
      },
    } as never,
  });
  return subgraph;
}

function describe(built: GraphQLSchema): GraphQLSchema {
  // Set in place rather than rebuilt: a consumer may load another copy of graphql than type-graphql's.
  built.description = DESCRIPTION;
  return built;
}

/** The SDL checked in as apps/api/schema.graphql (the client's codegen reads it). */
export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(buildSchema()))}\n`;
}
