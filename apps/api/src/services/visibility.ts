// Who sees what: the public sees published entries only; editors and scoped tokens also see drafts.
import type { EntryStatus } from "@kb/db";

export interface Viewer {
  canReadDrafts: boolean;
}

export const PUBLIC_VIEWER: Viewer = { canReadDrafts: false };

export function visibleStatuses(viewer: Viewer): EntryStatus[] {
  return viewer.canReadDrafts ? ["PUBLISHED", "DRAFT", "ARCHIVED"] : ["PUBLISHED"];
}
