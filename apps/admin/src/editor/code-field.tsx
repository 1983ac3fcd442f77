"use client";
// The code of a new entry, in any form people paste; @kb/codes shows at once what it will be saved as.
import { useTranslations } from "next-intl";
import { tryParseCode } from "@kb/codes";
import { fieldId } from "../lib/paths.ts";
import { useEditor } from "./editor-context.tsx";
import { fieldErrorText } from "./field-error-text.ts";

export function CodeField() {
  const { form, setField, errors } = useEditor();
  const t = useTranslations();
  const id = fieldId("code");
  const parsed = form.code.trim() ? tryParseCode(form.code) : null;
  const error = errors.code;
  return (
    <section className="editor-section">
      <div className="field code-field">
        <label id={`${id}-label`} htmlFor={id}>
          {t("editor.fields.code")}
        </label>
        <input
          id={id}
          type="text"
          className="mono"
          value={form.code}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          onChange={(event) => setField("code", event.target.value)}
        />
        <p id={`${id}-hint`} className="hint" aria-live="polite">
          {parsed
            ? t("editor.hints.codeAs", { code: parsed.hex })
            : form.code.trim()
              ? t("editor.hints.codeInvalid")
              : t("editor.hints.code")}
        </p>
        {error && (
          <p id={`${id}-error`} className="field-error">
            {fieldErrorText(error, t)}
          </p>
        )}
      </div>
    </section>
  );
}
