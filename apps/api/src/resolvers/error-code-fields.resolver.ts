// The relation fields of ErrorCode, each picked from the entry the per-request loader read whole.
// Texts follow the asked locale, each item falling back to English on its own and saying so (servedLocale).
import { explainCode } from "@kb/codes/catalogue";
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
import { pickLocale, pickText, toView, type ErrorCodeView } from "../services/views.ts";
import { translationStatuses } from "../services/translation-status.ts";
import type { EntryGraph, GraphStep, Locale, NamedActivationType } from "@kb/db";

type Texts = { locale: Locale; text: string }[];
/** `text` and `servedLocale` of one item in the asked locale. */
const localized = (rows: Texts, locale: Locale) => {
  const { text, servedLocale } = pickText(rows, locale, (t) => t.text);
  return { text: text ?? "", servedLocale };
};

/** The whole entry behind a view (loaded once per request, usually already primed by the query). */
async function graph(ctx: Context, entry: ErrorCodeView): Promise<EntryGraph> {
  const row = await ctx.loaders.entries.load(entry.id);
  if (!row) throw new Error(`entry ${entry.code} vanished while its fields were resolved`);
  return row;
}

interface StepView {
  id: string;
  position: number;
  kind: GraphStep["kind"];
  command: string | null;
  text: string | null;
  servedLocale: Locale;
  steps: StepView[];
}
/** A step and its own steps, positions counted within each list. */
const step = (s: GraphStep, position: number, locale: Locale): StepView => ({
  id: s.id,
  position,
  kind: s.kind,
  command: s.command,
  ...(s.kind === "COMMAND" ? { text: null, servedLocale: locale } : localized(s.translations, locale)),
  steps: s.steps.map((sub, k) => step(sub, k, locale)),
});

const activationType = (type: NamedActivationType, locale: Locale) => ({
  key: type.key,
  name: pickLocale(type.translations, locale)?.name ?? type.key,
});

@Resolver(() => ErrorCode)
export class ErrorCodeFieldsResolver {
  @FieldResolver(() => [ActivationType], { description: "The activation types the error concerns." })
  async activationTypes(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    const { activationTypes } = await graph(ctx, entry);
    return activationTypes.map((l) => activationType(l.activationType, entry.locale));
  }

  @FieldResolver(() => [Cause], { description: "Possible causes, in order." })
  async causes(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    const { causes } = await graph(ctx, entry);
    return causes.map((c) => ({
      id: c.id,
      position: c.position,
      ...localized(c.translations, entry.locale),
    }));
  }

  @FieldResolver(() => [Resolution], { description: "Ways to fix it, in the order to try them." })
  async resolutions(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    const { resolutions } = await graph(ctx, entry);
    return resolutions.map((r) => ({
      id: r.id,
      position: r.position,
      ...localized(r.translations, entry.locale),
      activationType: r.activationType && activationType(r.activationType, entry.locale),
      stepsMode: r.stepsMode,
      steps: r.steps.map((s, j) => step(s, j, entry.locale)),
    }));
  }

  @FieldResolver(() => [Reference], { description: "Documents about the error." })
  async references(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    const { references } = await graph(ctx, entry);
    return references.map((r) => {
      const { text, servedLocale } = pickText(r.translations, entry.locale, (t) => t.title);
      return { id: r.id, position: r.position, kind: r.kind, url: r.url, title: text ?? "", servedLocale };
    });
  }

  @FieldResolver(() => [ErrorCodeTranslation], { description: "Every locale, with its translation status." })
  async translations(@Root() entry: ErrorCodeView, @Ctx() ctx: Context) {
    return translationStatuses(await graph(ctx, entry));
  }

  @FieldResolver(() => HResult, { description: "The code's HRESULT fields (facility, Win32 error, ...)." })
  hresult(@Root() entry: ErrorCodeView) {
    return explainCode(Number(entry.value));
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
