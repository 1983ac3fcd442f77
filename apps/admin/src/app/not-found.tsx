import Link from "next/link";
import { getT } from "../i18n/server-locale.ts";

export default async function NotFound() {
  const t = await getT();
  return (
    <main id="main" className="page">
      <h1>{t.common.notFound}</h1>
      <p>{t.common.notFoundText}</p>
      <Link href="/entries">{t.common.backToEntries}</Link>
    </main>
  );
}
