import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../testing/test-db.ts";
import { readEntries } from "../entries/read-entry.ts";
import { translationFields } from "../entries/translation-fields.ts";
import { writeEntry } from "../entries/write-entry.ts";
import type { Entry } from "../entries/entry-schema.ts";
import { loadSeedFile, seed } from "./seed.ts";
import { readArticle, sentences } from "./article.ts";
import seedFile from "../../../../prisma/seed/error-codes.json" with { type: "json" };

const article = readArticle();
const corrections = seedFile.corrections as {
  code: string;
  locale: string;
  field: string;
  article: string;
  corrected: string;
}[];
/** The article's own wording of a corrected text, so that it can be found in the article. */
const asInArticle = (code: string, field: string, locale: "EN" | "FR", text: string) =>
  corrections
    .filter((c) => c.code === code && c.locale === locale && c.field === field)
    .reduce((t, c) => t.replace(c.corrected, c.article), text);

let db: TestDb;
let entries: Entry[];
beforeAll(async () => {
  db = await createTestDb();
  await seed(db.prisma);
  entries = await readEntries(db.prisma);
});
afterAll(() => db?.close());

describe("the seeded database against the article", () => {
  it("reads back exactly the entries of the seed file, every list in its order", () => {
    // Item ids and translation sources are the database's bookkeeping; the texts and their order are the file's.
    const strip = (entry: Entry) =>
      JSON.parse(
        JSON.stringify(entry, (k, v) => (["status", "version", "id", "sources"].includes(k) ? undefined : v)),
      );
    expect(entries.map(strip)).toEqual(
      loadSeedFile()
        .map(strip)
        .sort((a, b) => a.code.localeCompare(b.code)),
    );
  });

  it("holds every code of the article's summary table, published, with both languages", async () => {
    expect(article.activationTypes.size).toBe(30);
    expect(entries.map((e) => e.code).sort()).toEqual([...article.activationTypes.keys()].sort());
    expect(entries.every((e) => e.status === "PUBLISHED" && e.fr)).toBe(true);
    expect(await db.prisma.errorCodeTranslation.count({ where: { locale: "FR" } })).toBe(30);
  });

  it("has each title as the article's heading, in English and French", () => {
    for (const e of entries) {
      const heading = article.headings.get(e.code)!;
      expect(e.en.title, e.code).toBe(heading.en);
      expect(asInArticle(e.code, "title", "FR", e.fr!.title!), e.code).toBe(heading.fr);
    }
    expect(entries.find((e) => e.code === "0xC004F064")!.fr!.title).toMatch(/^Le service/);
  });

  it("has each message sentence in the article, French followed by its English", () => {
    for (const e of entries) {
      for (const field of ["message", "summary"] as const) {
        const fr = sentences(asInArticle(e.code, field, "FR", e.fr![field]!));
        const en = sentences(asInArticle(e.code, field, "EN", e.en[field]));
        expect(fr.length, `${e.code} ${field}`).toBe(en.length);
        fr.forEach((s, i) => expect(article.text, `${e.code} ${field}`).toContain(s + en[i]));
      }
    }
    expect(entries.find((e) => e.code === "0xC004F074")!.fr!.message).toContain(
      "Aucun Gestionnaire de clés (KMS) n’a pu être contacté.",
    );
  });

  it("has the activation types of the summary table", () => {
    for (const e of entries) expect(e.activationTypes, e.code).toEqual(article.activationTypes.get(e.code));
  });

  it("has causes and resolutions in the article's order, each French sentence before its English", () => {
    for (const e of entries) {
      expect(e.causes.length, e.code).toBeGreaterThan(0);
      expect(e.resolutions.length, e.code).toBeGreaterThan(0);
      const section = article.text.indexOf(`\n${e.code.slice(0, 2)}`);
      let last = section;
      const items = [
        ...e.causes.map((c, i) => [`causes[${i}]`, c] as const),
        ...e.resolutions.map((r, i) => [`resolutions[${i}]`, r] as const),
      ];
      for (const [field, item] of items) {
        const en = sentences(asInArticle(e.code, field, "EN", item.en));
        const fr = sentences(asInArticle(e.code, field, "FR", item.fr!));
        const at = article.text.indexOf(fr[0]! + en[0]!, e.code === "0x8004FE21" ? 0 : last);
        expect(at, `${e.code}: ${item.en}`).toBeGreaterThanOrEqual(0);
        last = at;
      }
    }
  });

  it("stores commands as language-neutral steps", async () => {
    const commands = await db.prisma.resolutionStep.findMany({
      where: { kind: "COMMAND" },
      select: {
        command: true,
        translations: true,
        resolution: { select: { errorCode: { select: { code: true } } } },
      },
    });
    const byCode = commands.map((c) => `${c.resolution.errorCode.code} ${c.command}`);
    expect(byCode).toEqual(
      expect.arrayContaining([
        "0x8007232B slmgr.vbs /skms <kms_host_name>",
        "0xC004F00F slmgr.vbs /ato",
        "0x80070490 slmgr -ipk <5x5 key>",
        "0xC004F038 Slmgr.vbs /dli",
        "0xC004F035 slmgr /dti",
        "0xC004F035 slmgr /atp <Confirmation ID>",
      ]),
    );
    expect(commands.every((c) => c.translations.length === 0)).toBe(true);
    const f00f = entries.find((e) => e.code === "0xC004F00F")!;
    expect(f00f.resolutions.map((r) => r.activationType)).toEqual(["MAK", "KMS"]);
  });

  it("keeps 0xC004F035's alternatives as alternatives, its note under the first, the phone steps under the second", async () => {
    const [resolution] = entries.find((e) => e.code === "0xC004F035")!.resolutions;
    expect(resolution!.stepsMode).toBe("ALTERNATIVES");
    const [key, phone] = resolution!.steps!;
    expect(key).toMatchObject({ en: expect.stringMatching(/^Change your product key/) });
    expect("steps" in key! && key.steps).toEqual([
      expect.objectContaining({
        kind: "NOTE",
        en: expect.stringMatching(/^If you receive error 0x80072ee2/),
      }),
    ]);
    expect("steps" in phone! && phone.steps!.map((s) => ("command" in s ? s.command : s.en))).toEqual([
      "Run slmgr /dti and then record the value of the Installation ID.",
      "slmgr /dti",
      "Contact the Microsoft Licensing Activation Centers and provide the Installation ID in order to receive a Confirmation ID.",
      "To activate by using the Confirmation ID, run slmgr /atp <Confirmation ID>.",
      "slmgr /atp <Confirmation ID>",
    ]);
    // Readers get the same structure: the published document nests the sub-steps under their step.
    const published = await db.prisma.publishedEntry.findUniqueOrThrow({ where: { code: "0xC004F035" } });
    const doc = published.document as { resolutions: { stepsMode: string; steps: { steps: unknown[] }[] }[] };
    expect(doc.resolutions[0]!.stepsMode).toBe("ALTERNATIVES");
    expect(doc.resolutions[0]!.steps.map((s) => s.steps.length)).toEqual([1, 5]);
  });

  it("links every entry to the article and each reference to its address", () => {
    for (const e of entries) {
      const source = e.references.filter((r) => r.kind === "SOURCE");
      expect(source, e.code).toEqual([
        expect.objectContaining({
          en: article.text.split("\n")[0]!.replace(/^.*Windows(?=Resolve)/, ""),
          url: "https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes",
        }),
      ]);
      for (const r of e.references) expect(r.url, `${e.code} ${r.en}`).toMatch(/^https:\/\//);
      // The Activation Centers are linked wherever a resolution sends the reader to them.
      const mentions = JSON.stringify(e.resolutions).includes("Microsoft Licensing Activation Centers");
      expect(
        e.references.some((r) => r.en === "Microsoft Licensing Activation Centers"),
        e.code,
      ).toBe(mentions);
    }
  });

  it("marks every French text as translated from the current English", async () => {
    for (const e of entries)
      expect(translationFields(e, "FR").filter((f) => f.status !== "CURRENT")).toEqual([]);
    const states = await db.prisma.translationState.findMany({ where: { locale: "FR" } });
    expect(states.map((s) => s.status)).toEqual(Array(30).fill("CURRENT"));
  });
});

describe("seeding again", () => {
  const snapshot = async () => {
    const tables = [
      "ErrorCode",
      "ErrorCodeTranslation",
      "Cause",
      "CauseTranslation",
      "Resolution",
      "ResolutionStep",
      "StepTranslation",
      "Reference",
      "ReferenceTranslation",
      "Revision",
      "SearchDocument",
    ];
    const out: Record<string, unknown> = {};
    for (const t of tables) {
      out[t] = await db.prisma.$queryRawUnsafe(`SELECT to_jsonb(x)::text AS row FROM "${t}" x ORDER BY 1`);
    }
    return out;
  };

  it("changes no row", async () => {
    const before = await snapshot();
    const report = await seed(db.prisma);
    expect(report.unchanged).toHaveLength(30);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps an entry an editor changed, and updates one the file changed", async () => {
    const file = loadSeedFile();
    const edited = structuredClone(file.find((e) => e.code === "0xC004F074")!);
    edited.en.title = "No KMS host could be reached";
    await db.prisma.$transaction((tx) => writeEntry(tx, edited, { status: "PUBLISHED", version: 2 }));

    const changedInFile = file.map((e) =>
      e.code === "0xC004F009"
        ? { ...e, causes: [...e.causes, { en: "A new cause.", fr: "Une nouvelle cause." }] }
        : e,
    );
    const report = await seed(db.prisma, changedInFile);
    expect(report.keptEdited).toEqual(["0xC004F074"]);
    expect(report.updated).toEqual(["0xC004F009"]);
    const after = await readEntries(db.prisma, { codes: ["0xC004F074", "0xC004F009"] });
    expect(after.find((e) => e.code === "0xC004F074")!.en.title).toBe("No KMS host could be reached");
    expect(after.find((e) => e.code === "0xC004F009")!.causes.at(-1)!.fr).toBe("Une nouvelle cause.");
  });
});
