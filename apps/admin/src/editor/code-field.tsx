"use client";
// The code of a new entry, in any form people paste; @kb/codes shows at once what it will be saved as,
// and the API (decodeHResult) what the Windows headers call it. That name also fills an empty English
// title as a suggestion, which the editor's own text always wins over.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { tryParseCode } from "@kb/codes";
import { codeNamesAction, type CodeName } from "../app/actions/code-names.actions.ts";
import { fieldId } from "../lib/paths.ts";
import { canEditPath, useEditor } from "./editor-context.tsx";
import { fieldErrorText } from "./field-error-text.ts";

// Names shown in the hint before "+N" (the code's own first: winerror.h-style err.exe order).
const NAMES_SHOWN = 3;
// Typing settles before the API is asked.
const ASK_AFTER_MS = 250;

function listNames(names: CodeName[]): string {
  const shown = names.slice(0, NAMES_SHOWN).map((n) => `${n.name} (${n.header})`);
  if (names.length > NAMES_SHOWN) shown.push(`+${names.length - NAMES_SHOWN}`);
  return shown.join(", ");
}

/** What the catalogue suggests as a title: the header's message text, else the name itself. */
function suggestedTitle(names: CodeName[]): string {
  const first = names[0]!;
  return first.description ?? first.name;
}

export function CodeField() {
  const { form, setField, update, errors, can } = useEditor();
  const t = useTranslations();
  const id = fieldId("code");
  const parsed = form.code.trim() ? tryParseCode(form.code) : null;
  const hex = parsed?.hex ?? null;
  const [named, setNamed] = useState<{ hex: string; names: CodeName[] } | null>(null);
  // The last title this field suggested: replacing it is not overwriting the editor's own words.
  const suggested = useRef<string | null>(null);
  const mayTitle = canEditPath("en.title", can);

  useEffect(() => {
    if (!hex) return;
    let current = true;
    const timer = setTimeout(() => {
      void codeNamesAction(hex).then((result) => {
        if (!current || !result.ok) return;
        setNamed(result.data);
        if (!mayTitle || result.data.names.length === 0) return;
        const title = suggestedTitle(result.data.names);
        const previous = suggested.current;
        suggested.current = title;
        update((f) =>
          f.en.title.trim() === "" || f.en.title === previous ? { ...f, en: { ...f.en, title } } : f,
        );
      });
    }, ASK_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [hex, mayTitle, update]);

  const names = named && named.hex === hex ? named.names : [];
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
          {names.length > 0 && (
            <>
              {" "}
              <span>{t("editor.hints.codeNames", { names: listNames(names) })}</span>
            </>
          )}
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
