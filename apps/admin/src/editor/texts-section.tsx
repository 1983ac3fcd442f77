"use client";
import { useTranslations } from "next-intl";
import { BilingualRow } from "./bilingual-row.tsx";

/** The entry's own texts: "en.title" beside "fr.title", and so on. */
export function TextsSection() {
  const t = useTranslations();
  const f = useTranslations("editor.fields");
  const rows = [
    { key: "title", label: f("title"), oneLine: true, rows: 1 },
    { key: "summary", label: f("summary"), rows: 3 },
    { key: "message", label: f("message"), rows: 3 },
    { key: "notes", label: f("notes"), rows: 2 },
  ];
  return (
    <section className="editor-section" aria-labelledby="section-texts">
      <h2 id="section-texts">{t("editor.sections.texts")}</h2>
      <div className="bi-grid">
        {rows.map((row) => (
          <BilingualRow
            key={row.key}
            label={row.label}
            enPath={`en.${row.key}`}
            frPath={`fr.${row.key}`}
            rows={row.rows}
            oneLine={row.oneLine}
          />
        ))}
      </div>
    </section>
  );
}
