"use client";
import { useTranslations } from "next-intl";
import { BilingualRow } from "./bilingual-row.tsx";
import { useEditor } from "./editor-context.tsx";
import { newKey } from "./form-model.ts";
import { AddButton, ItemControls } from "./item-controls.tsx";

export function CausesSection() {
  const { form } = useEditor();
  const t = useTranslations();
  const label = (i: number) => t("editor.fields.cause", { n: String(i + 1) });
  const count = form.causes.length;
  return (
    <section className="editor-section" aria-labelledby="section-causes">
      <h2 id="section-causes">{t("editor.sections.causes")}</h2>
      <div className="bi-grid">
        {form.causes.map((cause, i) => (
          <BilingualRow
            key={cause.key}
            label={label(i)}
            enPath={`causes[${i}].en`}
            frPath={`causes[${i}].fr`}
            controls={<ItemControls listPath="causes" index={i} count={count} itemLabel={label(i)} />}
          />
        ))}
      </div>
      <AddButton
        listPath="causes"
        label={t("editor.add.cause")}
        itemLabel={label(count)}
        make={() => ({ key: newKey("c"), id: null, en: "", fr: "" })}
        focusPath={`causes[${count}].en`}
      />
    </section>
  );
}
