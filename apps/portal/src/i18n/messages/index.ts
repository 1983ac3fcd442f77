// The portal's catalogues by language.
import type { Locale } from "../locales.ts";
import type { Translation } from "../translation.ts";
import { en, type Messages } from "./en.ts";
import { fr } from "./fr.ts";

export type { Messages };

export const catalogues: Record<Locale, Translation<Messages>> = { en, fr };
