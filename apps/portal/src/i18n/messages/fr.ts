// Texte de l'interface en français (typographie française : espaces insécables avant « : ; ? ! » et dans
// les guillemets). Typé d'après l'anglais : une clé manquante ou en trop fait échouer la vérification.
import type { Translation } from "../translation.ts";
import type { Messages } from "./en.ts";

const nb = "\u00a0";

export const fr: Translation<Messages> = {
  site: {
    name: "Codes d’erreur d’activation Windows",
    description:
      "La signification de chaque code d’erreur d’activation en volume de Windows (MAK, KMS), ses causes possibles et les étapes pour le résoudre.",
    skipToContent: "Aller au contenu",
    home: "Accueil",
    breadcrumb: "Fil d’Ariane",
    footer: "Contenu tiré de l’article Microsoft",
    sourceArticle: "Résoudre les erreurs d’activation Windows",
    sourceArticleUrl:
      "https://learn.microsoft.com/fr-fr/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes",
  },
  language: {
    nav: "Langue",
    switchTo: "English",
    switchToLabel: "Read this page in English",
  },
  home: {
    title: "Codes d’erreur d’activation Windows",
    intro:
      "Trouvez ce que signifie une erreur d’activation et comment la résoudre. Saisissez le code tel que Windows l’affiche, ou décrivez le problème.",
    byActivationType: "Codes par type d’activation",
    codeCount: `{count, plural, one {#${nb}code} other {#${nb}codes}}`,
    columnCode: "Code d’erreur",
    columnMessage: "Message d’erreur",
    fallbackShort: "En anglais seulement",
  },
  search: {
    label: "Rechercher par code d’erreur ou par mots",
    placeholder: "0xC004F074 ou période de grâce",
    button: "Rechercher",
    hint: `Toutes les formes d’un code conviennent${nb}: 0xC004F074, C004F074, 3221549172, -1073418124.`,
    title: "Recherche",
    resultsFor: `Résultats pour «${nb}{query}${nb}»`,
    resultCount: `{count, plural, one {#${nb}article trouvé} other {#${nb}articles trouvés}}`,
    noResults: `Aucun article ne correspond à «${nb}{query}${nb}». Essayez d’autres mots, ou le code tel que Windows l’affiche.`,
    showingFor: `Résultats affichés pour «${nb}{query}${nb}»`,
    otherLanguage: `{count, plural, =100 {Plus de 100${nb}articles correspondent} one {#${nb}article correspond} other {#${nb}articles correspondent}} en anglais${nb}:`,
    otherLanguageLink: "rechercher en anglais",
    emptyQuery: "Saisissez un code d’erreur ou quelques mots.",
  },
  entry: {
    fallbackNotice: `Pas encore traduit${nb}: affiché en anglais.`,
    untranslated: "(pas encore traduit)",
    lastUpdated: "Dernière mise à jour le",
    contents: "Sur cette page",
    message: "Message d’erreur",
    activationTypes: "Types d’activation",
    causes: "Causes possibles",
    resolutions: "Résolutions",
    appliesTo: "Si vous utilisez {type}",
    notes: "Remarques",
    references: "Références",
    related: "Codes associés",
    hresult: "Décomposition du code",
    commandLabel: "Commande",
    hresultFields: {
      hex: "Hexadécimal",
      unsigned: "Décimal non signé",
      signed: "Décimal signé",
      severity: "Gravité",
      facility: "Fonction (facility)",
      code: "Code (16 bits de poids faible)",
      win32: "Erreur Win32",
      source: "Émis par",
      names: "Noms symboliques",
    },
  },
  copy: {
    copy: "Copier",
    copied: "Copié",
    label: "Copier la commande",
  },
  feedback: {
    title: `Cet article vous a-t-il été utile${nb}?`,
    yes: "Oui",
    no: "Non",
    comment: "Commentaire (facultatif)",
    send: "Envoyer",
    thanks: "Merci pour votre avis.",
    failed: "Votre avis n’a pas pu être envoyé. Veuillez réessayer plus tard.",
    limited: `Vous avez envoyé beaucoup d’avis en peu de temps${nb}: veuillez réessayer plus tard. Votre réponse est conservée ci-dessous.`,
    choose: "Veuillez choisir Oui ou Non.",
  },
  preview: {
    banner: `Aperçu du brouillon${nb}: c’est la version de travail non publiée, pas ce que voient les lecteurs.`,
    exit: "Quitter l’aperçu",
    refused: "Ce lien d’aperçu ne peut pas être utilisé",
    expired: "Le lien d’aperçu a expiré. Demandez-en un nouveau dans l’administration.",
    invalid: "Le lien d’aperçu n’est pas valide. Demandez-en un nouveau dans l’administration.",
  },
  notFound: {
    title: "Page introuvable",
    notACode: `«${nb}{input}${nb}» n’est pas un code d’erreur.`,
    codeForms: "Un code d’erreur ressemble à 0xC004F074, C004F074, 3221549172 ou -1073418124.",
    help: "Cherchez dans la base de connaissances, ou parcourez les codes sur la page d’accueil.",
    nearestCodes: "Codes au numéro proche",
    typedAs: `Vous avez saisi «${nb}{input}${nb}».`,
    unknownTitle: "{code} n’est pas encore dans la base de connaissances",
    unknownHeading: "Pas encore dans la base de connaissances",
    unknownNote: `Ce code d’erreur est valide, mais aucun article ne l’explique encore. Les rédacteurs voient les codes recherchés${nb}: celui-ci est sur leur liste.`,
    unknownBreakdown: "Ce que dit le code lui-même",
    longUrlTitle: "Cette adresse est trop longue",
    longUrlText: "L’adresse de cette page dépasse ce que le site accepte. Cherchez avec moins de mots.",
  },
  error: {
    title: "La base de connaissances est indisponible pour le moment",
    text: "Veuillez réessayer dans un instant.",
    retry: "Réessayer",
  },
};
