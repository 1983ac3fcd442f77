// Imports of hundreds of entries go through the batched writer (500 entries per batch): what one entry's
// save guarantees must hold for every entry of every batch, and racing writers must get CONFLICT.
import { loadSeedFile, type Entry } from "@kb/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./testing/accounts.ts";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

const COUNT = 620; // two batches
const IMPORT = `mutation ($format: ExportFormat!, $content: String!, $dryRun: Boolean!) {
  importEntries(format: $format, content: $content, dryRun: $dryRun) { created updated unchanged conflicts } }`;
const SOURCE = `query ($id: String!) { errorCodeSource(code: $id) { version source {
  code activationTypes en { title summary message notes } fr { title summary message notes }
  causes { en fr } resolutions { en fr activationType steps { command en fr } } references { en fr url } } } }`;
const SAVE = `mutation ($id: String!, $v: Int!, $input: ErrorCodeInput!) {
  updateErrorCode(id: $id, expectedVersion: $v, input: $input) { version } }`;

/** New entries recombined from the real ones, without item ids (the import gives them theirs). */
function generated(count: number, first: number): Entry[] {
  const seeds = loadSeedFile();
  return Array.from({ length: count }, (_, i) => {
    const entry = structuredClone(seeds[i % seeds.length]!);
    entry.code = `0x${(first + i).toString(16).toUpperCase()}`;
    entry.status = "PUBLISHED";
    entry.en.title = `${entry.en.title} (variant ${i})`;
    entry.fr!.title = `${entry.fr!.title} (variante ${i})`;
    return entry;
  });
}

let api: TestApi;
let admin: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi({ settings: { KB_MAX_BODY_BYTES: 20_000_000, KB_WEBHOOK_POLL_MS: 3_600_000 } });
  admin = await signIn(api, "ADMIN");
  const owner = await api.db.prisma.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  // Deliveries stay due (the host does not resolve): what is counted is what the import queued.
  await api.db.prisma.webhook.create({
    data: {
      url: "https://hooks.example.invalid/kb",
      events: ["ENTRY_PUBLISHED"],
      secret: "whsec_dGVzdA==",
      createdById: owner.id,
    },
  });
}, 120_000);
afterAll(() => api?.close());

const importJson = (target: TestApi, entries: unknown[], dryRun = false) =>
  target.gql(IMPORT, { format: "JSON", content: JSON.stringify({ entries }), dryRun }, admin);
const exportJson = async (target: TestApi, headers: Record<string, string>) =>
  JSON.parse((await target.gql(`{ exportEntries(format: JSON) }`, {}, headers)).data!.exportEntries as string)
    .entries as Entry[];

describe("an import of hundreds of entries", () => {
  it("publishes each with its revision, outbox event and search rows, and round-trips with its item ids", async () => {
    const entries = generated(COUNT, 0xc00b0000);
    const res = await importJson(api, entries);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importEntries.created).toHaveLength(COUNT);

    const ids = (
      await api.db.prisma.errorCode.findMany({
        where: { code: { startsWith: "0xC00B" } },
        select: { id: true },
      })
    ).map((r) => r.id);
    expect(ids).toHaveLength(COUNT);
    const where = { errorCodeId: { in: ids } };
    expect(await api.db.prisma.publishedEntry.count({ where })).toBe(COUNT);
    expect(await api.db.prisma.revision.count({ where: { ...where, version: 1, published: true } })).toBe(
      COUNT,
    );
    expect(await api.db.prisma.searchDocument.count({ where })).toBe(COUNT * 2);
    expect(await api.db.prisma.searchMatch.count({ where: { ...where, status: "PUBLISHED" } })).toBe(
      COUNT * 2,
    );
    const deliveries = await api.db.prisma.webhookDelivery.findMany({
      select: { eventId: true, payload: true },
    });
    expect(deliveries).toHaveLength(COUNT);
    expect(new Set(deliveries.map((d) => d.eventId)).size).toBe(COUNT);
    expect(deliveries.map((d) => (d.payload as { data: { code: string } }).data.code).sort()).toEqual(
      entries.map((e) => e.code).sort(),
    );

    // Readers see them at once, in both languages and in search.
    const read = await api.gql(`{ errorCode(code: "0xC00B0263", locale: FR) { title causes { text } } }`);
    expect(read.data!.errorCode.title).toMatch(/\(variante 611\)$/);
    const found = await api.gql(`{ search(query: "variante", locale: FR, first: 5) { errorCode { code } } }`);
    expect(found.data!.search).toHaveLength(5);
    expect(found.data!.search.every((h: any) => h.errorCode.code.startsWith("0xC00B"))).toBe(true);

    // The export carries item ids and translation sources; imported back, nothing changes.
    const exported = await exportJson(api, admin);
    const again = await importJson(api, exported);
    expect(again.data!.importEntries).toMatchObject({ created: [], updated: [], conflicts: [] });
    expect(again.data!.importEntries.unchanged).toHaveLength(COUNT + 30);

    // Into another database: the generated entries keep every item id and source they had.
    const other = await startTestApi({ settings: { KB_MAX_BODY_BYTES: 20_000_000 } });
    try {
      const otherAdmin = await signIn(other, "ADMIN");
      const moved = await other.gql(
        IMPORT,
        { format: "JSON", content: JSON.stringify({ entries: exported }), dryRun: false },
        otherAdmin,
      );
      expect(moved.data!.importEntries.created).toHaveLength(COUNT);
      const ours = exported.filter((e) => e.code.startsWith("0xC00B"));
      const theirs = (await exportJson(other, otherAdmin)).filter((e) => e.code.startsWith("0xC00B"));
      expect(theirs).toEqual(ours);
    } finally {
      await other.close();
    }
  }, 300_000);

  it("updates hundreds of entries as drafts: readers keep the published version until a publish", async () => {
    const exported = (await exportJson(api, admin)).filter((e) => e.code.startsWith("0xC00B"));
    for (const entry of exported) entry.causes[0]!.en = `${entry.causes[0]!.en} (edited)`;
    const res = await importJson(api, exported);
    expect(res.data!.importEntries.updated).toHaveLength(COUNT);
    const draft = await api.gql(
      `{ errorCodeSource(code: "0xC00B0001") { version source { causes { en } } } }`,
      {},
      admin,
    );
    expect(draft.data!.errorCodeSource.version).toBe(2);
    expect(draft.data!.errorCodeSource.source.causes[0].en).toMatch(/\(edited\)$/);
    const published = await api.gql(`{ errorCode(code: "0xC00B0001") { causes { text } } }`);
    expect(published.data!.errorCode.causes[0].text).not.toMatch(/\(edited\)$/);
    expect(await api.db.prisma.revision.count({ where: { version: 2, summary: "Imported (JSON)" } })).toBe(
      COUNT,
    );
  }, 300_000);
});

describe("racing an import", () => {
  it("an import and a save of one of its entries: one of them gets CONFLICT, the other is whole", async () => {
    const [target] = await exportJson(api, admin).then((all) => all.filter((e) => e.code === "0xC004F074"));
    const version = target!.version!;
    const entries: Entry[] = [
      ...generated(COUNT, 0xc00c0000),
      { ...target!, en: { ...target!.en, title: "Title from the import" } },
    ];
    const { source } = (await api.gql(SOURCE, { id: "0xC004F074" }, admin)).data!.errorCodeSource;
    source.en.title = "Title from the save";
    const [imported, saved] = await Promise.all([
      importJson(api, entries),
      api.gql(SAVE, { id: "0xC004F074", v: version, input: source }, admin),
    ]);
    const codes = [imported.errors?.[0]?.extensions?.code, saved.errors?.[0]?.extensions?.code];
    expect(codes.filter((c) => c === "CONFLICT")).toHaveLength(1);
    expect(codes.filter((c) => c !== "CONFLICT" && c !== undefined)).toEqual([]);
    const row = await api.db.prisma.errorCodeTranslation.findFirstOrThrow({
      where: { locale: "EN", errorCode: { code: "0xC004F074" } },
    });
    const created = await api.db.prisma.errorCode.count({ where: { code: { startsWith: "0xC00C" } } });
    if (imported.errors) {
      expect(imported.errors[0]!.extensions!.conflicts).toEqual(["0xC004F074"]);
      expect(row.title).toBe("Title from the save");
      expect(created).toBe(0);
    } else {
      expect(saved.errors![0]!.extensions!.currentVersion).toBe(version + 1);
      expect(row.title).toBe("Title from the import");
      expect(created).toBe(COUNT);
    }
  }, 300_000);

  it("two imports creating the same entries: one creates them all, the other gets CONFLICT or finds them made", async () => {
    const entries = generated(COUNT, 0xc00d0000);
    const revisions = await api.db.prisma.revision.count();
    const results = await Promise.all([importJson(api, entries), importJson(api, entries)]);
    // Planned at once (the server engine), both insert, and the second meets the first's rows: CONFLICT
    // naming them. Planned after the first committed (the embedded engine runs one transaction at a time),
    // the second finds every entry as its file says.
    const done = results.filter((r) => !r.errors);
    expect(done.filter((r) => r.data!.importEntries.created.length === COUNT)).toHaveLength(1);
    const other = results.find(
      (r) => r !== done.find((d) => d.data!.importEntries.created.length === COUNT),
    )!;
    if (other.errors) {
      expect(other.errors[0]!.extensions).toMatchObject({ code: "CONFLICT" });
      expect(other.errors[0]!.extensions!.conflicts).toHaveLength(COUNT);
      expect(other.errors[0]!.message).toMatch(/and 610 more were saved by someone else during the import/);
    } else {
      expect(other.data!.importEntries.unchanged).toHaveLength(COUNT);
    }
    expect(await api.db.prisma.errorCode.count({ where: { code: { startsWith: "0xC00D" } } })).toBe(COUNT);
    expect((await api.db.prisma.revision.count()) - revisions).toBe(COUNT);
  }, 300_000);
});
