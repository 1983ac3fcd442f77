"use client";
// What every field of the editor reads: the form, the errors and conflicts by path, and what the
// signed-in role may change.
import { createContext, useContext } from "react";
import type { ActivationTypeKey, Locale } from "@kb/client";
import type { FieldError } from "../lib/action-result.ts";
import type { PreviewLabels } from "../server/preview-labels.ts";
import type { TranslationFieldState } from "./editor-state.ts";
import type { EntryForm } from "./form-model.ts";
import type { Overlap } from "./merge.ts";

export interface EditorContextValue {
  form: EntryForm;
  setField(path: string, value: string): void;
  update(change: (form: EntryForm) => EntryForm): void;
  /** By canonical path, e.g. "fr.title". */
  errors: Record<string, FieldError>;
  /** The saved status of a French field, by its form path ("causes[0].fr"); none for unsaved items. */
  translation(path: string): TranslationFieldState | undefined;
  /** "Still accurate": confirms a STALE French field against the English as it is now. */
  confirmTranslation(path: string): void;
  pending: boolean;
  overlaps: Record<string, Overlap>;
  can: { content: boolean; french: boolean };
  typeNames: Record<Locale, Record<ActivationTypeKey, string>>;
  previewLabels: PreviewLabels;
  announce(message: string): void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error("editor fields need an <EditorContext> above them.");
  return value;
}

/** French texts are translators' too; everything else (English, commands, links, types) is content. */
export function canEditPath(path: string, can: EditorContextValue["can"]): boolean {
  const french = path.startsWith("fr.") || path.endsWith(".fr");
  return french ? can.french : can.content;
}

/** Focus the first of these elements that exists and is enabled, once React has rendered. */
export function focusSoon(ids: string[]): void {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const element = document.getElementById(id) as HTMLButtonElement | null;
      if (element && !element.disabled) {
        element.focus();
        return;
      }
    }
  });
}
