// What every server action returns. Actions never throw for an API refusal: in production Next hides
// thrown messages, and a client form needs the kind (expired session, conflict, invalid field) to react.
import type { EditableEntryFragment, EntryRevisionsQuery } from "@kb/client";

export interface FieldError {
  /** Canonical form: "fr.title", "causes[1].fr", "resolutions[0].steps[2].command" (or with item ids,
   * "causes[<id>].fr", for a publish refused for missing translations). */
  path: string;
  /** Stable: REQUIRED, EMPTY, TOO_LONG, INVALID_FORMAT, INVALID_VALUE, UNKNOWN_FIELD, DUPLICATE, INVALID,
   * TRANSLATION_MISSING. The admin words it in its own language from the code and params. */
  code: string;
  params: Record<string, string | number>;
  /** The API's English text, for codes the admin does not know. */
  message: string;
}

export interface ConflictDetails {
  /** The entry as it is now, saved by someone else since the editor opened it. */
  current: EditableEntryFragment;
  /** The revisions saved since the version the editor started from, newest first. */
  revisions: EntryRevisionsQuery["revisions"];
}

export type Failure =
  | { ok: false; kind: "unauthenticated"; message: string }
  | { ok: false; kind: "forbidden"; message: string }
  | {
      ok: false;
      kind: "invalid";
      message: string;
      fields: FieldError[];
      argument?: string;
      /** e.g. TRANSLATIONS_MISSING when a publish is refused for missing French. */
      reason?: string;
    }
  | { ok: false; kind: "conflict"; message: string; conflict?: ConflictDetails }
  | { ok: false; kind: "not-found"; message: string }
  | { ok: false; kind: "error"; message: string; code: string };

export type ActionResult<T> = { ok: true; data: T } | Failure;
