// Headings of the terminal output in the language asked with --lang. Diagnostics on stderr stay in
// English: scripts and bug reports match on them.
import type { Locale } from "../generated/graphql.ts";

export interface Labels {
  /** With its colon: French puts a space before it. */
  activationTypes: string;
  causes: string;
  resolutions: string;
  notes: string;
  references: string;
  /** The article the entry was written from. */
  source: string;
  /** Before a note inside a resolution, with its colon. */
  note: string;
  related: string;
  fallback(asked: Locale, served: Locale): string;
}

const LANGUAGE_NAMES: Record<Locale, Record<Locale, string>> = {
  EN: { EN: "English", FR: "French" },
  FR: { EN: "anglais", FR: "français" },
};

const LABELS: Record<Locale, Labels> = {
  EN: {
    activationTypes: "Activation types:",
    causes: "Possible causes",
    resolutions: "Resolutions",
    notes: "Notes",
    references: "See also",
    source: "Source",
    note: "Note:",
    related: "Related codes",
    fallback: (asked, served) =>
      `No ${LANGUAGE_NAMES.EN[asked]} text yet: shown in ${LANGUAGE_NAMES.EN[served]}.`,
  },
  FR: {
    activationTypes: "Types d’activation :",
    causes: "Causes possibles",
    resolutions: "Résolutions",
    notes: "Remarques",
    references: "Voir aussi",
    source: "Source",
    note: "Remarque :",
    related: "Codes associés",
    fallback: (asked, served) =>
      `Pas encore de texte en ${LANGUAGE_NAMES.FR[asked]} : affiché en ${LANGUAGE_NAMES.FR[served]}.`,
  },
};

export function labelsFor(locale: Locale): Labels {
  return LABELS[locale];
}
