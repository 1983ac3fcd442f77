// The fields of EditableErrorCode computed on demand: per-field translation status, the published
// version, and what the draft changes against it.
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import { EditableErrorCode, FieldChange, TranslationField } from "../schema/editorial.type.ts";
import { ErrorCodeTranslation } from "../schema/error-code.type.ts";
import { ErrorCodeSource } from "../schema/entry-source.type.ts";
import { Locale } from "../schema/enums.ts";
import type { Editable } from "../services/entry-editor.service.ts";
import { publishedSource, unpublishedChanges } from "../services/editor/draft-diff.service.ts";
import { translationStatuses } from "../services/translation-status.ts";
import { translationFields } from "@kb/db";

@Resolver(() => EditableErrorCode)
export class EditableFieldsResolver {
  @FieldResolver(() => [TranslationField], {
    description: "Every translatable text in the locale with its status (none for English, the source).",
  })
  translationFields(
    @Root() entry: Editable,
    @Arg("locale", () => Locale, { description: "The translation's locale (EN lists nothing)." })
    locale: Locale,
  ) {
    return translationFields(entry.source, locale);
  }

  @FieldResolver(() => [ErrorCodeTranslation], { description: "Every locale, with its translation status." })
  translations(@Root() entry: Editable) {
    return translationStatuses(entry);
  }

  @FieldResolver(() => ErrorCodeSource, {
    nullable: true,
    description: "The version readers see; null while the entry is not published.",
  })
  publishedSource(@Root() entry: Editable, @Ctx() ctx: Context) {
    return publishedSource(ctx.db, entry);
  }

  @FieldResolver(() => [FieldChange], {
    description: "What publishing the draft would change for readers (empty when nothing).",
  })
  unpublishedChanges(@Root() entry: Editable, @Ctx() ctx: Context) {
    return unpublishedChanges(ctx.db, entry);
  }
}
