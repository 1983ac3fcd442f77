// Every read the pages make, each with its cache policy. React's cache() shares one call between
// generateMetadata and the page of a request (these are POSTs, which Next does not memoize itself).
import "server-only";
import { cache } from "react";
import { toApiLocale, type Locale } from "../i18n/locales.ts";
import { isPublished } from "../lib/known-codes.ts";
import { ACTIVATION_TYPES_TAG, LIST_TAG, SEARCH_TAG, codeTag } from "./cache-tags.ts";
import { kb, kbPreview } from "./kb-client.ts";
import { listAll, type ListedEntry } from "./list-all.ts";

export type { ListedEntry };

/** Every published entry, in code order. */
export const listEntries = cache(async (locale: Locale): Promise<ListedEntry[]> =>
  listAll(kb({ tags: [LIST_TAG] }), toApiLocale(locale)),
);

/**
 * One entry by canonical code, or null when the base does not hold it. A published code (the set proxy.ts
 * has just checked this request against, so no list is read here) is read through the cache. Any other
 * is asked uncached: the API counts each such lookup in the editors' backlog (a cached null would count
 * one reader per window), and an entry published a moment ago shows at once even if the set is stale.
 */
export const getEntry = cache(async (hex: string, locale: Locale) => {
  const client = (await isPublished(hex)) ? kb({ tags: [codeTag(hex)] }) : kb("no-store");
  return client.lookup(hex, toApiLocale(locale));
});

export const getActivationTypes = cache(async (locale: Locale) =>
  kb({ tags: [ACTIVATION_TYPES_TAG] }).activationTypes(toApiLocale(locale)),
);

export const searchEntries = cache(async (query: string, locale: Locale) =>
  kb({ tags: [SEARCH_TAG] }).searchResults(query, { locale: toApiLocale(locale), first: 50 }),
);

/** The HRESULT fields of a code: they never change, so a day-long window is plenty. */
export const decodeCode = cache(async (hex: string) => kb({ tags: [], revalidate: 86_400 }).decode(hex));

/** An entry's working draft, for a draft preview (the token names the code and expires). */
export const getDraftEntry = cache(async (hex: string, locale: Locale, token: string) =>
  kbPreview(token).lookup(hex, toApiLocale(locale)),
);
