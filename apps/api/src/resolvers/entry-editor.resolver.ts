// Editorial queries and mutations on entries. Every one is authorized in its service.
import { Arg, Args, ArgsType, Ctx, Field, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import { AppError } from "../errors.ts";
import * as editor from "../services/entry-editor.service.ts";
import { confirmTranslations } from "../services/editor/confirm-translations.service.ts";
import * as publishing from "../services/editor/publishing.service.ts";
import { exportEntries, importEntries } from "../services/import-export.service.ts";
import { listRevisions, revisionDiff } from "../services/revisions.service.ts";
import { translationReport } from "../services/translation-report.service.ts";
import {
  EditableErrorCode,
  ExportFormat,
  FieldChange,
  ImportReport,
  Revision,
  TranslationReport,
} from "../schema/editorial.type.ts";
import { ErrorCodeSource } from "../schema/entry-source.type.ts";
import { Locale } from "../schema/enums.ts";

const CODE_DOC = "The entry's code, any form (0xC004F074, 3221549172, ...).";
const ID_DOC = "The entry's id or any form of its code.";
const ID_DEPRECATION = "Use code (which also takes the entry's id, for now).";
const VERSION_DOC =
  "The version you read (EditableErrorCode.version); CONFLICT when the entry changed since.";

/** The entry an editorial operation names: `code`, or the deprecated `id` alias. */
@ArgsType()
class EntryArgs {
  @Field(() => String, { nullable: true, description: CODE_DOC })
  code?: string | null;
  @Field(() => String, { nullable: true, description: ID_DOC, deprecationReason: ID_DEPRECATION })
  id?: string | null;
}

/** An entry and the version the caller read: the write is refused (CONFLICT) if it changed since. */
@ArgsType()
class VersionedEntryArgs extends EntryArgs {
  @Field(() => Int, { description: VERSION_DOC })
  expectedVersion!: number;
}

/** Exactly one of `code` and `id`. */
function entryRef({ code, id }: EntryArgs): string {
  if ((code ?? null) === null && (id ?? null) === null) {
    throw new AppError("BAD_USER_INPUT", "Name the entry with code.", { argument: "code" });
  }
  if (code != null && id != null) {
    throw new AppError("BAD_USER_INPUT", "Give code or the deprecated id, not both.", { argument: "id" });
  }
  return (code ?? id)!;
}

@Resolver()
export class EntryEditorResolver {
  @Query(() => EditableErrorCode, {
    nullable: true,
    description: "An entry with its bilingual source (drafts included).",
  })
  errorCodeSource(@Args(() => EntryArgs) entry: EntryArgs, @Ctx() ctx: Context) {
    return this.editable(entryRef(entry), ctx);
  }

  private editable(ref: string, ctx: Context) {
    return editor.getEditable(ctx.db, ctx.viewer, ref);
  }

  @Mutation(() => EditableErrorCode, {
    description: "Creates a draft entry (EDITOR, ADMIN, token write:content).",
  })
  async createErrorCode(
    @Arg("input", () => ErrorCodeSource, { description: "The whole entry." }) input: ErrorCodeSource,
    @Arg("summary", () => String, {
      nullable: true,
      description: "A note on the change, kept in its revision.",
    })
    summary: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.editable(await editor.createErrorCode(ctx.db, ctx.viewer, input, summary), ctx);
  }

  @Mutation(() => EditableErrorCode, {
    description:
      "Saves the whole entry; CONFLICT (with currentVersion) when expectedVersion is not the current one.",
  })
  async updateErrorCode(
    @Args(() => VersionedEntryArgs) entry: VersionedEntryArgs,
    @Arg("input", () => ErrorCodeSource, { description: "The whole entry." }) input: ErrorCodeSource,
    @Arg("summary", () => String, {
      nullable: true,
      description: "A note on the change, kept in its revision.",
    })
    summary: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.editable(
      await editor.updateErrorCode(
        ctx.db,
        ctx.viewer,
        entryRef(entry),
        entry.expectedVersion,
        input,
        summary,
      ),
      ctx,
    );
  }

  @Mutation(() => EditableErrorCode, {
    description:
      "Makes the draft what readers see (EDITOR, ADMIN, token write:content). Refused with the list of missing French texts unless allowMissingTranslations, which serves English for them, marked.",
  })
  async publishErrorCode(
    @Args(() => VersionedEntryArgs) entry: VersionedEntryArgs,
    @Arg("allowMissingTranslations", () => Boolean, {
      defaultValue: false,
      description:
        "Publish even though French texts are missing: readers of French get those in English, marked.",
    })
    allowMissing: boolean,
    @Ctx() ctx: Context,
  ) {
    return this.editable(
      await publishing.publishErrorCode(
        ctx.db,
        ctx.viewer,
        entryRef(entry),
        entry.expectedVersion,
        allowMissing,
      ),
      ctx,
    );
  }

  @Mutation(() => EditableErrorCode, {
    description: "Takes the entry away from readers; its draft stays. (EDITOR, ADMIN, token write:content)",
  })
  async unpublishErrorCode(@Args(() => VersionedEntryArgs) entry: VersionedEntryArgs, @Ctx() ctx: Context) {
    return this.editable(
      await publishing.withdrawErrorCode(ctx.db, ctx.viewer, entryRef(entry), entry.expectedVersion, "DRAFT"),
      ctx,
    );
  }

  @Mutation(() => EditableErrorCode, {
    description:
      "Takes the entry away from readers and archives it, keeping its history. (EDITOR, ADMIN, token write:content)",
  })
  async archiveErrorCode(@Args(() => VersionedEntryArgs) entry: VersionedEntryArgs, @Ctx() ctx: Context) {
    return this.editable(
      await publishing.withdrawErrorCode(
        ctx.db,
        ctx.viewer,
        entryRef(entry),
        entry.expectedVersion,
        "ARCHIVED",
      ),
      ctx,
    );
  }

  @Mutation(() => EditableErrorCode, {
    description:
      "Drops the unpublished changes: the draft becomes the published version again (EDITOR, ADMIN).",
  })
  async discardDraft(@Args(() => VersionedEntryArgs) entry: VersionedEntryArgs, @Ctx() ctx: Context) {
    return this.editable(
      await publishing.discardDraft(ctx.db, ctx.viewer, entryRef(entry), entry.expectedVersion),
      ctx,
    );
  }

  @Mutation(() => EditableErrorCode, {
    description: "Marks the draft as ready for an editor's review (translators may; only editors publish).",
  })
  async submitForReview(@Args(() => VersionedEntryArgs) entry: VersionedEntryArgs, @Ctx() ctx: Context) {
    return this.editable(
      await publishing.submitForReview(ctx.db, ctx.viewer, entryRef(entry), entry.expectedVersion),
      ctx,
    );
  }

  @Mutation(() => EditableErrorCode, {
    description:
      'Confirms translations as still accurate against the English as it is now ("paths" from translationFields): each becomes CURRENT without being retyped.',
  })
  async confirmTranslations(
    @Args(() => VersionedEntryArgs) entry: VersionedEntryArgs,
    @Arg("locale", () => Locale, { description: "The translation's locale (not EN, the source)." })
    locale: Locale,
    @Arg("paths", () => [String], { description: "TranslationField.path of each text to confirm." })
    paths: string[],
    @Ctx() ctx: Context,
  ) {
    return this.editable(
      await confirmTranslations(ctx.db, ctx.viewer, entryRef(entry), entry.expectedVersion, locale, paths),
      ctx,
    );
  }

  @Mutation(() => EditableErrorCode, { description: "Saves an old revision's content as a new version." })
  async restoreRevision(
    @Args(() => VersionedEntryArgs) entry: VersionedEntryArgs,
    @Arg("revision", () => Int, { description: "The version to bring back (Revision.version)." })
    revision: number,
    @Ctx() ctx: Context,
  ) {
    return this.editable(
      await editor.restoreRevision(ctx.db, ctx.viewer, entryRef(entry), revision, entry.expectedVersion),
      ctx,
    );
  }

  @Query(() => [Revision], { description: "Newest first." })
  async revisions(@Args(() => EntryArgs) entry: EntryArgs, @Ctx() ctx: Context) {
    const rows = await listRevisions(ctx.db, ctx.viewer, entryRef(entry));
    return rows.map((r) => ({ ...r, authorName: r.author?.name ?? null }));
  }

  @Query(() => [FieldChange], { description: "The texts that differ between two revisions of an entry." })
  revisionDiff(
    @Args(() => EntryArgs) entry: EntryArgs,
    @Arg("from", () => Int, { description: "The older version." }) from: number,
    @Arg("to", () => Int, { description: "The newer version." }) to: number,
    @Ctx() ctx: Context,
  ) {
    return revisionDiff(ctx.db, ctx.viewer, entryRef(entry), from, to);
  }

  @Query(() => TranslationReport, { description: "How many entries are translated (editors)." })
  translationReport(
    @Arg("locale", () => Locale, { defaultValue: Locale.FR, description: "The locale to count." })
    locale: Locale,
    @Ctx() ctx: Context,
  ) {
    return translationReport(ctx.db, ctx.viewer, locale);
  }

  @Query(() => String, {
    description: "All (or the named) entries the viewer may read, as JSON or XLIFF 2.0.",
  })
  exportEntries(
    @Arg("format", () => ExportFormat, { defaultValue: ExportFormat.JSON, description: "The file format." })
    format: ExportFormat,
    @Arg("codes", () => [String], {
      nullable: true,
      description: "Only these entries (any code form); default: all.",
    })
    codes: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return exportEntries(ctx.db, ctx.viewer, format, codes);
  }

  @Mutation(() => ImportReport, { description: "Validates the whole file first; dryRun only reports." })
  importEntries(
    @Arg("format", () => ExportFormat, { description: "The file's format." }) format: ExportFormat,
    @Arg("content", () => String, { description: "The file's text, as exportEntries gives it." })
    content: string,
    @Arg("dryRun", () => Boolean, { defaultValue: true, description: "Only report what would change." })
    dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return importEntries(ctx.db, ctx.viewer, format, content, dryRun);
  }
}
