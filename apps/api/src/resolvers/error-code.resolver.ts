// Public queries. Resolvers only translate arguments and context into one service call.
import { MAX_INPUT_LENGTH } from "@kb/codes";
import {
  Arg,
  Ctx,
  Field,
  GraphQLISODateTime,
  FieldResolver,
  InputType,
  Int,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { readLocale, type Context } from "../context.ts";
import { findErrorCode, listErrorCodes, MAX_PAGE } from "../services/error-code.service.ts";
import { MAX_HITS, MAX_QUERY_LENGTH, searchResults } from "../services/search.service.ts";
import { searchWithNames } from "../services/name-search.service.ts";
import { decode } from "../services/hresult.service.ts";
import {
  ActivationTypeKey,
  EntryStatus,
  ErrorCodeOrder,
  Locale,
  TranslationStatus,
} from "../schema/enums.ts";
import { ErrorCode, ErrorCodeConnection, SearchHit, SearchResults } from "../schema/error-code.type.ts";
import { HResult } from "../schema/hresult.type.ts";

const LOCALE_DOC = "The language of the texts; default: the Accept-Language header, else EN.";

@InputType({ description: "Narrows errorCodes; every field given must match." })
export class ErrorCodeFilter {
  @Field(() => ActivationTypeKey, { nullable: true, description: "Entries concerning this activation type." })
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
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      "Entries changed at or after this time (inclusive). For public readers a change is a publish (publishedAt, set on every publish; an unpublished entry leaves the list — webhooks report it); for editors any write (updatedAt). Combine with orderBy: UPDATED_AT to follow changes.",
  })
  updatedSince?: Date | null;
}

@Resolver(() => ErrorCodeConnection)
export class ErrorCodeConnectionResolver {
  @FieldResolver(() => Int, {
    description: "How many entries match the filter in all (one more count query).",
  })
  totalCount(@Root() connection: { count(): Promise<number> }) {
    return connection.count();
  }
}

@Resolver()
export class ErrorCodeResolver {
  @Query(() => ErrorCode, {
    nullable: true,
    description:
      "One entry by its code; null when the base does not hold it (decodeHResult still explains it).",
  })
  async errorCode(
    @Arg("code", () => String, {
      description: `Any pasted form: 0xC004F074, C004F074, 3221549172, -1073418124, or a line of text containing one (at most ${MAX_INPUT_LENGTH} characters). Anything else is BAD_USER_INPUT.`,
    })
    code: string,
    @Arg("locale", () => Locale, { nullable: true, description: LOCALE_DOC }) locale: Locale | null,
    @Ctx() ctx: Context,
  ) {
    const found = await findErrorCode(ctx.loaders, code, readLocale(ctx, locale), (hex) =>
      ctx.backlog.record(hex, ctx.viewer.ip),
    );
    // An unknown code is counted for the editors' backlog: each lookup must reach the service.
    if (!found) ctx.response.noStore = true;
    return found;
  }

  @Query(() => ErrorCodeConnection, {
    description:
      "Codes a keyset page at a time, in code order or (orderBy: UPDATED_AT) oldest change first; first is 0 to 100; an after cursor is valid only in the order it came from.",
  })
  errorCodes(
    @Arg("locale", () => Locale, { nullable: true, description: LOCALE_DOC }) locale: Locale | null,
    @Arg("filter", () => ErrorCodeFilter, {
      nullable: true,
      description: "Which entries; default: all readable.",
    })
    filter: ErrorCodeFilter | null,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: 20,
      description: `Page size, from 0 to ${MAX_PAGE} (0 gives only totalCount and pageInfo).`,
    })
    first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "The endCursor of the previous page; omit for the first page.",
    })
    after: string | null,
    @Arg("orderBy", () => ErrorCodeOrder, {
      nullable: true,
      defaultValue: ErrorCodeOrder.CODE,
      description: "CODE (default), or UPDATED_AT to follow changes with updatedSince.",
    })
    orderBy: ErrorCodeOrder,
    @Ctx() ctx: Context,
  ) {
    return listErrorCodes(ctx.db, ctx.loaders, {
      locale: readLocale(ctx, locale),
      viewer: ctx.viewer,
      first,
      after,
      activationType: filter?.activationType,
      text: filter?.text,
      status: filter?.status,
      updatedSince: filter?.updatedSince,
      orderBy,
      translationStatus: filter?.translationStatus
        ? { status: filter.translationStatus, locale: filter.translationLocale ?? Locale.FR }
        : null,
    });
  }

  @Query(() => [SearchHit], {
    description:
      "Full-text search in one language, best first: the hits of searchResults alone (kept for existing clients); a query that is a symbolic name (E_FAIL) puts that code's entry first.",
  })
  search(
    @Arg("query", () => String, {
      description: `Words or a code fragment, 1 to ${MAX_QUERY_LENGTH} characters (trimmed).`,
    })
    query: string,
    @Arg("locale", () => Locale, { nullable: true, description: LOCALE_DOC }) locale: Locale | null,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: 10,
      description: `How many hits, from 1 to ${MAX_HITS}.`,
    })
    first: number,
    @Ctx() ctx: Context,
  ) {
    return searchWithNames(ctx.loaders, query, readLocale(ctx, locale), first);
  }

  @Query(() => SearchResults, {
    description:
      "Search as a reader types it: every code in a pasted text, then ranked text hits, a correction of misspelt words and the other language's count.",
  })
  searchResults(
    @Arg("query", () => String, {
      description: `Words, a code, a fragment of one or a pasted text (at most ${MAX_QUERY_LENGTH} characters).`,
    })
    query: string,
    @Arg("locale", () => Locale, { nullable: true, description: LOCALE_DOC }) locale: Locale | null,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: 10,
      description: `How many hits, from 1 to ${MAX_HITS}.`,
    })
    first: number,
    @Ctx() ctx: Context,
  ) {
    return searchResults(ctx.loaders, query, readLocale(ctx, locale), first);
  }

  @Query(() => HResult, { description: "Decodes any 32-bit code, known to the knowledge base or not." })
  decodeHResult(
    @Arg("code", () => String, {
      description: `Any form of a 32-bit code, as errorCode takes it (at most ${MAX_INPUT_LENGTH} characters).`,
    })
    code: string,
  ) {
    return decode(code);
  }
}
