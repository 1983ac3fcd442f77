// Export every readable entry (JSON or XLIFF), and import a file: dry-run report first, then apply.
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { capabilities } from "../../../lib/roles.ts";
import { requireUser } from "../../../server/api.ts";
import { ImportForm } from "./import-form.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("admin.io.title") };
}

export default async function ImportExportPage() {
  const [user, io] = await Promise.all([requireUser(), getTranslations("admin.io")]);
  const can = capabilities(user.role);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{io("title")}</h1>
      <section aria-labelledby="export-title" className="panel">
        <h2 id="export-title">{io("exportTitle")}</h2>
        <p>{io("exportIntro")}</p>
        <p className="row">
          {/* Plain links to a route handler: the browser downloads, the session cookie goes along. */}
          <a href="/import-export/download?format=JSON" className="button secondary" download>
            {io("downloadJson")}
          </a>
          <a href="/import-export/download?format=XLIFF" className="button secondary" download>
            {io("downloadXliff")}
          </a>
        </p>
      </section>
      {can.importXliff && (
        <section aria-labelledby="import-title" className="panel">
          <h2 id="import-title">{io("importTitle")}</h2>
          <p>{io("importIntro")}</p>
          {!can.importJson && <p className="notice info">{io("xliffOnly")}</p>}
          <ImportForm formats={can.importJson ? ["JSON", "XLIFF"] : ["XLIFF"]} />
        </section>
      )}
    </section>
  );
}
