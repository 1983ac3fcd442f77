// The draft against the published version, for the editor's "unpublished changes" view.
import { readPublishedEntry, type Entry, type PrismaClient } from "@kb/db";
import type { Editable } from "../entry-editor.service.ts";
import { diffEntries } from "../revisions.service.ts";

export async function publishedSource(db: PrismaClient, entry: Editable): Promise<Entry | null> {
  if (entry.publishedVersion === null) return null;
  return readPublishedEntry(db, entry.id);
}

export async function unpublishedChanges(db: PrismaClient, entry: Editable) {
  const published = await publishedSource(db, entry);
  if (!published || !entry.hasUnpublishedChanges) return [];
  // The status is the entry's state, not content readers would see change.
  const content = (e: Entry) => ({ ...e, status: undefined });
  return diffEntries(content(published), content(entry.source));
}
