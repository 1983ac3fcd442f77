// The printed tables: one per operation and database size, one row per peer and connection count,
// and on the product's rows its req/s as a fraction of P0's, P1's and PostGraphile's.
import type { OpName, PeerKind, ProductPath } from "./options.ts";

export interface Measurement {
  database: string;
  /** Codes in that database. */
  codes: number;
  op: OpName;
  label: string;
  peer: string;
  kind: PeerKind;
  path?: ProductPath;
  /** API processes (KB_WORKERS) of a product row; absent: one. */
  workers?: number;
  connections: number;
  /** null: the peer cannot answer this operation (see note). */
  rps: number | null;
  p50: number | null;
  p99: number | null;
  requests: number;
  /** Failed answers during the measured load (non-2xx, socket errors, timeouts, GraphQL errors). */
  bad: number;
  statements: number | null;
  /** Resident memory after the load; for several workers, theirs and their supervisor's summed. */
  rssMb: number | null;
  note?: string;
}

const ORDER = ["P0", "P1", "P2", "product"];
const PATH_ORDER = ["hot", "engine", "cold"];

function fixed(value: number | null, digits: number): string {
  if (value === null) return "n/a";
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function ratio(product: Measurement, rows: Measurement[], kind: PeerKind): string {
  const peer = rows.find((r) => r.kind === kind && r.connections === product.connections);
  if (!peer?.rps || product.rps === null) return "n/a";
  return (product.rps / peer.rps).toFixed(2);
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
}

/** One table (an operation on one database). */
export function formatTable(rows: Measurement[]): string {
  const first = rows[0];
  if (!first) return "";
  const sorted = [...rows].sort(
    (a, b) =>
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) ||
      PATH_ORDER.indexOf(a.path ?? "") - PATH_ORDER.indexOf(b.path ?? "") ||
      (a.workers ?? 1) - (b.workers ?? 1) ||
      a.connections - b.connections,
  );
  const header = ["peer", "conns", "req/s", "p50 ms", "p99 ms", "stmts/req", "RSS MB", "/P0", "/P1", "/P2"];
  const lines = sorted.map((r) => {
    const product = r.kind === "product";
    return [
      r.peer + (r.bad ? ` (${r.bad} failed)` : ""),
      String(r.connections),
      fixed(r.rps, 0),
      fixed(r.p50, 2),
      fixed(r.p99, 2),
      fixed(r.statements, r.statements !== null && !Number.isInteger(r.statements) ? 1 : 0),
      r.rssMb === null ? "n/a" : String(r.rssMb),
      product ? ratio(r, rows, "P0") : "",
      product ? ratio(r, rows, "P1") : "",
      product ? ratio(r, rows, "P2") : "",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const title = `${first.label} — ${first.database} (${first.codes.toLocaleString("en-US")} codes)`;
  const notes = [...new Set(rows.flatMap((r) => (r.note ? [`  ${r.peer}: ${r.note}`] : [])))];
  return [title, pad(header, widths), ...lines.map((l) => pad(l, widths)), ...notes].join("\n");
}

/** Every table, in the order the operations were measured. */
export function formatReport(rows: Measurement[]): string {
  const groups = new Map<string, Measurement[]>();
  for (const row of rows) {
    const key = `${row.database} ${row.op}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const keys = [...groups.keys()].sort((a, b) => {
    const [da = "", oa = ""] = a.split(" ");
    const [db = "", ob = ""] = b.split(" ");
    return db.localeCompare(da) || oa.localeCompare(ob); // small before large, then Q1..Q4
  });
  return keys.map((k) => formatTable(groups.get(k)!)).join("\n\n");
}
