// Activation type names in both content languages, for the editor's checkboxes and its preview.
import { ActivationTypesDocument, type ActivationTypeKey, type Locale } from "@kb/client";
import { load } from "./api.ts";

export type TypeNames = Record<Locale, Record<ActivationTypeKey, string>>;

export async function activationTypeNames(): Promise<TypeNames> {
  const [en, fr] = await Promise.all(
    (["EN", "FR"] as const).map((locale) => load(ActivationTypesDocument, { locale })),
  );
  const names = (list: { key: ActivationTypeKey; name: string }[]) =>
    Object.fromEntries(list.map((type) => [type.key, type.name])) as Record<ActivationTypeKey, string>;
  return { EN: names(en!.activationTypes), FR: names(fr!.activationTypes) };
}
