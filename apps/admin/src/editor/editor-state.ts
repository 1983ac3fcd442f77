// Types of the editor's state beyond the form itself.
import type { EditableEntryFragment, EntryStatus, TranslationStatus } from "@kb/client";
import type { ConflictDetails } from "../lib/action-result.ts";
import type { Source } from "./form-model.ts";
import type { Change } from "./merge.ts";

/** The last version the server confirmed: what "unsaved" and a conflict compare against. */
export interface Saved {
  source: Source;
  version: number;
  status: EntryStatus;
  french: TranslationStatus;
  updatedAt: string;
}

export function toSaved(entry: EditableEntryFragment): Saved {
  return {
    source: entry.source,
    version: entry.version,
    status: entry.status,
    french: entry.translations.find((t) => t.locale === "FR")?.status ?? "MISSING",
    updatedAt: entry.updatedAt,
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
