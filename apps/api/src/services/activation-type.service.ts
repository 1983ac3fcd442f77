import type { Locale, PrismaClient } from "@kb/db";
import { pickLocale } from "./views.ts";

export async function listActivationTypes(db: PrismaClient, locale: Locale) {
  const types = await db.activationType.findMany({
    include: { translations: true },
    orderBy: { position: "asc" },
  });
  return types.map((t) => ({ key: t.key, name: pickLocale(t.translations, locale)?.name ?? t.key }));
}
