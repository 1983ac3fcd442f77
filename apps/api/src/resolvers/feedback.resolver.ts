import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import * as feedback from "../services/feedback.service.ts";
import { Feedback, UnknownLookup } from "../schema/editorial.type.ts";
import { Locale } from "../schema/enums.ts";

@Resolver()
export class FeedbackResolver {
  @Mutation(() => Boolean, {
    description: `"Was this helpful?" (public; rate-limited; comment up to ${feedback.MAX_COMMENT} characters).`,
  })
  submitFeedback(
    @Arg("code", () => String, { description: "The entry's code, any form." }) code: string,
    @Arg("locale", () => Locale, { description: "The language the reader read it in." }) locale: Locale,
    @Arg("helpful", () => Boolean, { description: "The reader's answer." }) helpful: boolean,
    @Arg("comment", () => String, {
      nullable: true,
      description: `Optional words from the reader, at most ${feedback.MAX_COMMENT} characters.`,
    })
    comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return feedback.submitFeedback(ctx.db, ctx.viewer, { code, locale, helpful, comment });
  }

  @Query(() => [Feedback], { description: "Newest first (editors)." })
  feedback(
    @Arg("first", () => Int, { defaultValue: 100, description: "How many, at most 500." }) first: number,
    @Ctx() ctx: Context,
  ) {
    return feedback.listFeedback(ctx.db, ctx.viewer, first);
  }

  @Query(() => [UnknownLookup], {
    description: "Valid codes readers looked up that the base does not hold, most readers first (editors).",
  })
  unknownLookups(
    @Arg("first", () => Int, { defaultValue: 100, description: "How many, at most 500." }) first: number,
    @Ctx() ctx: Context,
  ) {
    return feedback.listUnknownLookups(ctx.db, ctx.viewer, first, ctx.backlog);
  }
}
