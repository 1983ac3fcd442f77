import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import * as webhooks from "../services/webhooks/webhook.service.ts";
import { CreatedWebhook, CreateWebhookInput, Webhook, WebhookDelivery } from "../schema/webhook.type.ts";

@Resolver()
export class WebhookResolver {
  @Mutation(() => CreatedWebhook, {
    description:
      "Admins: registers an endpoint for signed change notifications (Standard Webhooks). The secret is shown once.",
  })
  createWebhook(
    @Arg("input", () => CreateWebhookInput, { description: "The URL and the events it receives." })
    input: CreateWebhookInput,
    @Ctx() ctx: Context,
  ) {
    return webhooks.createWebhook(ctx.db, ctx.viewer, ctx.webhooks, input);
  }

  @Query(() => [Webhook], { description: "Admins: the webhooks, newest first, with delivery counts." })
  listWebhooks(@Ctx() ctx: Context) {
    return webhooks.listWebhooks(ctx.db, ctx.viewer);
  }

  @Mutation(() => Boolean, { description: "Admins: deletes a webhook and its pending deliveries." })
  deleteWebhook(@Arg("id", () => ID, { description: "The webhook's id." }) id: string, @Ctx() ctx: Context) {
    return webhooks.deleteWebhook(ctx.db, ctx.viewer, id);
  }

  @Mutation(() => WebhookDelivery, {
    description: "Admins: queues a signed webhook.test delivery to the webhook and sends it at once.",
  })
  testWebhook(@Arg("id", () => ID, { description: "The webhook's id." }) id: string, @Ctx() ctx: Context) {
    return webhooks.testWebhook(ctx.db, ctx.viewer, ctx.webhooks, id);
  }

  @Query(() => [WebhookDelivery], {
    description: "Admins: a webhook's deliveries, newest first (first: 1 to 200), or only those that failed.",
  })
  webhookDeliveries(
    @Arg("id", () => ID, { description: "The webhook's id." }) id: string,
    @Arg("first", () => Int, { defaultValue: 50, description: "How many, from 1 to 200." })
    first: number,
    @Arg("failedOnly", () => Boolean, {
      defaultValue: false,
      description: "Only deliveries whose latest attempt failed or that were given up.",
    })
    failedOnly: boolean,
    @Ctx() ctx: Context,
  ) {
    return webhooks.listDeliveries(ctx.db, ctx.viewer, id, { first, failedOnly });
  }
}
