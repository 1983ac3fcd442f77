// Types of the editor's state beyond the form itself.
import type { EditableEntryFragment, EntryStatus, TranslationStatus } from "@kb/client";
import type { ConflictDetails, FieldError } from "../lib/action-result.ts";
import type { Source } from "./form-model.ts";
import type { Change } from "./merge.ts";

export type TranslationFieldState = EditableEntryFragment["translationFields"][number];

/** The last version the server confirmed: what "unsaved" and a conflict compare against. */
export interface Saved {
  source: Source;
  version: number;
  status: EntryStatus;
  french: TranslationStatus;
  updatedAt: string;
  publishedVersion: number | null;
  hasUnpublishedChanges: boolean;
  reviewRequestedAt: string | null;
  reviewRequestedBy: string | null;
  /** French fields by id path ("causes[<id>].fr"). */
  translationFields: Record<string, TranslationFieldState>;
  unpublishedChanges: Change[];
  publishedSource: EditableEntryFragment["publishedSource"];
}

export function toSaved(entry: EditableEntryFragment): Saved {
  return {
    source: entry.source,
    version: entry.version,
    status: entry.status,
    french: entry.translations.find((t) => t.locale === "FR")?.status ?? "MISSING",
    updatedAt: entry.updatedAt,
    publishedVersion: entry.publishedVersion ?? null,
    hasUnpublishedChanges: entry.hasUnpublishedChanges,
    reviewRequestedAt: entry.reviewRequestedAt ?? null,
    reviewRequestedBy: entry.reviewRequestedBy ?? null,
    translationFields: Object.fromEntries(entry.translationFields.map((f) => [f.path, f])),
    unpublishedChanges: entry.unpublishedChanges.map((c) => ({
      path: c.path,
      before: c.before ?? null,
      after: c.after ?? null,
    })),
    publishedSource: entry.publishedSource ?? null,
  };
}

export interface ConflictState {
  details: ConflictDetails;
  /** Their changes: from the version this editor started from to the current one. */
  changes: Change[];
  /** Set once the editor chose to keep their edits on top. */
  merged: boolean;
}

export interface Banner {
  tone: "success" | "error" | "info";
  text: string;
  link?: { href: string; label: string };
}

/** A publish refused for missing French: the list shown before "Publish anyway". */
export type MissingFrench = FieldError[];
