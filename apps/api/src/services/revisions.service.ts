// Entry history: the saved snapshots and a field-by-field comparison of any two.
import type { Entry, PrismaClient } from "@kb/db";
import { AppError } from "../errors.ts";
import { parseCodeArg } from "./code-arg.ts";
import { demand, type Viewer } from "./visibility.ts";

export async function listRevisions(db: PrismaClient, viewer: Viewer, code: string) {
  demand(viewer, "read:drafts");
  const { hex } = parseCodeArg(code);
  return db.revision.findMany({
    where: { errorCode: { code: hex } },
    include: { author: { select: { name: true, email: true } } },
    orderBy: { version: "desc" },
  });
}

export interface FieldChange {
  path: string;
  before: string | null;
  after: string | null;
}

/**
 * Every leaf of an entry as "path -> text", items keyed by id: "causes[<id>].fr",
 * "resolutions[<id>].steps[<id>].command", and "causes[<id>].position" so that a move is one change.
 * Snapshots from before item ids key items by position. Ids, translation sources and the version
 * number are bookkeeping, not content.
 */
const BOOKKEEPING = new Set(["id", "sources", "version"]);
export function flatten(value: unknown, path = "", out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      const id = v && typeof v === "object" && "id" in v ? String(v.id) : null;
      if (id) out.set(`${path}[${id}].position`, String(i));
      flatten(v, `${path}[${id ?? i}]`, out);
    });
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (!BOOKKEEPING.has(k)) flatten(v, path ? `${path}.${k}` : k, out);
    }
  } else if (value !== undefined && value !== null) out.set(path, String(value));
  return out;
}

export function diffEntries(before: Entry, after: Entry): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return (
    paths
      // A position only tells of a move when the item is on both sides (else the whole item is listed).
      .filter((p) => a.get(p) !== b.get(p) && !(p.endsWith("].position") && (!a.has(p) || !b.has(p))))
      .map((path) => ({ path, before: a.get(path) ?? null, after: b.get(path) ?? null }))
  );
}

export async function revisionDiff(db: PrismaClient, viewer: Viewer, code: string, from: number, to: number) {
  demand(viewer, "read:drafts");
  const { hex } = parseCodeArg(code);
  const rows = await db.revision.findMany({
    where: { errorCode: { code: hex }, version: { in: [from, to] } },
  });
  const snapshot = (v: number) => {
    const row = rows.find((r) => r.version === v);
    if (!row) throw new AppError("NOT_FOUND", `${hex} has no revision ${v}.`);
    return row.snapshot as unknown as Entry;
  };
  return diffEntries(snapshot(from), snapshot(to));
}
