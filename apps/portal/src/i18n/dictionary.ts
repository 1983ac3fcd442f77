import { en, type Dictionary } from "./en.ts";
import { fr } from "./fr.ts";
import type { Locale } from "./locales.ts";

const dictionaries: Record<Locale, Dictionary> = { en, fr };

export function dictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export type { Dictionary };
