// The per-locale content hash of packages/db/src/entries/content-hash.ts, repeated here because P1
// must not load @kb/db (its Prisma client would weigh on P1's memory, which the bench reports).
// entry-hash.test.ts checks that both give the same value.
import { createHash } from "node:crypto";
import type { Entry } from "@kb/db";

const sha = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);

export function localeHash(entry: Entry, locale: "EN" | "FR"): string | null {
  const l = locale === "EN" ? "en" : "fr";
  const head = entry[l];
  if (!head) return null;
  return sha([
    head.title,
    head.summary,
    head.message,
    head.notes ?? null,
    entry.causes.map((c) => c[l] ?? null),
    entry.resolutions.map((r) => [
      r[l] ?? null,
      (r.steps ?? []).flatMap((s) => ("command" in s ? [] : [s[l] ?? null])),
    ]),
    entry.references.map((r) => r[l] ?? null),
  ]);
}
