// With tracing on: a span for each GraphQL operation, child of its HTTP request's span, named
// "<type> <name>" as OpenTelemetry's GraphQL conventions say, marked as an error with the errors' codes.
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestSpan, Tracing } from "../http/tracing.ts";

export function tracingPlugin<C extends object>(
  tracing: Tracing,
  spanOf: (context: C) => RequestSpan | undefined,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const parent = spanOf(contextValue);
      if (!parent) return;
      let end: ReturnType<Tracing["startOperation"]> | undefined;
      return {
        async didResolveOperation({ operation, operationName }) {
          end = tracing.startOperation(
            parent,
            operation?.operation ?? "operation",
            operationName ?? undefined,
          );
        },
        async willSendResponse({ response }) {
          end?.(response.body.kind === "single" ? response.body.singleResult.errors : undefined);
        },
      };
    },
  };
}
