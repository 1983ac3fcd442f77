// Search by symbolic name, kept apart from the full-text search (search.service.ts): when the whole
// query is a name the Windows headers define ("SL_E_VL_BINDING_SERVICE_UNAVAILABLE", "e_fail"), the
// entry of that name's code, if the viewer may read it, is put first, found through the same loader
// as a lookup. Every other hit is the full-text search's, unchanged.
import { toCanonical } from "@kb/codes";
import { lookupName } from "@kb/codes/catalogue";
import type { Locale } from "@kb/db";
import type { Loaders } from "./loaders.ts";
import { search, type SearchHitView } from "./search.service.ts";
import { toView } from "./views.ts";

const NAME = /^[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*$/;

/** The codes a query names, when the whole query is one symbolic name. */
function namedCodes(query: string): string[] {
  const q = query.trim();
  if (!NAME.test(q)) return [];
  return [...new Set(lookupName(q).map((n) => toCanonical(n.value)))];
}

export async function searchWithNames(
  loaders: Loaders,
  query: string,
  locale: Locale,
  first: number,
): Promise<SearchHitView[]> {
  // First: search checks the query and `first` (BAD_USER_INPUT) before anything else is read.
  const hits = await search(loaders, query, locale, first);
  const codes = namedCodes(query);
  if (codes.length === 0) return hits;
  const rows = await Promise.all(codes.map((code) => loaders.byCode.load(code)));
  const top = Math.max(2, ...hits.map((h) => h.rank));
  const named = rows.flatMap((row) =>
    row ? [{ errorCode: toView(row, locale), rank: top, highlight: null, segments: [] }] : [],
  );
  const ids = new Set(named.map((h) => h.errorCode.id));
  return [...named, ...hits.filter((h) => !ids.has(h.errorCode.id))].slice(0, first);
}
