// Editorial queries and mutations on entries. Every one is authorized in its service.
import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import * as editor from "../services/entry-editor.service.ts";
import { exportEntries, importEntries } from "../services/import-export.service.ts";
import { listRevisions, revisionDiff } from "../services/revisions.service.ts";
import { translationReport } from "../services/translation-report.service.ts";
import { translationStatuses } from "../services/translation-status.ts";
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

const ID_DOC = "The entry's id or any form of its code.";

@Resolver()
export class EntryEditorResolver {
  @Query(() => EditableErrorCode, {
    nullable: true,
    description: "An entry with its bilingual source (drafts included).",
  })
  async errorCodeSource(@Arg("id", () => String, { description: ID_DOC }) id: string, @Ctx() ctx: Context) {
    const row = await editor.getEditable(ctx.db, ctx.viewer, id);
    return row && { ...row, translations: translationStatuses(row.translations) };
  }

  @Mutation(() => EditableErrorCode, {
    description: "Creates a draft entry (EDITOR, ADMIN, token write:content).",
  })
  async createErrorCode(
    @Arg("input", () => ErrorCodeSource) input: ErrorCodeSource,
    @Arg("summary", () => String, { nullable: true }) summary: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.errorCodeSource(await editor.createErrorCode(ctx.db, ctx.viewer, input, summary), ctx);
  }

  @Mutation(() => EditableErrorCode, {
    description:
      "Saves the whole entry; CONFLICT (with currentVersion) when expectedVersion is not the current one.",
  })
  async updateErrorCode(
    @Arg("id", () => String, { description: ID_DOC }) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => ErrorCodeSource) input: ErrorCodeSource,
    @Arg("summary", () => String, { nullable: true }) summary: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.errorCodeSource(
      await editor.updateErrorCode(ctx.db, ctx.viewer, id, expectedVersion, input, summary),
      ctx,
    );
  }

  @Mutation(() => EditableErrorCode)
  async publishErrorCode(
    @Arg("id", () => String) id: string,
    @Arg("expectedVersion", () => Int) v: number,
    @Ctx() ctx: Context,
  ) {
    return this.errorCodeSource(await editor.changeStatus(ctx.db, ctx.viewer, id, "publish", v), ctx);
  }

  @Mutation(() => EditableErrorCode)
  async unpublishErrorCode(
    @Arg("id", () => String) id: string,
    @Arg("expectedVersion", () => Int) v: number,
    @Ctx() ctx: Context,
  ) {
    return this.errorCodeSource(await editor.changeStatus(ctx.db, ctx.viewer, id, "unpublish", v), ctx);
  }

  @Mutation(() => EditableErrorCode)
  async archiveErrorCode(
    @Arg("id", () => String) id: string,
    @Arg("expectedVersion", () => Int) v: number,
    @Ctx() ctx: Context,
  ) {
    return this.errorCodeSource(await editor.changeStatus(ctx.db, ctx.viewer, id, "archive", v), ctx);
  }

  @Mutation(() => EditableErrorCode, { description: "Saves an old revision's content as a new version." })
  async restoreRevision(
    @Arg("id", () => String, { description: ID_DOC }) id: string,
    @Arg("revision", () => Int) revision: number,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ) {
    return this.errorCodeSource(
      await editor.restoreRevision(ctx.db, ctx.viewer, id, revision, expectedVersion),
      ctx,
    );
  }

  @Query(() => [Revision], { description: "Newest first." })
  async revisions(@Arg("id", () => String, { description: ID_DOC }) id: string, @Ctx() ctx: Context) {
    const rows = await listRevisions(ctx.db, ctx.viewer, id);
    return rows.map((r) => ({ ...r, authorName: r.author?.name ?? null }));
  }

  @Query(() => [FieldChange])
  revisionDiff(
    @Arg("id", () => String, { description: ID_DOC }) id: string,
    @Arg("from", () => Int) from: number,
    @Arg("to", () => Int) to: number,
    @Ctx() ctx: Context,
  ) {
    return revisionDiff(ctx.db, ctx.viewer, id, from, to);
  }

  @Query(() => TranslationReport)
  translationReport(
    @Arg("locale", () => Locale, { defaultValue: Locale.FR }) locale: Locale,
    @Ctx() ctx: Context,
  ) {
    return translationReport(ctx.db, ctx.viewer, locale);
  }

  @Query(() => String, {
    description: "All (or the named) entries the viewer may read, as JSON or XLIFF 2.0.",
  })
  exportEntries(
    @Arg("format", () => ExportFormat, { defaultValue: ExportFormat.JSON }) format: ExportFormat,
    @Arg("codes", () => [String], { nullable: true }) codes: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return exportEntries(ctx.db, ctx.viewer, format, codes);
  }

  @Mutation(() => ImportReport, { description: "Validates the whole file first; dryRun only reports." })
  importEntries(
    @Arg("format", () => ExportFormat) format: ExportFormat,
    @Arg("content", () => String) content: string,
    @Arg("dryRun", () => Boolean, { defaultValue: true }) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return importEntries(ctx.db, ctx.viewer, format, content, dryRun);
  }
}
