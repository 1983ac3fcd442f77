import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import { Locale } from "../schema/enums.ts";
import { PreviewLink } from "../schema/preview-link.type.ts";
import { createPreviewLink } from "../services/preview.service.ts";

@Resolver()
export class PreviewResolver {
  @Mutation(() => PreviewLink, {
    description: "A link to preview the entry's draft on the portal, valid one hour (read:drafts).",
  })
  createPreviewLink(
    @Arg("id", () => String, { description: "The entry's code, in any form." }) id: string,
    @Arg("locale", () => Locale, {
      nullable: true,
      description: "The page language; default: the request's.",
    })
    locale: Locale | null,
    @Ctx() ctx: Context,
  ) {
    return createPreviewLink(ctx.loaders, ctx.viewer, ctx.previews, id, locale ?? ctx.locale);
  }
}
