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
    @Arg("code", () => String) code: string,
    @Arg("locale", () => Locale) locale: Locale,
    @Arg("helpful", () => Boolean) helpful: boolean,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return feedback.submitFeedback(ctx.db, ctx.viewer, { code, locale, helpful, comment });
  }

  @Query(() => [Feedback], { description: "Newest first (editors)." })
  feedback(@Arg("first", () => Int, { defaultValue: 100 }) first: number, @Ctx() ctx: Context) {
    return feedback.listFeedback(ctx.db, ctx.viewer, first);
  }

  @Query(() => [UnknownLookup], { description: "Most asked first (editors)." })
  unknownLookups(@Arg("first", () => Int, { defaultValue: 100 }) first: number, @Ctx() ctx: Context) {
    return feedback.listUnknownLookups(ctx.db, ctx.viewer, first);
  }
}
