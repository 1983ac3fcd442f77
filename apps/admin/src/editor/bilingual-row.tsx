"use client";
// One text in both languages: the row's name on the left, English and French side by side.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { fieldId } from "../lib/paths.ts";
import { TextField } from "./text-field.tsx";

export interface BilingualRowProps {
  /** Shown at the left, e.g. "Step 2". */
  label: string;
  /** The full name for screen readers, e.g. "Resolution 1, step 2"; defaults to the label. */
  context?: string;
  /** The path of the pair without its language, e.g. "causes[0]" or "en"/"fr" given as "title". */
  enPath: string;
  frPath: string;
  rows?: number;
  oneLine?: boolean;
  controls?: ReactNode;
}

export function BilingualRow(props: BilingualRowProps) {
  const { label, context, enPath, frPath, rows, oneLine, controls } = props;
  const t = useTranslations();
  const headId = `${fieldId(enPath)}-head`;
  const name = context ?? label;
  return (
    <div className="bi-row" role="group" aria-labelledby={headId}>
      <div className="row-head">
        <span id={headId}>{label}</span>
        {controls}
      </div>
      <TextField
        path={enPath}
        context={name}
        label={t("editor.columns.en")}
        lang="en"
        rows={rows}
        oneLine={oneLine}
      />
      <TextField
        path={frPath}
        context={name}
        label={t("editor.columns.fr")}
        lang="fr"
        rows={rows}
        oneLine={oneLine}
      />
    </div>
  );
}
