// What readers see changes here only: publish copies the working draft into the readers' document,
// unpublish and archive withdraw it, discard drops the draft for the published version. Translators
// cannot publish; they ask for a review instead.
import {
  enqueueContentEvent,
  markDraftPublished,
  missingTranslations,
  publishEntry,
  readEntry,
  readPublishedEntry,
  STATUS_EVENTS,
  translationFields,
  withdrawEntry,
  writeEntry,
  type PrismaClient,
} from "@kb/db";
import { AppError } from "../../errors.ts";
import { claim, codeOf, record, TX } from "../entry-editor.service.ts";
import { demand, type Viewer } from "../visibility.ts";

/**
 * Publishes the draft. French that is missing is listed and refused unless `allowMissingTranslations`:
 * then readers of French get English for those texts, each marked as such.
 */
export async function publishErrorCode(
  db: PrismaClient,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  allowMissingTranslations = false,
) {
  demand(viewer, "publish");
  const hex = await codeOf(db, id);
  return db.$transaction(async (tx) => {
    const row = await claim(tx, hex, expectedVersion);
    if (row.status === "PUBLISHED" && row.publishedVersion === row.version) return hex;
    const entry = (await readEntry(tx, hex))!;
    if (missingTranslations(entry).length && !allowMissingTranslations) {
      const missing = translationFields(entry, "FR").filter((f) => f.status === "MISSING");
      throw new AppError(
        "BAD_USER_INPUT",
        `${hex} is not published: French is missing for ${missing.map((f) => f.path).join(", ")}. ` +
          "Translate them, or publish with allowMissingTranslations: true (readers of French then see these texts in English, marked as not translated yet).",
        {
          reason: "TRANSLATIONS_MISSING",
          fields: missing.map((f) => ({ path: f.path, code: "TRANSLATION_MISSING", params: {} })),
        },
      );
    }
    const version = row.version + 1;
    await tx.errorCode.update({ where: { id: row.id }, data: { version } });
    await publishEntry(tx, row.id);
    // In the publishing transaction: a rolled-back publish tells no consumer.
    await enqueueContentEvent(tx, { type: STATUS_EVENTS.PUBLISHED, code: hex, status: "PUBLISHED", version });
    return record(tx, hex, version, viewer, "Published", true);
  }, TX);
}

export async function withdrawErrorCode(
  db: PrismaClient,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  status: "DRAFT" | "ARCHIVED",
) {
  demand(viewer, "publish");
  const hex = await codeOf(db, id);
  return db.$transaction(async (tx) => {
    const row = await claim(tx, hex, expectedVersion);
    const version = row.version + 1;
    await tx.errorCode.update({ where: { id: row.id }, data: { version } });
    await withdrawEntry(tx, row.id, status);
    await enqueueContentEvent(tx, { type: STATUS_EVENTS[status], code: hex, status, version });
    return record(tx, hex, version, viewer, status === "DRAFT" ? "Unpublished" : "Archived");
  }, TX);
}

/** Drops the unpublished changes: the draft becomes the published version again. */
export async function discardDraft(db: PrismaClient, viewer: Viewer, id: string, expectedVersion: number) {
  demand(viewer, "write:content");
  const hex = await codeOf(db, id);
  return db.$transaction(async (tx) => {
    const row = await claim(tx, hex, expectedVersion);
    if (row.publishedVersion === null) {
      throw new AppError(
        "BAD_USER_INPUT",
        `${hex} has no published version to go back to: unpublished entries keep their draft.`,
        { reason: "NOT_PUBLISHED" },
      );
    }
    if (row.publishedVersion === row.version) return hex;
    const published = (await readPublishedEntry(tx, row.id))!;
    const version = row.version + 1;
    await writeEntry(tx, published, { status: "PUBLISHED", version, publish: false });
    await markDraftPublished(tx, row.id, version);
    return record(tx, hex, version, viewer, "Discarded the unpublished changes");
  }, TX);
}

/** Marks the draft as ready for an editor's review (translators' way to ask for a publish). */
export async function submitForReview(db: PrismaClient, viewer: Viewer, id: string, expectedVersion: number) {
  demand(viewer, "write:translation");
  const hex = await codeOf(db, id);
  return db.$transaction(async (tx) => {
    const row = await claim(tx, hex, expectedVersion);
    await tx.errorCode.update({
      where: { id: row.id },
      data: { reviewRequestedAt: new Date(), reviewRequestedById: viewer.user?.id ?? null },
    });
    return hex;
  }, TX);
}
