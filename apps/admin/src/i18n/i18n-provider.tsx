"use client";
// Client components read the dictionary the server picked for this request.
import { createContext, useContext, type ReactNode } from "react";
import type { Dictionary } from "./dictionary.ts";

const I18nContext = createContext<Dictionary | null>(null);

export function I18nProvider({ dictionary, children }: { dictionary: Dictionary; children: ReactNode }) {
  return <I18nContext value={dictionary}>{children}</I18nContext>;
}

export function useT(): Dictionary {
  const dictionary = useContext(I18nContext);
  if (!dictionary) throw new Error("useT() needs an <I18nProvider> above it.");
  return dictionary;
}
