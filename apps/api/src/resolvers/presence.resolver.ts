import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import { EntryPresence } from "../schema/presence.type.ts";
import { leavePresence, PRESENCE_TTL_SECONDS, touchPresence } from "../services/presence.service.ts";

@Resolver()
export class PresenceResolver {
  @Mutation(() => [EntryPresence], {
    description: `Heartbeat of an open editor: records that you have the entry open and returns the others seen in the last ${PRESENCE_TTL_SECONDS} s (signed-in people with read:drafts).`,
  })
  touchEntryPresence(
    @Arg("id", () => String, { description: "The entry's id or any form of its code." }) id: string,
    @Ctx() ctx: Context,
  ) {
    return touchPresence(ctx.db, ctx.viewer, id);
  }

  @Mutation(() => Boolean, {
    description:
      "The editor of this entry was closed: the others stop seeing you at once instead of after the heartbeat's expiry. Always true.",
  })
  leaveEntryPresence(
    @Arg("code", () => String, { description: "The entry's code, in any form." }) code: string,
    @Ctx() ctx: Context,
  ) {
    return leavePresence(ctx.db, ctx.viewer, code);
  }
}
