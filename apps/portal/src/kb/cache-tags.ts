// Names of the data-cache tags, shared by the queries that set them and /api/revalidate that clears them.

/** Every list of published entries: the home pages, the sitemap, the known-code set. */
export const LIST_TAG = "kb:list";
/** Search results, in both languages. */
export const SEARCH_TAG = "kb:search";
/** Localized activation-type names (they change by migration only: the time window is enough). */
export const ACTIVATION_TYPES_TAG = "kb:activation-types";

/** One entry in both languages (canonical code, e.g. 0xC004F074). */
export function codeTag(hex: string): string {
  return `kb:code:${hex}`;
}

/** What a change to published entries makes stale, besides each entry's own tag. */
export const SHARED_TAGS = [LIST_TAG, SEARCH_TAG];

/**
 * Safety net behind on-demand revalidation: a missed notice from the API (the portal was down, a
 * network hiccup) is corrected within this many seconds.
 */
export const REVALIDATE_SECONDS = 300;
