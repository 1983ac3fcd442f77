// The relation fields of ErrorCode, each picked from the entry the per-request loader read whole.
// Texts follow the entry's served locale, item by item falling back to English.
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
import type { EntryGraph, Locale, NamedActivationType } from "@kb/db";

type Texts = { locale: Locale; text: string }[];
const text = (rows: Texts, locale: Locale) => pickLocale(rows, locale)?.text ?? "";

/** The whole entry behind a view (loaded once per request, usually already primed by the query). */
async function graph(ctx: Context, entry: ErrorCodeView): Promise<EntryGraph> {
  const row = await ctx.loaders.entries.load(entry.id);
  if (!row) throw new Error(`entry ${entry.code} vanished while its fields were resolved`);
  return row;
}

const activationType = (type: NamedActivationType, locale: Locale) => ({
  key: type.key,
  name: pickLocale(type.translations, locale)?.name ?? type.key,
});

@Resolver(() => ErrorCode)
export class ErrorCodeFieldsResolver {
  @FieldResolver(() => [ActivationType])
  async activationTypes(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    const { activationTypes } = await graph(ctx, entry);
    return activationTypes.map((l) => activationType(l.activationType, entry.servedLocale));
  }

  @FieldResolver(() => [Cause])
  async causes(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    const { causes } = await graph(ctx, entry);
    return causes.map((c) => ({
      id: c.id,
      position: c.position,
      text: text(c.translations, entry.servedLocale),
    }));
  }

  @FieldResolver(() => [Resolution])
  async resolutions(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    const { resolutions } = await graph(ctx, entry);
    return resolutions.map((r) => ({
      id: r.id,
      position: r.position,
      text: text(r.translations, entry.servedLocale),
      activationType: r.activationType && activationType(r.activationType, entry.servedLocale),
      steps: r.steps.map((s) => ({
        id: s.id,
        position: s.position,
        kind: s.kind,
        command: s.command,
        text: s.kind === "TEXT" ? text(s.translations, entry.servedLocale) : null,
      })),
    }));
  }

  @FieldResolver(() => [Reference])
  async references(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    const { references } = await graph(ctx, entry);
    const title = (r: EntryGraph["references"][number]) =>
      pickLocale(r.translations, entry.servedLocale)?.title ?? "";
    return references.map((r) => ({ id: r.id, position: r.position, url: r.url, title: title(r) }));
  }

  @FieldResolver(() => [ErrorCodeTranslation], { description: "Every locale, with its translation status." })
  async translations(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    return translationStatuses((await graph(ctx, entry)).translations);
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
    const rows = await ctx.loaders.entries.loadMany(ids);
    return rows.flatMap((row) => (row && !(row instanceof Error) ? [toView(row, entry.locale)] : []));
  }
}
