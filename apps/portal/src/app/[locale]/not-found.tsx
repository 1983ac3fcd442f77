// notFound() from a page: only when an entry disappears between proxy.ts's check and the page's own
// lookup (an unpublish a moment ago). Next 16 renders this one in the browser only (vercel/next.js#62228);
// every other 404 goes to ../global-not-found.tsx, rendered on the server.
import { NotFoundHelp } from "../../components/not-found/not-found-help.tsx";
import { requestLocale } from "../../lib/request-context.ts";

export default async function LocaleNotFound() {
  return <NotFoundHelp locale={await requestLocale()} />;
}
