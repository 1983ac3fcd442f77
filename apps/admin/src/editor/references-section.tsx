"use client";
// References: a title in each language, one URL, and what the reference is (further reading, or the
// article the entry was written from).
import { useTranslations } from "next-intl";
import { fieldId } from "../lib/paths.ts";
import { BilingualRow } from "./bilingual-row.tsx";
import { useEditor } from "./editor-context.tsx";
import { newKey } from "./form-model.ts";
import { AddButton, ItemControls } from "./item-controls.tsx";
import { TextField } from "./text-field.tsx";

export function ReferencesSection() {
  const { form, setField, can } = useEditor();
  const t = useTranslations();
  const label = (i: number) => t("editor.fields.reference", { n: String(i + 1) });
  const count = form.references.length;
  return (
    <section className="editor-section" aria-labelledby="section-references">
      <h2 id="section-references">{t("editor.sections.references")}</h2>
      {form.references.map((reference, i) => (
        <div key={reference.key} className="bi-grid item-block">
          <BilingualRow
            label={label(i)}
            enPath={`references[${i}].en`}
            frPath={`references[${i}].fr`}
            oneLine
            controls={<ItemControls listPath="references" index={i} count={count} itemLabel={label(i)} />}
          />
          <div className="bi-row">
            <div className="row-head" />
            <TextField
              path={`references[${i}].url`}
              context={label(i)}
              label={t("editor.fields.url")}
              single
              mono
              wide
            />
          </div>
          <div className="bi-row">
            <div className="row-head" />
            <div className="cell wide inline">
              <label htmlFor={fieldId(`references[${i}].kind`)}>
                <span className="sr-only">{label(i)} — </span>
                {t("editor.fields.kind")}
              </label>
              <select
                id={fieldId(`references[${i}].kind`)}
                value={reference.kind}
                disabled={!can.content}
                onChange={(event) => setField(`references[${i}].kind`, event.target.value)}
              >
                <option value="SEE_ALSO">{t("editor.fields.seeAlso")}</option>
                <option value="SOURCE">{t("editor.fields.source")}</option>
              </select>
            </div>
          </div>
        </div>
      ))}
      <AddButton
        listPath="references"
        label={t("editor.add.reference")}
        itemLabel={label(count)}
        make={() => ({ key: newKey("f"), id: null, kind: "SEE_ALSO", en: "", fr: "", url: "" })}
        focusPath={`references[${count}].en`}
      />
    </section>
  );
}
