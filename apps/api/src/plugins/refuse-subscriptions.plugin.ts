// The API has no subscriptions: an operation asking for one is a client mistake (400), not a crash.
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";

export const refuseSubscriptionsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === "subscription") {
          throw new GraphQLError(
            "Subscriptions are not supported: send queries and mutations over HTTP (GET or POST).",
            { extensions: { code: "BAD_REQUEST", http: { status: 400 } } },
          );
        }
      },
    };
  },
};
