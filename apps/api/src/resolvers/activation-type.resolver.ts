import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import { listActivationTypes } from "../services/activation-type.service.ts";
import { Locale } from "../schema/enums.ts";
import { ActivationType } from "../schema/error-code.type.ts";

@Resolver(() => ActivationType)
export class ActivationTypeResolver {
  @Query(() => [ActivationType])
  activationTypes(
    @Arg("locale", () => Locale, { nullable: true }) locale: Locale | null,
    @Ctx() ctx: Context,
  ) {
    return listActivationTypes(ctx.db, locale ?? ctx.locale);
  }
}
