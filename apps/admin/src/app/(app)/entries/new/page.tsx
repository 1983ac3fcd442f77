// A new draft entry (editors and admins). ?code= pre-fills the code, e.g. from the unknown-codes backlog.
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { EntryEditor } from "../../../../editor/entry-editor.tsx";
import { capabilities } from "../../../../lib/roles.ts";
import { activationTypeNames } from "../../../../server/activation-type-names.ts";
import { previewLabels } from "../../../../server/preview-labels.ts";
import { requireUser } from "../../../../server/api.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("editor.newTitle") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function NewEntryPage({ searchParams }: { searchParams: Search }) {
  const code = (await searchParams).code;
  const [user, t, typeNames, labels] = await Promise.all([
    requireUser(),
    getTranslations(),
    activationTypeNames(),
    previewLabels(),
  ]);
  if (!capabilities(user.role).editContent) {
    return (
      <section className="page">
        <p className="notice error">{t("common.errors.forbidden")}</p>
        <Link href="/entries">{t("common.backToEntries")}</Link>
      </section>
    );
  }
  return (
    <section className="page wide" aria-label={t("editor.newTitle")}>
      <EntryEditor
        entry={null}
        initialCode={typeof code === "string" ? code.slice(0, 100) : ""}
        role={user.role}
        typeNames={typeNames}
        previewLabels={labels}
      />
    </section>
  );
}
