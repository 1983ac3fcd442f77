import { registerEnumType } from "type-graphql";

export enum Locale {
  EN = "EN",
  FR = "FR",
}
export enum ActivationTypeKey {
  MAK = "MAK",
  KMS = "KMS",
  KMS_CLIENT = "KMS_CLIENT",
  KMS_HOST = "KMS_HOST",
}
export enum TranslationStatus {
  CURRENT = "CURRENT",
  STALE = "STALE",
  MISSING = "MISSING",
}
export enum EntryStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  ARCHIVED = "ARCHIVED",
}
export enum ErrorCodeOrder {
  CODE = "CODE",
  UPDATED_AT = "UPDATED_AT",
}
export enum StepKind {
  TEXT = "TEXT",
  COMMAND = "COMMAND",
  NOTE = "NOTE",
}
export enum StepsMode {
  SEQUENCE = "SEQUENCE",
  ALTERNATIVES = "ALTERNATIVES",
}
export enum ReferenceKind {
  SEE_ALSO = "SEE_ALSO",
  SOURCE = "SOURCE",
}

registerEnumType(Locale, {
  name: "Locale",
  description: "A language the knowledge base is written in.",
  valuesConfig: { EN: { description: "English (the source language)." }, FR: { description: "French." } },
});
registerEnumType(ActivationTypeKey, {
  name: "ActivationTypeKey",
  description: "A kind of Windows activation an error code concerns.",
  valuesConfig: {
    MAK: { description: "Multiple Activation Key: activation online or by phone with Microsoft." },
    KMS: { description: "Key Management Service activation in general." },
    KMS_CLIENT: { description: "A computer activating against a KMS host." },
    KMS_HOST: { description: "The KMS host that activates the clients of a network." },
  },
});
registerEnumType(TranslationStatus, {
  name: "TranslationStatus",
  description:
    "CURRENT: translated from the current English; STALE: the English changed since; MISSING: no text.",
  valuesConfig: {
    CURRENT: { description: "Translated from the current English text." },
    STALE: { description: "Translated, but the English text changed since." },
    MISSING: { description: "Not translated yet: readers get the English text (isFallback)." },
  },
});
registerEnumType(EntryStatus, {
  name: "EntryStatus",
  description: "Where an entry is in its life; anonymous readers see PUBLISHED entries only.",
  valuesConfig: {
    DRAFT: { description: "Being written: visible to editors, translators and viewers only." },
    PUBLISHED: { description: "Public." },
    ARCHIVED: { description: "Withdrawn from the public; kept with its history." },
  },
});
registerEnumType(StepKind, {
  name: "StepKind",
  description:
    "TEXT steps are translated; COMMAND steps are one language-neutral command; NOTE steps are remarks.",
  valuesConfig: {
    TEXT: { description: "An instruction in words, translated (text)." },
    COMMAND: { description: "A command to type, the same in every language (command)." },
    NOTE: {
      description:
        "A remark where the source article puts one, translated (text): show it as a note, not as a numbered step or an alternative.",
    },
  },
});
registerEnumType(StepsMode, {
  name: "StepsMode",
  description: "How the top-level steps of a resolution read.",
  valuesConfig: {
    SEQUENCE: { description: "Do every step, in order (a numbered list)." },
    ALTERNATIVES: {
      description:
        'Each step is one way to fix the error: do one of them ("do one of the following"), not all in turn.',
    },
  },
});
registerEnumType(ReferenceKind, {
  name: "ReferenceKind",
  description: "What a reference is to the entry.",
  valuesConfig: {
    SEE_ALSO: { description: "Further reading about the error." },
    SOURCE: { description: "The article the entry was written from." },
  },
});

export enum HResultSeverity {
  SUCCESS = "SUCCESS",
  FAILURE = "FAILURE",
}
registerEnumType(HResultSeverity, {
  name: "HResultSeverity",
  description: "The severity bit (31) of an HRESULT.",
  valuesConfig: {
    SUCCESS: { description: "Bit 31 clear: a success or informational code." },
    FAILURE: { description: "Bit 31 set: an error." },
  },
});
registerEnumType(ErrorCodeOrder, {
  name: "ErrorCodeOrder",
  description: "The order of errorCodes pages (always ascending, ties broken by code).",
  valuesConfig: {
    CODE: { description: "Canonical code order (the default)." },
    UPDATED_AT: {
      description:
        "Oldest change first: for public readers the last publish time (publishedAt), for editors the last write.",
    },
  },
});
