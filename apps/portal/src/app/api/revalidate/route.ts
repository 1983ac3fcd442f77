// On-demand revalidation, called by the API whenever published content changes (publish, unpublish,
// archive, a save, restore or import of a published entry): POST {"codes": [...]} with the header
// x-kb-revalidate-secret. The entries' tags and the lists and searches that may show them are expired at
// once ({ expire: 0 }), so the next reader gets the new text, not one last stale copy.
import { revalidatePath, revalidateTag } from "next/cache";
import { env } from "../../../env.ts";
import { locales } from "../../../i18n/locales.ts";
import { SHARED_TAGS, codeTag } from "../../../kb/cache-tags.ts";
import { codePath } from "../../../lib/codes.ts";
import { forgetKnownCodes } from "../../../lib/known-codes.ts";
import { parseRevalidateBody, secretMatches } from "../../../lib/revalidate-request.ts";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (!secretMatches(request.headers.get("x-kb-revalidate-secret"), env().KB_REVALIDATE_SECRET)) {
    return Response.json({ error: "missing or wrong x-kb-revalidate-secret" }, { status: 401 });
  }
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    return Response.json({ error: "the body must be JSON" }, { status: 400 });
  }
  const parsed = parseRevalidateBody(raw);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 });

  const tags = [...parsed.codes.map(codeTag), ...SHARED_TAGS];
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  // Pages render per request today, so the tags do the work; the paths keep this correct if a route is
  // ever made static (ISR), and clear Next's router cache entries for them.
  for (const locale of locales) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/search`);
    for (const hex of parsed.codes) revalidatePath(codePath(locale, hex));
  }
  revalidatePath("/sitemap.xml");
  // The proxy's own copy of the published codes (it cannot use the data cache).
  forgetKnownCodes();
  return Response.json({ revalidated: true, codes: parsed.codes, tags });
}
