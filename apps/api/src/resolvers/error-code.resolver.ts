// Public queries. Resolvers only translate arguments and context into one service call.
import { Arg, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import { findErrorCode, listErrorCodes } from "../services/error-code.service.ts";
import { search } from "../services/search.service.ts";
import { decode } from "../services/hresult.service.ts";
import { ActivationTypeKey, EntryStatus, Locale, TranslationStatus } from "../schema/enums.ts";
import { ErrorCode, ErrorCodeConnection, SearchHit } from "../schema/error-code.type.ts";
import { HResult } from "../schema/hresult.type.ts";

@InputType()
export class ErrorCodeFilter {
  @Field(() => ActivationTypeKey, { nullable: true })
  activationType?: ActivationTypeKey | null;
  @Field(() => String, { nullable: true, description: "Words or a code fragment, matched like search()." })
  text?: string | null;
  @Field(() => EntryStatus, { nullable: true, description: "Other than PUBLISHED: editors only." })
  status?: EntryStatus | null;
  @Field(() => TranslationStatus, { nullable: true, description: "Editors only." })
  translationStatus?: TranslationStatus | null;
  @Field(() => Locale, {
    nullable: true,
    description: "The locale translationStatus applies to (default FR).",
  })
  translationLocale?: Locale | null;
}

@Resolver(() => ErrorCodeConnection)
export class ErrorCodeConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: { count(): Promise<number> }) {
    return connection.count();
  }
}

@Resolver()
export class ErrorCodeResolver {
  @Query(() => ErrorCode, {
    nullable: true,
    description:
      "Any pasted form (0xC004F074, C004F074, 3221549172, -1073418124, a line of text); null if unknown.",
  })
  async errorCode(
    @Arg("code", () => String) code: string,
    @Arg("locale", () => Locale, { nullable: true }) locale: Locale | null,
    @Ctx() ctx: Context,
  ) {
    const found = await findErrorCode(ctx.db, ctx.loaders, code, locale ?? ctx.locale);
    // An unknown code is counted for the editors' backlog: each lookup must reach the service.
    if (!found) ctx.response.noStore = true;
    return found;
  }

  @Query(() => ErrorCodeConnection, { description: "Codes in code order, a keyset page at a time." })
  errorCodes(
    @Arg("locale", () => Locale, { nullable: true }) locale: Locale | null,
    @Arg("filter", () => ErrorCodeFilter, { nullable: true }) filter: ErrorCodeFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return listErrorCodes(ctx.db, ctx.loaders, {
      locale: locale ?? ctx.locale,
      viewer: ctx.viewer,
      first,
      after,
      activationType: filter?.activationType,
      text: filter?.text,
      status: filter?.status,
      translationStatus: filter?.translationStatus
        ? { status: filter.translationStatus, locale: filter.translationLocale ?? Locale.FR }
        : null,
    });
  }

  @Query(() => [SearchHit], { description: "Full-text search in one language, best first." })
  search(
    @Arg("query", () => String) query: string,
    @Arg("locale", () => Locale, { nullable: true }) locale: Locale | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
  ) {
    return search(ctx.loaders, query, locale ?? ctx.locale, first);
  }

  @Query(() => HResult, { description: "Decodes any 32-bit code, known to the knowledge base or not." })
  decodeHResult(@Arg("code", () => String) code: string) {
    return decode(code);
  }
}
