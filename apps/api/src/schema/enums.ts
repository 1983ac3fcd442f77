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
export enum StepKind {
  TEXT = "TEXT",
  COMMAND = "COMMAND",
}

registerEnumType(Locale, { name: "Locale", description: "A language the knowledge base is written in." });
registerEnumType(ActivationTypeKey, { name: "ActivationTypeKey" });
registerEnumType(TranslationStatus, {
  name: "TranslationStatus",
  description:
    "CURRENT: translated from the current English; STALE: the English changed since; MISSING: no text.",
});
registerEnumType(EntryStatus, { name: "EntryStatus" });
registerEnumType(StepKind, {
  name: "StepKind",
  description: "TEXT steps are translated; COMMAND steps are one language-neutral command.",
});
