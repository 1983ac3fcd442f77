// The list's filters live in the URL (shareable, back button works); unknown values are ignored.
import type { ActivationTypeKey, EntryStatus, ErrorCodeFilter, TranslationStatus } from "@kb/client";

export const ACTIVATION_TYPES: ActivationTypeKey[] = ["MAK", "KMS", "KMS_CLIENT", "KMS_HOST"];
export const ENTRY_STATUSES: EntryStatus[] = ["DRAFT", "PUBLISHED", "ARCHIVED"];
export const TRANSLATION_STATUSES: TranslationStatus[] = ["MISSING", "STALE", "CURRENT"];

export interface ListParams {
  q: string;
  type: ActivationTypeKey | "";
  status: EntryStatus | "";
  translation: TranslationStatus | "";
  after: string;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const within = <T extends string>(value: string, allowed: readonly T[]): T | "" =>
  (allowed as readonly string[]).includes(value) ? (value as T) : "";

export function listParams(search: Record<string, string | string[] | undefined>): ListParams {
  return {
    q: one(search.q).trim().slice(0, 200),
    type: within(one(search.type), ACTIVATION_TYPES),
    status: within(one(search.status), ENTRY_STATUSES),
    translation: within(one(search.translation), TRANSLATION_STATUSES),
    after: one(search.after),
  };
}

export function toFilter(params: ListParams): ErrorCodeFilter {
  return {
    ...(params.q && { text: params.q }),
    ...(params.type && { activationType: params.type }),
    ...(params.status && { status: params.status }),
    ...(params.translation && { translationStatus: params.translation, translationLocale: "FR" as const }),
  };
}

/** The list URL for these filters, with one of them changed. */
export function listHref(params: ListParams, change: Partial<ListParams> = {}): string {
  const merged = { ...params, after: "", ...change };
  const query = new URLSearchParams(Object.entries(merged).filter(([, v]) => v) as [string, string][]);
  const text = query.toString();
  return text ? `/entries?${text}` : "/entries";
}
