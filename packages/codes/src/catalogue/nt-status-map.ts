// RtlNtStatusToDosError as data (nt-status-map-data.ts, generated): the code Windows gives for an
// NTSTATUS, and the reverse, every NTSTATUS that gives a code. Parsed on first use into two Maps, so
// both lookups are O(1).
import { NT_STATUS_MAP } from "./nt-status-map-data.ts";

type Kind = "HRESULT" | "WIN32" | "NTSTATUS";

export interface DosError {
  /** The unsigned 32-bit code RtlNtStatusToDosError gives (a Win32 error number for most statuses). */
  value: number;
  kind: Kind;
}

const KINDS: Record<string, Kind> = { W: "WIN32", H: "HRESULT", N: "NTSTATUS" };

interface Maps {
  forward: Map<number, DosError>;
  reverse: Map<number, number[]>;
}

let maps: Maps | null = null;

function build(): Maps {
  const forward = new Map<number, DosError>();
  const reverse = new Map<number, number[]>();
  for (const line of NT_STATUS_MAP.split("\n")) {
    const [status, code, kind] = line.split("|");
    const value = Number.parseInt(code!, 16);
    const from = Number.parseInt(status!, 16);
    forward.set(from, { value, kind: KINDS[kind!]! });
    const statuses = reverse.get(value);
    if (statuses) statuses.push(from);
    else reverse.set(value, [from]);
  }
  return { forward, reverse };
}

function table(): Maps {
  maps ??= build();
  return maps;
}

/** Parses the table now (at start, with the catalogue) instead of on the first lookup. */
export function loadNtStatusMap(): void {
  table();
}

/** The code RtlNtStatusToDosError gives for `status`, or null when the table has no mapping for it. */
export function dosErrorOf(status: number): DosError | null {
  return table().forward.get(status >>> 0) ?? null;
}

const NONE: readonly number[] = [];

/** Every NTSTATUS that RtlNtStatusToDosError turns into `code`, ascending. */
export function ntStatusesGiving(code: number): readonly number[] {
  return table().reverse.get(code >>> 0) ?? NONE;
}

/** The number of NTSTATUS values the table maps. */
export function ntStatusMapSize(): number {
  return table().forward.size;
}
