import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { AccountResolver } from "../resolvers/account.resolver.ts";
import { ActivationTypeResolver } from "../resolvers/activation-type.resolver.ts";
import { EntryEditorResolver } from "../resolvers/entry-editor.resolver.ts";
import { FeedbackResolver } from "../resolvers/feedback.resolver.ts";
import { ErrorCodeFieldsResolver } from "../resolvers/error-code-fields.resolver.ts";
import { ErrorCodeConnectionResolver, ErrorCodeResolver } from "../resolvers/error-code.resolver.ts";

let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      ErrorCodeResolver,
      ErrorCodeConnectionResolver,
      ErrorCodeFieldsResolver,
      ActivationTypeResolver,
      EntryEditorResolver,
      AccountResolver,
      FeedbackResolver,
    ],
    validate: false,
  });
  return schema;
}

/** The SDL checked in as apps/api/schema.graphql (the client's codegen reads it). */
export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(buildSchema()))}\n`;
}
