import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { readLocale, type Context } from "../context.ts";
import { listActivationTypes } from "../services/activation-type.service.ts";
import { Locale } from "../schema/enums.ts";
import { ActivationType } from "../schema/error-code.type.ts";

@Resolver(() => ActivationType)
export class ActivationTypeResolver {
  @Query(() => [ActivationType], { description: "Every activation type, named in the locale." })
  activationTypes(
    @Arg("locale", () => Locale, {
      nullable: true,
      description: "The language of the names; default: the Accept-Language header, else EN.",
    })
    locale: Locale | null,
    @Ctx() ctx: Context,
  ) {
    return listActivationTypes(ctx.db, readLocale(ctx, locale));
  }
}
