// Decoding like err.exe, plus structure: every name the headers give a value, and every way the value
// can be read (an HRESULT, a Win32 error number, an NTSTATUS), with HRESULT_FROM_WIN32 and
// HRESULT_FROM_NT unwrapped in both directions, and RtlNtStatusToDosError followed both ways (an
// NTSTATUS to the Win32 error Windows reports for it, a Win32 error to the statuses that give it).
import { codeFromNumber, toCanonical } from "../canonical.ts";
import { decodeHResult, type HResult } from "../hresult.ts";
import { isNtFacility, N_BIT } from "../nt-facilities.ts";
import { namesForValue, unnamedReason, type SymbolicName, type SymbolicNameKind } from "./catalogue.ts";
import { dosErrorOf, ntStatusesGiving } from "./nt-status-map.ts";

export type Relation =
  /** The value itself. */
  | "VALUE"
  /** The Win32 error inside a 0x8007xxxx HRESULT, or the HRESULT a Win32 error number becomes. */
  | "HRESULT_FROM_WIN32"
  /** The NTSTATUS inside an HRESULT with the N bit, or the HRESULT an NTSTATUS becomes. */
  | "HRESULT_FROM_NT"
  /** The Win32 error inside a FACILITY_NTWIN32 NTSTATUS (0xC007xxxx), or that NTSTATUS of a Win32 error. */
  | "NTSTATUS_FROM_WIN32"
  /**
   * RtlNtStatusToDosError of the decoded NTSTATUS: the Win32 error Windows reports for it (GetLastError)
   * and that error as an HRESULT (HRESULT_FROM_WIN32). Not a reading of the same bits: a lossy table
   * (many statuses give ERROR_ACCESS_DENIED).
   */
  | "RTL_NTSTATUS_TO_DOS_ERROR"
  /** The reverse: an NTSTATUS that RtlNtStatusToDosError turns into the decoded value (or the Win32 error it wraps). */
  | "RTL_NTSTATUS_TO_DOS_ERROR_SOURCE";

export interface Interpretation {
  kind: SymbolicNameKind;
  /** The value read this way, canonical hex ("0x00000005" for the Win32 error inside 0x80070005). */
  hex: string;
  unsigned: number;
  relation: Relation;
  names: readonly SymbolicName[];
}

export interface CodeExplanation extends HResult {
  /** Every name of every interpretation, the value's own names first. */
  names: readonly SymbolicName[];
  /** Every reading, then the RtlNtStatusToDosError mappings (relations RTL_NTSTATUS_TO_DOS_ERROR*). */
  interpretations: readonly Interpretation[];
  /** When no name is public for the value, why (recorded in the data file), else null. */
  unnamedReason: string | null;
}

const FACILITY_WIN32 = 7;

function ofKind(names: readonly SymbolicName[], kind: SymbolicNameKind): SymbolicName[] {
  return names.filter((n) => n.kind === kind);
}

function reading(kind: SymbolicNameKind, unsigned: number, relation: Relation): Interpretation {
  return {
    kind,
    hex: toCanonical(unsigned),
    unsigned,
    relation,
    names: ofKind(namesForValue(unsigned), kind),
  };
}

/** An NTSTATUS when ntstatus.h names it, or when its layout says so (error/warning/info severity, NT facility). */
function isNtStatus(unsigned: number, requireName: boolean): boolean {
  if ((unsigned & N_BIT) !== 0) return false;
  if (ofKind(namesForValue(unsigned), "NTSTATUS").length > 0) return true;
  if (requireName) return false;
  return unsigned >>> 30 !== 0 && isNtFacility((unsigned >>> 16) & 0xfff);
}

function interpretations(unsigned: number): Interpretation[] {
  const out: Interpretation[] = [reading("HRESULT", unsigned, "VALUE")];
  const facility = (unsigned >>> 16) & 0x7ff;
  const low = unsigned & 0xffff;

  if (unsigned <= 0xffff) {
    out.push(reading("WIN32", unsigned, "VALUE"));
    if (unsigned !== 0) {
      out.push(reading("HRESULT", (0x80070000 | unsigned) >>> 0, "HRESULT_FROM_WIN32"));
      const nt = (0xc0070000 | unsigned) >>> 0;
      if (isNtStatus(nt, true)) out.push(reading("NTSTATUS", nt, "NTSTATUS_FROM_WIN32"));
    }
  } else if (unsigned >>> 31 === 1 && (unsigned & 0x30000000) === 0 && facility === FACILITY_WIN32) {
    // 0x8007xxxx / 0xC007xxxx: a Win32 error in an HRESULT. 0xC007xxxx is also FACILITY_NTWIN32.
    out.push(reading("WIN32", low, "HRESULT_FROM_WIN32"));
  }

  // A bare 0xC000xxxx status counts by layout; other facilities only when ntstatus.h names the value,
  // since facilities 1-11 mean something else in an HRESULT (0xC004F074 is no NTSTATUS).
  const bare = unsigned >>> 16 === 0xc000 ? isNtStatus(unsigned, false) : isNtStatus(unsigned, true);
  if (bare) {
    out.push(reading("NTSTATUS", unsigned, "VALUE"));
    out.push(reading("HRESULT", (unsigned | N_BIT) >>> 0, "HRESULT_FROM_NT"));
    if (((unsigned >>> 16) & 0xfff) === FACILITY_WIN32 && unsigned >>> 30 === 3) {
      out.push(reading("WIN32", low, "NTSTATUS_FROM_WIN32"));
    }
  }
  if ((unsigned & N_BIT) !== 0) {
    const wrapped = (unsigned & ~N_BIT) >>> 0;
    if (isNtStatus(wrapped, false)) out.push(reading("NTSTATUS", wrapped, "HRESULT_FROM_NT"));
  }
  return out;
}

/**
 * RtlNtStatusToDosError both ways. Forward, from every NTSTATUS the value is or wraps: the code Windows
 * reports (and, for a Win32 error, its HRESULT_FROM_WIN32). Reverse, from the value and the Win32 error
 * it wraps: the statuses Windows reports as that code.
 */
function mappings(
  unsigned: number,
  readings: readonly Interpretation[],
): { forward: Interpretation[]; reverse: Interpretation[] } {
  const forward: Interpretation[] = [];
  const reverse: Interpretation[] = [];
  const statuses = readings.filter(
    (r) => r.kind === "NTSTATUS" && (r.relation === "VALUE" || r.relation === "HRESULT_FROM_NT"),
  );
  for (const s of statuses) {
    const code = dosErrorOf(s.unsigned);
    if (!code) continue;
    if (code.kind === "WIN32") {
      forward.push(reading("WIN32", code.value, "RTL_NTSTATUS_TO_DOS_ERROR"));
      if (code.value !== 0) {
        forward.push(reading("HRESULT", (0x80070000 | code.value) >>> 0, "RTL_NTSTATUS_TO_DOS_ERROR"));
      }
    } else forward.push(reading(code.kind, code.value, "RTL_NTSTATUS_TO_DOS_ERROR"));
  }
  const codes = new Set<number>([unsigned]);
  for (const r of readings) if (r.kind === "WIN32") codes.add(r.unsigned);
  for (const code of codes) {
    for (const status of ntStatusesGiving(code)) {
      if (status !== unsigned) reverse.push(reading("NTSTATUS", status, "RTL_NTSTATUS_TO_DOS_ERROR_SOURCE"));
    }
  }
  return { forward, reverse };
}

/**
 * Explains a 32-bit value: its HRESULT fields (decodeHResult), every symbolic name the catalogue holds
 * for it and for the values it wraps or becomes, and every interpretation that applies.
 */
export function explainCode(input: number): CodeExplanation {
  const { unsigned } = codeFromNumber(input);
  const fields = decodeHResult(unsigned);
  const own = interpretations(unsigned);
  const { forward, reverse } = mappings(unsigned, own);
  const readings = [...own, ...forward, ...reverse];
  const seen = new Set<SymbolicName>();
  const names: SymbolicName[] = [];
  // The value's own names first, then those reached through a wrapping or RtlNtStatusToDosError. The
  // statuses that become the value are not its names: they stay in interpretations.
  for (const r of [
    ...own.filter((x) => x.relation === "VALUE"),
    ...own.filter((x) => x.relation !== "VALUE"),
    ...forward,
  ]) {
    for (const n of r.names) {
      if (!seen.has(n)) {
        seen.add(n);
        names.push(n);
      }
    }
  }
  const win32 = own.find((r) => r.kind === "WIN32" && r.relation === "HRESULT_FROM_WIN32");
  const ntStatus = own.some((r) => r.kind === "NTSTATUS" && r.relation !== "NTSTATUS_FROM_WIN32");
  return {
    ...fields,
    ntStatus: ntStatus || fields.ntStatus,
    win32Name: fields.win32Error !== null ? (win32?.names[0]?.name ?? fields.win32Name) : null,
    names,
    interpretations: readings,
    unnamedReason: names.length === 0 ? unnamedReason(unsigned) : null,
  };
}
