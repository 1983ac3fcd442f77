import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

export enum WebhookEvent {
  ENTRY_PUBLISHED = "ENTRY_PUBLISHED",
  ENTRY_UNPUBLISHED = "ENTRY_UNPUBLISHED",
  ENTRY_ARCHIVED = "ENTRY_ARCHIVED",
}
registerEnumType(WebhookEvent, {
  name: "WebhookEvent",
  description: "What a webhook is told about; the payload's type is the dotted form (entry.published).",
  valuesConfig: {
    ENTRY_PUBLISHED: { description: "An entry was published (also a republish after an edit)." },
    ENTRY_UNPUBLISHED: {
      description: "A published entry went back to draft: public reads no longer see it.",
    },
    ENTRY_ARCHIVED: { description: "An entry was archived: public reads no longer see it." },
  },
});

export enum DeliveryState {
  PENDING = "PENDING",
  DELIVERED = "DELIVERED",
  FAILED = "FAILED",
}
registerEnumType(DeliveryState, {
  name: "DeliveryState",
  description:
    "PENDING: not yet answered with a 2xx (retries left); DELIVERED; FAILED: every attempt failed.",
  valuesConfig: {
    PENDING: { description: "Waiting for a first attempt or a retry." },
    DELIVERED: { description: "Answered with a 2xx." },
    FAILED: { description: "Given up after the last allowed attempt." },
  },
});

@ObjectType({ description: "A consuming service's endpoint for signed change notifications (admins)." })
export class Webhook {
  @Field(() => ID, { description: "The webhook's id (deleteWebhook, testWebhook, webhookDeliveries)." })
  id!: string;
  @Field(() => String, { description: "Where deliveries are POSTed." })
  url!: string;
  @Field(() => [WebhookEvent], { description: "The events it receives." })
  events!: WebhookEvent[];
  @Field(() => Date, { description: "When it was registered." })
  createdAt!: Date;
  @Field(() => String, { nullable: true, description: "The email of the admin who created it." })
  createdBy!: string | null;
  @Field(() => Int, { description: "Deliveries answered with a 2xx." })
  delivered!: number;
  @Field(() => Int, { description: "Deliveries given up after the last attempt." })
  failed!: number;
  @Field(() => Int, { description: "Deliveries waiting for a first attempt or a retry." })
  pending!: number;
}

@ObjectType({ description: "A new webhook and its signing secret, which is shown this once." })
export class CreatedWebhook {
  @Field(() => Webhook, { description: "The webhook as listWebhooks shows it." })
  webhook!: Webhook;
  @Field(() => String, {
    description:
      "The signing secret (whsec_ + base64, Standard Webhooks), shown once: verify webhook-signature with it.",
  })
  secret!: string;
}

@ObjectType({ description: "One event for one webhook, with its latest attempt." })
export class WebhookDelivery {
  @Field(() => ID, { description: "The delivery's id." })
  id!: string;
  @Field(() => String, { description: "The webhook-id header: the same on every retry." })
  eventId!: string;
  @Field(() => String, { description: "entry.published, entry.unpublished, entry.archived or webhook.test." })
  type!: string;
  @Field(() => String, { description: "The JSON body sent." })
  payload!: string;
  @Field(() => DeliveryState, { description: "Where the delivery stands." })
  state!: DeliveryState;
  @Field(() => Int, { description: "Attempts made so far." })
  attempts!: number;
  @Field(() => Int, { nullable: true, description: "The HTTP status of the latest attempt, if it got one." })
  lastStatus!: number | null;
  @Field(() => String, { nullable: true, description: "Why the latest failed attempt failed." })
  lastError!: string | null;
  @Field(() => Date, { nullable: true, description: "When the latest attempt was made." })
  lastAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true, description: "When a PENDING delivery is tried next." })
  nextAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true, description: "When a 2xx answered it." })
  deliveredAt!: Date | null;
  @Field(() => Date, { nullable: true, description: "When it was given up." })
  failedAt!: Date | null;
  @Field(() => Date, { description: "When the event was queued (in the change's transaction)." })
  createdAt!: Date;
}

@InputType({ description: "A webhook to register." })
export class CreateWebhookInput {
  @Field(() => String, {
    description:
      "An http(s) URL whose host resolves to public addresses only (KB_WEBHOOK_ALLOW_PRIVATE=true lifts that).",
  })
  url!: string;
  @Field(() => [WebhookEvent], { description: "At least one event." })
  events!: WebhookEvent[];
}
