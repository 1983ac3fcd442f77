// The error catalogue: every value and symbolic name of the Windows headers (catalogue-data.ts,
// generated), indexed by value and by upper-cased name in two Maps, so both lookups are O(1). The
// rows are parsed on first use, not at import, so loading the module costs nothing at start.
import { HEADER_SOURCES, HEADERS, ROWS, SOURCES, UNNAMED } from "./catalogue-data.ts";
import { loadNtStatusMap } from "./nt-status-map.ts";

export type SymbolicNameKind = "HRESULT" | "WIN32" | "NTSTATUS";

export interface SymbolicName {
  name: string;
  kind: SymbolicNameKind;
  /** The header that defines it, e.g. "winerror.h". */
  header: string;
  /** The header's own message text, when it gives one. */
  description: string | null;
  /** The unsigned 32-bit value the name stands for. */
  value: number;
  /** Where the header was read from: "mingw" (Debian's mingw-w64-common) or a source id of SOURCES. */
  source: string;
}

export { SOURCES };

const KINDS: Record<string, SymbolicNameKind> = { H: "HRESULT", W: "WIN32", N: "NTSTATUS" };

// The rows are sorted by value, so a value's names are a run of consecutive lines: the index keeps, per
// value, the first line of its run, and per upper-cased name its lines. SymbolicName objects are made
// when a line is first asked for, which keeps the one-off parse to slicing strings.
interface Index {
  lines: string[];
  values: Uint32Array;
  byValue: Map<number, number>;
  byName: Map<string, number | number[]>;
  made: (SymbolicName | undefined)[];
}

let index: Index | null = null;

function build(): Index {
  const lines = ROWS.split("\n");
  const values = new Uint32Array(lines.length);
  const byValue = new Map<number, number>();
  const byName = new Map<string, number | number[]>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const value = Number.parseInt(line.slice(0, 8), 16);
    values[i] = value;
    if (!byValue.has(value)) byValue.set(value, i);
    const key = line.slice(9, line.indexOf("|", 9)).toUpperCase();
    const seen = byName.get(key);
    if (seen === undefined) byName.set(key, i);
    else if (typeof seen === "number") byName.set(key, [seen, i]);
    else seen.push(i);
  }
  return { lines, values, byValue, byName, made: new Array(lines.length) };
}

function row(ix: Index, i: number): SymbolicName {
  const made = ix.made[i];
  if (made) return made;
  const [hex, name, kind, header, description] = ix.lines[i]!.split("|");
  const entry: SymbolicName = {
    name: name!,
    kind: KINDS[kind!]!,
    header: HEADERS[Number(header)]!,
    description: description ? description.replace(/\\(.)/g, "$1") : null,
    value: Number.parseInt(hex!, 16),
    source: HEADER_SOURCES[Number(header)]!,
  };
  ix.made[i] = entry;
  return entry;
}

function catalogue(): Index {
  index ??= build();
  return index;
}

/** Parses the catalogue and the NTSTATUS table now (at start, off the request path) instead of on the first lookup. */
export function loadCatalogue(): void {
  catalogue();
  loadNtStatusMap();
}

const NONE: readonly SymbolicName[] = [];

/** Every name defined for `unsigned` (all kinds, all headers), in header order, each header's main name first. */
export function namesForValue(unsigned: number): readonly SymbolicName[] {
  const ix = catalogue();
  const value = unsigned >>> 0;
  const first = ix.byValue.get(value);
  if (first === undefined) return NONE;
  const names: SymbolicName[] = [];
  for (let i = first; i < ix.values.length && ix.values[i] === value; i++) names.push(row(ix, i));
  return names;
}

/** Every definition of a symbolic name, case-insensitively (one name may appear in several headers). */
export function lookupName(name: string): readonly SymbolicName[] {
  const ix = catalogue();
  const lines = ix.byName.get(name.trim().toUpperCase());
  if (lines === undefined) return NONE;
  return typeof lines === "number" ? [row(ix, lines)] : lines.map((i) => row(ix, i));
}

/** The number of distinct values and of rows. */
export function catalogueSize(): { values: number; names: number } {
  const { byValue, lines } = catalogue();
  return { values: byValue.size, names: lines.length };
}

/** Why no public name exists for `unsigned`, when the data file records a reason. */
export function unnamedReason(unsigned: number): string | null {
  return UNNAMED.find((u) => u.value === unsigned >>> 0)?.reason ?? null;
}
