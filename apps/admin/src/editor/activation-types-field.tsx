"use client";
// Which activation types the entry concerns: checkboxes, named in the interface language.
import { useLocale, useTranslations } from "next-intl";
import { ACTIVATION_TYPES } from "../lib/list-filter.ts";
import { fieldId } from "../lib/paths.ts";
import { useEditor } from "./editor-context.tsx";
import { fieldErrorText } from "./field-error-text.ts";
import { toggleType } from "./form-ops.ts";

export function ActivationTypesField() {
  const { form, update, can, errors, typeNames } = useEditor();
  const t = useTranslations();
  const locale = useLocale();
  const names = typeNames[locale === "fr" ? "FR" : "EN"];
  const error = errors.activationTypes;
  return (
    <section className="editor-section" aria-labelledby="section-types">
      <h2 id="section-types">{t("editor.sections.types")}</h2>
      <fieldset className="types" aria-describedby={error ? "activation-types-error" : undefined}>
        <legend className="sr-only">{t("editor.sections.types")}</legend>
        {ACTIVATION_TYPES.map((key) => (
          <label key={key} className="check">
            <input
              type="checkbox"
              id={`${fieldId("activationTypes")}-${key}`}
              checked={form.activationTypes.includes(key)}
              disabled={!can.content}
              onChange={() => update((f) => toggleType(f, key))}
            />
            {names[key]}
          </label>
        ))}
        {error && (
          <p id="activation-types-error" className="field-error">
            {fieldErrorText(error, t)}
          </p>
        )}
      </fieldset>
    </section>
  );
}
