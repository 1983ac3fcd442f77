// The relation fields of ErrorCode, each through a per-request loader. Texts follow the entry's
// served locale, item by item falling back to English.
import { decodeHResult } from "@kb/codes";
import { FieldResolver, Ctx, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import {
  ActivationType,
  Cause,
  ErrorCode,
  ErrorCodeTranslation,
  Reference,
  Resolution,
} from "../schema/error-code.type.ts";
import { HResult } from "../schema/hresult.type.ts";
import { pickLocale, toView, type ErrorCodeView } from "../services/views.ts";
import { translationStatuses } from "../services/translation-status.ts";
import { visibleStatuses } from "../services/visibility.ts";
import type { ActivationTypeKey, Locale } from "@kb/db";

type Texts = { locale: Locale; text: string }[];
const text = (rows: Texts, locale: Locale) => pickLocale(rows, locale)?.text ?? "";

@Resolver(() => ErrorCode)
export class ErrorCodeFieldsResolver {
  @FieldResolver(() => [ActivationType])
  async activationTypes(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    const links = await ctx.loaders.activationTypes.load(entry.id);
    return Promise.all(links.map((l) => activationType(ctx, l.activationTypeKey, entry.servedLocale)));
  }

  @FieldResolver(() => [Cause])
  async causes(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.causes.load(entry.id);
    return rows.map((c) => ({
      id: c.id,
      position: c.position,
      text: text(c.translations, entry.servedLocale),
    }));
  }

  @FieldResolver(() => [Resolution])
  async resolutions(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.resolutions.load(entry.id);
    return Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        position: r.position,
        text: text(r.translations, entry.servedLocale),
        activationType: r.activationTypeKey
          ? await activationType(ctx, r.activationTypeKey, entry.servedLocale)
          : null,
        steps: r.steps.map((s) => ({
          id: s.id,
          position: s.position,
          kind: s.kind,
          command: s.command,
          text: s.kind === "TEXT" ? text(s.translations, entry.servedLocale) : null,
        })),
      })),
    );
  }

  @FieldResolver(() => [Reference])
  async references(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.references.load(entry.id);
    const title = (r: (typeof rows)[number]) => pickLocale(r.translations, entry.servedLocale)?.title ?? "";
    return rows.map((r) => ({ id: r.id, position: r.position, url: r.url, title: title(r) }));
  }

  @FieldResolver(() => [ErrorCodeTranslation], { description: "Every locale, with its translation status." })
  async translations(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    return translationStatuses(await ctx.loaders.translations.load(entry.id));
  }

  @FieldResolver(() => HResult)
  hresult(@Root() entry: ErrorCodeView) {
    return decodeHResult(Number(entry.value));
  }

  @FieldResolver(() => [ErrorCode], {
    description: "Codes sharing the message or the underlying Win32 error.",
  })
  async related(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    const ids = await ctx.loaders.related.load(entry.id);
    const rows = await ctx.loaders.errorCodes.loadMany(ids);
    const visible = visibleStatuses(ctx.viewer);
    return rows.flatMap((row) =>
      row && !(row instanceof Error) && visible.includes(row.status) ? [toView(row, entry.locale)] : [],
    );
  }
}

async function activationType(ctx: Context, key: ActivationTypeKey, locale: Locale) {
  const names = await ctx.loaders.activationTypeNames.load(key);
  return { key, name: pickLocale(names, locale)?.name ?? key };
}
