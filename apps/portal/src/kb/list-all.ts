// Every published entry in code order, page after page (the API serves at most 100 a page). No imports
// beyond types: the proxy bundle (known-codes.ts) uses it too.
import type { KbClient, ListErrorCodesQuery, Locale } from "@kb/client";

export type ListedEntry = ListErrorCodesQuery["errorCodes"]["edges"][number]["node"];

const PAGE = 100; // the API's largest page

export async function listAll(client: KbClient, locale?: Locale): Promise<ListedEntry[]> {
  const entries: ListedEntry[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await client.list({ locale, first: PAGE, after });
    entries.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return entries;
    after = page.pageInfo.endCursor;
  }
}
