"use client";
// One text of the entry: label (the row's name for screen readers, the language on screen), the input,
// and next to it its validation error or the other editor's text when both changed it.
import { useTranslations } from "next-intl";
import type { ChangeEvent } from "react";
import { fieldId } from "../lib/paths.ts";
import { canEditPath, useEditor } from "./editor-context.tsx";
import { fieldErrorText } from "./field-error-text.ts";
import { getIn } from "./form-ops.ts";
import { TranslationState } from "./translation-state.tsx";

export interface TextFieldProps {
  path: string;
  /** Read by screen readers before the visible label, e.g. "Resolution 2". */
  context: string;
  label: string;
  lang?: "en" | "fr";
  rows?: number;
  single?: boolean;
  /** A title: wraps like a paragraph but takes no line breaks. */
  oneLine?: boolean;
  mono?: boolean;
  hint?: string;
  wide?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { path, context, label, lang, rows = 2, single, oneLine, mono, hint, wide } = props;
  const { form, setField, errors, overlaps, can, translation } = useEditor();
  const t = useTranslations();
  const id = fieldId(path);
  const error = errors[path];
  const overlap = overlaps[path];
  const readOnly = !canEditPath(path, can);
  // French fields carry their translation status (saved state: what readers of French would get).
  const status = lang === "fr" ? translation(path) : undefined;
  const describedBy = [
    hint && `${id}-hint`,
    status && `${id}-translation`,
    error && `${id}-error`,
    overlap && `${id}-overlap`,
  ]
    .filter(Boolean)
    .join(" ");
  const inputProps = {
    id,
    lang,
    value: String(getIn(form, path) ?? ""),
    readOnly,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
    className: mono ? "mono" : undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setField(path, event.target.value),
  };
  const classes = [
    "cell",
    wide && "wide",
    error && "has-error",
    overlap && "has-overlap",
    readOnly && "is-readonly",
  ];
  return (
    <div className={classes.filter(Boolean).join(" ")}>
      <label htmlFor={id}>
        <span className="sr-only">{context} — </span>
        {label}
      </label>
      {single ? (
        <input type="text" {...inputProps} />
      ) : (
        <textarea
          rows={oneLine ? 1 : rows}
          {...inputProps}
          onKeyDown={oneLine ? (event) => event.key === "Enter" && event.preventDefault() : undefined}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {status && <TranslationState id={`${id}-translation`} path={path} field={status} />}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {fieldErrorText(error, t)}
        </p>
      )}
      {overlap && (
        <p id={`${id}-overlap`} className="field-overlap">
          {t("editor.conflict.overlaps")} <q>{overlap.theirs ?? t("editor.conflict.empty")}</q>
        </p>
      )}
    </div>
  );
}
