// The one Accept-Language negotiation of the repository (API, portal and admin): which of our languages a
// request prefers. RFC 9110 §12.5.4 ranges and weights, matched on the primary subtag (fr-CA and fr-BE read
// French: our French is the only French we have).

interface Range {
  /** Lower-cased primary subtag ("fr" of "fr-CA"), or "*". */
  primary: string;
  /** The whole range has no subtags ("fr", not "fr-CA"): only such a range at q=0 refuses a language. */
  bare: boolean;
  quality: number;
  index: number;
}

const RANGE = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/i;
const WEIGHT = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

/** The ranges of a header in preference order (weight, then header order); malformed parts are skipped. */
function parse(header: string): Range[] {
  const ranges: Range[] = [];
  header.split(",").forEach((part, index) => {
    const [tag = "", ...params] = part.split(";").map((piece) => piece.trim());
    if (!RANGE.test(tag)) return;
    let quality = 1;
    for (const param of params) {
      if (!/^q\s*=/i.test(param)) continue;
      const weight = WEIGHT.exec(param.replace(/\s+/g, ""));
      if (!weight) return; // "q=abc", "q=2": the whole range is unreadable, not silently q=1
      quality = Number(weight[1]);
      break;
    }
    const primary = tag.toLowerCase().split("-")[0]!;
    ranges.push({ primary, bare: !tag.includes("-"), quality, index });
  });
  return ranges.sort((a, b) => b.quality - a.quality || a.index - b.index);
}

/**
 * The best of `supported` for an Accept-Language header, else `fallback` (the first supported language by
 * default). Matching ignores case and region ("FR-be" picks "fr", or "FR" when that is how the caller spells
 * it); a weight of 0 refuses a language ("fr;q=0"); equal weights keep the header's order; "*" stands for
 * any language we have, the fallback first. An empty, absent or unreadable header gives the fallback.
 */
export function negotiateLocale<const L extends string>(
  header: string | null | undefined,
  supported: readonly [L, ...L[]],
  fallback: L = supported[0],
): L {
  if (!header) return fallback;
  const ranges = parse(header);
  const refused = new Set(ranges.filter((r) => r.quality === 0 && r.bare).map((r) => r.primary));
  const acceptable = supported.filter((locale) => !refused.has(locale.toLowerCase()));
  for (const range of ranges) {
    if (range.quality === 0) break; // sorted: nothing acceptable follows
    if (range.primary === "*") {
      const any = acceptable.includes(fallback) ? fallback : acceptable[0];
      if (any !== undefined) return any;
      continue;
    }
    const match = acceptable.find((locale) => locale.toLowerCase() === range.primary);
    if (match !== undefined) return match;
  }
  return fallback;
}
