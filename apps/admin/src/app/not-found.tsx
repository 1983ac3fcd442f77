import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main id="main" className="page">
      <h1>{t("common.notFound")}</h1>
      <p>{t("common.notFoundText")}</p>
      <Link href="/entries">{t("common.backToEntries")}</Link>
    </main>
  );
}
