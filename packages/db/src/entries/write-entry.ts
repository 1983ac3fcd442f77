// Stores one whole entry: the code row, its translations and every child list, replaced in place.
// Callers run it inside a transaction so that a failure leaves nothing half-written.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.ts";
import { localeHash } from "./content-hash.ts";
import { LOCALES, SOURCE_LOCALE, type Entry, type LocaleKey } from "./entry-schema.ts";

export type Tx = Prisma.TransactionClient;

export interface WriteOptions {
  status?: Entry["status"];
  version?: number;
  seedHash?: string | null;
}

const lang = (locale: LocaleKey) => locale.toLowerCase() as "en" | "fr";

/** Creates or replaces the entry with this code; returns its id. */
export async function writeEntry(tx: Tx, entry: Entry, options: WriteOptions = {}): Promise<string> {
  const status = options.status ?? entry.status ?? "DRAFT";
  const existing = await tx.errorCode.findUnique({
    where: { code: entry.code },
    select: {
      id: true,
      status: true,
      translations: { select: { locale: true, contentHash: true, sourceHash: true } },
    },
  });
  const data = {
    status,
    ...(existing?.status !== status && { publishedAt: status === "PUBLISHED" ? new Date() : null }),
    ...(options.version !== undefined && { version: options.version }),
    ...(options.seedHash !== undefined && { seedHash: options.seedHash }),
  };
  const id = existing
    ? (await tx.errorCode.update({ where: { id: existing.id }, data, select: { id: true } })).id
    : (await tx.errorCode.create({ data: { ...data, code: entry.code, value: BigInt(entry.code) } })).id;

  if (existing) {
    await tx.errorCodeActivationType.deleteMany({ where: { errorCodeId: id } });
    await tx.cause.deleteMany({ where: { errorCodeId: id } });
    await tx.resolution.deleteMany({ where: { errorCodeId: id } });
    await tx.reference.deleteMany({ where: { errorCodeId: id } });
    await tx.errorCodeTranslation.deleteMany({
      where: { errorCodeId: id, locale: { notIn: present(entry) } },
    });
  }

  const sourceHash = localeHash(entry, SOURCE_LOCALE);
  for (const locale of present(entry)) {
    const head = entry[lang(locale)]!;
    const contentHash = localeHash(entry, locale)!;
    const before = existing?.translations.find((t) => t.locale === locale);
    // A translation is "made from" the English it was saved with; unchanged text keeps its origin, so
    // an English-only edit turns it STALE.
    const madeFrom =
      locale === SOURCE_LOCALE ? null : before?.contentHash === contentHash ? before.sourceHash : sourceHash;
    const row = { ...head, notes: head.notes ?? null, contentHash, sourceHash: madeFrom };
    await tx.errorCodeTranslation.upsert({
      where: { errorCodeId_locale: { errorCodeId: id, locale } },
      create: { errorCodeId: id, locale, ...row },
      update: row,
    });
  }

  await tx.errorCodeActivationType.createMany({
    data: entry.activationTypes.map((key, position) => ({
      errorCodeId: id,
      activationTypeKey: key,
      position,
    })),
  });
  await writeChildren(tx, id, entry);
  await tx.$executeRaw`SELECT kb_refresh_search(${id}::uuid)`;
  return id;
}

function present(entry: Entry): LocaleKey[] {
  return LOCALES.filter((l) => entry[lang(l)]);
}

type Localized = { en: string; fr?: string | undefined };
const rows = (text: Localized, key: string, id: string, field: "text" | "title") =>
  LOCALES.flatMap((locale) => {
    const value = text[lang(locale)];
    return value ? [{ [key]: id, locale, [field]: value }] : [];
  });

async function writeChildren(tx: Tx, errorCodeId: string, entry: Entry) {
  const causes = entry.causes.map((c, position) => ({ id: randomUUID(), errorCodeId, position, c }));
  await tx.cause.createMany({ data: causes.map(({ c: _c, ...row }) => row) });
  await tx.causeTranslation.createMany({
    data: causes.flatMap((c) =>
      rows(c.c, "causeId", c.id, "text"),
    ) as Prisma.CauseTranslationCreateManyInput[],
  });

  const resolutions = entry.resolutions.map((r, position) => ({ id: randomUUID(), position, r }));
  await tx.resolution.createMany({
    data: resolutions.map(({ id, position, r }) => ({
      id,
      errorCodeId,
      position,
      activationTypeKey: r.activationType ?? null,
    })),
  });
  await tx.resolutionTranslation.createMany({
    data: resolutions.flatMap((r) =>
      rows(r.r, "resolutionId", r.id, "text"),
    ) as Prisma.ResolutionTranslationCreateManyInput[],
  });
  const steps = resolutions.flatMap(({ id, r }) =>
    (r.steps ?? []).map((s, position) => ({ id: randomUUID(), resolutionId: id, position, s })),
  );
  await tx.resolutionStep.createMany({
    data: steps.map(({ id, resolutionId, position, s }) => ({
      id,
      resolutionId,
      position,
      kind: "command" in s ? ("COMMAND" as const) : ("TEXT" as const),
      command: "command" in s ? s.command : null,
    })),
  });
  await tx.stepTranslation.createMany({
    data: steps.flatMap(({ id, s }) =>
      "command" in s ? [] : rows(s, "stepId", id, "text"),
    ) as Prisma.StepTranslationCreateManyInput[],
  });

  const references = entry.references.map((r, position) => ({ id: randomUUID(), position, r }));
  await tx.reference.createMany({
    data: references.map(({ id, position, r }) => ({ id, errorCodeId, position, url: r.url ?? null })),
  });
  await tx.referenceTranslation.createMany({
    data: references.flatMap((r) =>
      rows(r.r, "referenceId", r.id, "title"),
    ) as Prisma.ReferenceTranslationCreateManyInput[],
  });
}
