// English interface text, one namespace per part of the site (ICU messages). The source catalogue: `as
// const`, so that next-intl types every t() key and its arguments from it (see ../next-intl.d.ts).
export const en = {
  site: {
    name: "Windows activation error codes",
    description:
      "What each Windows volume activation error code means (MAK, KMS), its possible causes and the steps that fix it.",
    skipToContent: "Skip to content",
    home: "Home",
    breadcrumb: "Breadcrumb",
    footer: "Content from Microsoft's article",
    sourceArticle: "Resolve Windows activation error codes",
    sourceArticleUrl:
      "https://learn.microsoft.com/en-us/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes",
  },
  // Client: the language switcher in the header.
  language: {
    nav: "Language",
    switchTo: "Français",
    switchToLabel: "Lire cette page en français",
  },
  home: {
    title: "Windows activation error codes",
    intro:
      "Find what an activation error means and how to fix it. Type the code as Windows shows it, or describe the problem.",
    byActivationType: "Codes by activation type",
    codeCount: "{count, plural, one {# code} other {# codes}}",
    columnCode: "Error code",
    columnMessage: "Error message",
    fallbackShort: "English only",
  },
  search: {
    label: "Search by error code or words",
    placeholder: "0xC004F074 or grace period",
    button: "Search",
    hint: "Any form of a code works: 0xC004F074, C004F074, 3221549172, -1073418124.",
    title: "Search",
    resultsFor: "Results for “{query}”",
    resultCount: "{count, plural, one {# entry found} other {# entries found}}",
    noResults: "No entry matches “{query}”. Try other words, or the code as Windows shows it.",
    showingFor: "Showing results for “{query}”",
    // The API counts the other language's hits up to 100: =100 means "100 or more".
    otherLanguage: "{count, plural, =100 {100+ entries} one {# entry} other {# entries}} match in French:",
    otherLanguageLink: "search in French",
    emptyQuery: "Type an error code or a few words.",
  },
  entry: {
    fallbackNotice: "Not yet translated: shown in English.",
    untranslated: "(not translated yet)",
    lastUpdated: "Last updated",
    contents: "On this page",
    message: "Error message",
    activationTypes: "Activation types",
    causes: "Possible causes",
    resolutions: "Resolutions",
    appliesTo: "If you use {type}",
    alternatives: "Do one of the following",
    option: "Option {n}",
    note: "Note:",
    source: "Source:",
    externalLink: "external site",
    notes: "Notes",
    references: "References",
    related: "Related codes",
    hresult: "Code breakdown",
    commandLabel: "Command",
    hresultFields: {
      hex: "Hexadecimal",
      unsigned: "Unsigned decimal",
      signed: "Signed decimal",
      severity: "Severity",
      facility: "Facility",
      code: "Code (low 16 bits)",
      win32: "Win32 error",
      source: "Raised by",
      names: "Symbolic names",
    },
  },
  // Client: the copy button beside each command.
  copy: {
    copy: "Copy",
    copied: "Copied",
    label: "Copy the command",
  },
  // Client: the feedback form at the end of an entry.
  feedback: {
    title: "Was this helpful?",
    yes: "Yes",
    no: "No",
    comment: "Comment (optional)",
    send: "Send",
    thanks: "Thank you for your feedback.",
    failed: "Your feedback could not be sent. Please try again later.",
    limited:
      "You have sent a lot of feedback in a short time: please try again later. Your answer is kept below.",
    choose: "Please choose Yes or No.",
  },
  preview: {
    banner: "Draft preview: this is the unpublished working draft, not what readers see.",
    exit: "Exit preview",
    refused: "This preview link cannot be used",
    expired: "The preview link has expired. Ask for a new one in the admin.",
    invalid: "The preview link is not valid. Ask for a new one in the admin.",
  },
  notFound: {
    title: "Page not found",
    notACode: "“{input}” is not an error code.",
    codeForms: "Error codes look like 0xC004F074, C004F074, 3221549172 or -1073418124.",
    help: "Search the knowledge base, or browse the codes on the home page.",
    nearestCodes: "Codes with a similar number",
    typedAs: "You typed “{input}”.",
    unknownTitle: "{code} is not in the knowledge base yet",
    unknownHeading: "Not in the knowledge base yet",
    unknownNote:
      "This is a valid error code, but no article explains it yet. Editors see which codes people look up, so this one is on their list.",
    unknownBreakdown: "What the code itself says",
    longUrlTitle: "This address is too long",
    longUrlText: "The address of this page is longer than the site accepts. Search with fewer words.",
  },
  // Client: the error boundary of every page.
  error: {
    title: "The knowledge base is not available right now",
    text: "Please try again in a moment.",
    retry: "Try again",
  },
} as const;

export type Messages = typeof en;
