// Presence in the editor: who else has an entry open, refreshed by heartbeats, gone after 45 s.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./testing/accounts.ts";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
let editor: Record<string, string>;
let editor2: Record<string, string>;
let translator: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  editor = await signIn(api, "EDITOR");
  editor2 = await signIn(api, "EDITOR", "second-editor@kb.test");
  translator = await signIn(api, "TRANSLATOR");
});
afterAll(() => api?.close());

const TOUCH = `mutation ($id: String!) { touchEntryPresence(id: $id) { name role since } }`;
type Present = { name: string; role: string; since: string };

async function touch(id: string, headers: Record<string, string>) {
  const res = await api.gql<{ touchEntryPresence: Present[] }>(TOUCH, { id }, headers);
  return res;
}
const names = (res: Awaited<ReturnType<typeof touch>>) => res.data?.touchEntryPresence.map((p) => p.name);

describe("touchEntryPresence", () => {
  it("tells each person who else has the entry open, not themselves", async () => {
    expect(names(await touch("0xC004F074", editor))).toEqual([]);
    expect(names(await touch("c004f074", editor2))).toEqual(["EDITOR tester"]);
    expect(names(await touch("0xC004F074", translator))).toEqual(["EDITOR tester", "EDITOR tester"]);
    const seen = (await touch("0xC004F074", editor)).data!.touchEntryPresence;
    expect(seen.map((p) => p.role).sort()).toEqual(["EDITOR", "TRANSLATOR"]);
    // Another entry is another room.
    expect(names(await touch("0xC004F009", editor2))).toEqual([]);
  });

  it("keeps one row per person under 20 concurrent heartbeats, and keeps `since`", async () => {
    const first = (await touch("0xC004F074", translator)).data!.touchEntryPresence;
    const since = first.find((p) => p.role === "EDITOR")!.since;
    const results = await Promise.all(Array.from({ length: 20 }, () => touch("0xC004F074", editor2)));
    expect(results.every((r) => !r.errors)).toBe(true);
    const rows = await api.db.prisma.entryPresence.count({
      where: { errorCode: { code: "0xC004F074" } },
    });
    expect(rows).toBe(3);
    const again = (await touch("0xC004F074", translator)).data!.touchEntryPresence;
    expect(again.find((p) => p.role === "EDITOR")!.since).toBe(since);
  });

  it("forgets people not seen for 45 s", async () => {
    await api.db.prisma
      .$executeRaw`UPDATE "EntryPresence" SET "lastSeenAt" = "lastSeenAt" - interval '46 seconds'`;
    expect(names(await touch("0xC004F074", editor))).toEqual([]);
  });

  it("drops a person who leaves at once, and deletes the rows of people gone", async () => {
    const LEAVE = `mutation ($code: String!) { leaveEntryPresence(code: $code) }`;
    const rows = () => api.db.prisma.entryPresence.count({ where: { errorCode: { code: "0xC004F074" } } });
    await touch("0xC004F074", editor);
    await touch("0xC004F074", editor2);
    expect(names(await touch("0xC004F074", translator))).toEqual(["EDITOR tester", "EDITOR tester"]);
    const left = await api.gql(LEAVE, { code: "c004f074" }, editor2);
    expect(left.data).toEqual({ leaveEntryPresence: true });
    expect(names(await touch("0xC004F074", translator))).toEqual(["EDITOR tester"]);
    expect(await rows()).toBe(2);
    // Leaving twice is harmless; anonymous callers are refused.
    expect((await api.gql(LEAVE, { code: "0xC004F074" }, editor2)).data).toEqual({
      leaveEntryPresence: true,
    });
    expect((await api.gql(LEAVE, { code: "0xC004F074" })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    // A person gone past the TTL is deleted when someone else comes, not kept forever.
    await api.db.prisma
      .$executeRaw`UPDATE "EntryPresence" SET "lastSeenAt" = "lastSeenAt" - interval '46 seconds'`;
    expect(names(await touch("0xC004F074", translator))).toEqual([]);
    expect(await rows()).toBe(1);
  });

  it("refuses anonymous callers, bad codes and unknown entries with a code", async () => {
    expect((await touch("0xC004F074", {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await touch("not a code", editor)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await touch("0xC004FFFF", editor)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
