// One entry in the editor. Always rendered per request: the entry changes under editors' hands.
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntrySourceDocument, isKbApiError } from "@kb/client";
import { EntryEditor } from "../../../../editor/entry-editor.tsx";
import { activationTypeNames } from "../../../../server/activation-type-names.ts";
import { previewLabels } from "../../../../server/preview-labels.ts";
import { load, requireUser } from "../../../../server/api.ts";

type Params = Promise<{ code: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: decodeURIComponent((await params).code) };
}

/** An address that is no code, or a code not in the base, is a 404 (other failures are not). */
async function loadEntry(code: string) {
  try {
    return (await load(EntrySourceDocument, { id: code })).errorCodeSource;
  } catch (error) {
    if (isKbApiError(error) && ["BAD_USER_INPUT", "NOT_FOUND"].includes(error.code)) return null;
    throw error;
  }
}

export default async function EntryPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const code = decodeURIComponent((await params).code);
  const restored = (await searchParams).restored;
  const [user, t, typeNames, labels, entry] = await Promise.all([
    requireUser(),
    getTranslations(),
    activationTypeNames(),
    previewLabels(),
    loadEntry(code),
  ]);
  if (!entry) notFound();
  return (
    <section className="page wide" aria-label={t("common.nav.entries")}>
      <EntryEditor
        // Keyed by code only: a refresh of this page (e.g. after signing in again) must not remount the
        // editor and lose what was typed, even if the entry changed meanwhile.
        key={entry.code}
        entry={entry}
        role={user.role}
        typeNames={typeNames}
        previewLabels={labels}
        notice={typeof restored === "string" ? t("history.restored", { version: restored }) : undefined}
      />
    </section>
  );
}
