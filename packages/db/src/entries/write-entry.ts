// Stores one whole entry as the working draft: the code row, its translations and every child list,
// items keeping their ids. Publishing (kb_publish) copies the draft into the readers' document.
// Callers run it inside a transaction so that a failure leaves nothing half-written.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.ts";
import { localeHash } from "./content-hash.ts";
import { LOCALES, SOURCE_LOCALE, allSteps, type Entry, type LocaleKey } from "./entry-schema.ts";
import { readEntryGraphs, type EntryGraph } from "./read-graph.ts";
import { toEntry } from "./read-entry.ts";
import { fillSources, lang, localeState } from "./translation-fields.ts";

export type Tx = Prisma.TransactionClient;

export interface WriteOptions {
  /** The entry's status after the write (default: the entry's own, else DRAFT). */
  status?: Entry["status"];
  version?: number;
  seedHash?: string | null;
  /**
   * Whether readers see this content from now on (default: when the status is PUBLISHED). A save of a
   * published entry's draft passes false: readers keep the published version. A status other than
   * PUBLISHED always withdraws what readers saw.
   */
  publish?: boolean;
}

/** Creates or replaces the working draft of the entry with this code; returns its id. */
export async function writeEntry(tx: Tx, input: Entry, options: WriteOptions = {}): Promise<string> {
  const status = options.status ?? input.status ?? "DRAFT";
  const publish = status === "PUBLISHED" && (options.publish ?? true);
  const [before] = await readEntryGraphs(tx, { codes: [input.code] });
  const entry = fillSources(await withIds(tx, input, before), before ? toEntry(before) : null);
  const data = {
    status,
    ...(options.version !== undefined && { version: options.version }),
    ...(options.seedHash !== undefined && { seedHash: options.seedHash }),
  };
  const id = before
    ? (await tx.errorCode.update({ where: { id: before.id }, data, select: { id: true } })).id
    : (await tx.errorCode.create({ data: { ...data, code: entry.code, value: BigInt(entry.code) } })).id;

  if (before) {
    await tx.errorCodeActivationType.deleteMany({ where: { errorCodeId: id } });
    await tx.cause.deleteMany({ where: { errorCodeId: id } });
    await tx.resolution.deleteMany({ where: { errorCodeId: id } });
    await tx.reference.deleteMany({ where: { errorCodeId: id } });
    await tx.errorCodeTranslation.deleteMany({
      where: { errorCodeId: id, locale: { notIn: present(entry) } },
    });
  }

  for (const locale of present(entry)) {
    const head = entry[lang(locale)]!;
    const row = {
      title: head.title ?? null,
      summary: head.summary ?? null,
      message: head.message ?? null,
      notes: head.notes ?? null,
      contentHash: localeHash(entry, locale)!,
      sources: locale === SOURCE_LOCALE ? undefined : (entry.sources?.fr ?? {}),
    };
    await tx.errorCodeTranslation.upsert({
      where: { errorCodeId_locale: { errorCodeId: id, locale } },
      create: { errorCodeId: id, locale, ...row },
      update: row,
    });
  }
  for (const locale of LOCALES.filter((l) => l !== SOURCE_LOCALE)) {
    const state = localeState(entry, locale);
    await tx.translationState.upsert({
      where: { errorCodeId_locale: { errorCodeId: id, locale } },
      create: { errorCodeId: id, locale, ...state },
      update: state,
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
  if (publish) {
    await tx.$executeRaw`SELECT kb_publish(${id}::uuid)`;
  } else if (status !== "PUBLISHED") {
    if (before?.publishedVersion != null) {
      await tx.publishedEntry.deleteMany({ where: { errorCodeId: id } });
      await tx.errorCode.update({ where: { id }, data: { publishedVersion: null } });
    }
    await tx.$executeRaw`SELECT kb_refresh_search(${id}::uuid)`;
  }
  // A published entry's search documents are its published version's: a draft save leaves them.
  return id;
}

/** A locale is stored when it has any text (a draft may hold only a French title). */
function present(entry: Entry): LocaleKey[] {
  return LOCALES.filter((l) => {
    const head = entry[lang(l)];
    return head && Object.values(head).some((v) => v !== undefined);
  });
}

type Ids = { id?: string | undefined };
const items = (entry: Entry): Ids[] => [
  ...entry.causes,
  ...entry.resolutions.flatMap((r): Ids[] => [r, ...allSteps(r.steps)]),
  ...entry.references,
];

/**
 * The entry with an id on every item: new items get one; an id the entry did not have before keeps it
 * (an import into another database) unless another entry's item holds it already.
 */
async function withIds(tx: Tx, input: Entry, before: EntryGraph | undefined): Promise<Entry> {
  const entry = structuredClone(input);
  const known = new Set(
    before
      ? [
          ...before.causes,
          ...before.resolutions.flatMap((r): { id: string }[] => [
            r,
            ...r.steps.flatMap((s) => [s, ...s.steps]),
          ]),
          ...before.references,
        ].map((i) => i.id)
      : [],
  );
  const foreign = items(entry).flatMap((i) => (i.id && !known.has(i.id) ? [i.id] : []));
  const taken = new Set(
    foreign.length
      ? (
          await tx.$queryRaw<{ id: string }[]>`
            SELECT "id"::text FROM "Cause" WHERE "id" = ANY(${foreign}::uuid[])
            UNION ALL SELECT "id"::text FROM "Resolution" WHERE "id" = ANY(${foreign}::uuid[])
            UNION ALL SELECT "id"::text FROM "ResolutionStep" WHERE "id" = ANY(${foreign}::uuid[])
            UNION ALL SELECT "id"::text FROM "Reference" WHERE "id" = ANY(${foreign}::uuid[])`
        ).map((r) => r.id)
      : [],
  );
  for (const item of items(entry)) {
    if (!item.id || taken.has(item.id)) item.id = randomUUID();
  }
  return entry;
}

type Localized = { en: string; fr?: string | undefined; sources?: { fr?: string | undefined } | undefined };
const rows = (text: Localized, key: string, id: string, field: "text" | "title") =>
  LOCALES.flatMap((locale) => {
    const value = text[lang(locale)];
    const source = locale === SOURCE_LOCALE ? null : (text.sources?.fr ?? null);
    return value ? [{ [key]: id, locale, [field]: value, source }] : [];
  });

async function writeChildren(tx: Tx, errorCodeId: string, entry: Entry) {
  const causes = entry.causes.map((c, position) => ({ id: c.id!, errorCodeId, position, c }));
  await tx.cause.createMany({ data: causes.map(({ c: _c, ...row }) => row) });
  await tx.causeTranslation.createMany({
    data: causes.flatMap((c) =>
      rows(c.c, "causeId", c.id, "text"),
    ) as Prisma.CauseTranslationCreateManyInput[],
  });

  const resolutions = entry.resolutions.map((r, position) => ({ id: r.id!, position, r }));
  await tx.resolution.createMany({
    data: resolutions.map(({ id, position, r }) => ({
      id,
      errorCodeId,
      position,
      activationTypeKey: r.activationType ?? null,
      stepsMode: r.stepsMode ?? "SEQUENCE",
    })),
  });
  await tx.resolutionTranslation.createMany({
    data: resolutions.flatMap((r) =>
      rows(r.r, "resolutionId", r.id, "text"),
    ) as Prisma.ResolutionTranslationCreateManyInput[],
  });
  // Depth first: a step, then its sub-steps; positions run through the whole resolution.
  const steps = resolutions.flatMap(({ id, r }) =>
    (r.steps ?? [])
      .flatMap((s) => [
        { s, parentId: null },
        ...("steps" in s ? (s.steps ?? []) : []).map((sub) => ({ s: sub, parentId: s.id! })),
      ])
      .map(({ s, parentId }, position) => ({ id: s.id!, resolutionId: id, parentId, position, s })),
  );
  await tx.resolutionStep.createMany({
    data: steps.map(({ id, resolutionId, parentId, position, s }) => ({
      id,
      resolutionId,
      parentId,
      position,
      kind: "command" in s ? ("COMMAND" as const) : (s.kind ?? "TEXT"),
      command: "command" in s ? s.command : null,
    })),
  });
  await tx.stepTranslation.createMany({
    data: steps.flatMap(({ id, s }) =>
      "command" in s ? [] : rows(s, "stepId", id, "text"),
    ) as Prisma.StepTranslationCreateManyInput[],
  });

  const references = entry.references.map((r, position) => ({ id: r.id!, position, r }));
  await tx.reference.createMany({
    data: references.map(({ id, position, r }) => ({
      id,
      errorCodeId,
      position,
      kind: r.kind ?? "SEE_ALSO",
      url: r.url ?? null,
    })),
  });
  await tx.referenceTranslation.createMany({
    data: references.flatMap((r) =>
      rows(r.r, "referenceId", r.id, "title"),
    ) as Prisma.ReferenceTranslationCreateManyInput[],
  });
}
