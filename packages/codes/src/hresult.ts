import { codeFromNumber } from "./canonical.ts";
import { facilityName } from "./facilities.ts";
import { looksLikeNtStatus, N_BIT } from "./nt-facilities.ts";
import { parseCode } from "./parse-code.ts";
import { codeSource } from "./sources.ts";
import { win32ErrorName } from "./win32-errors.ts";

export interface HResult {
  hex: string;
  unsigned: number;
  signed: number;
  /** Severity bit 31. */
  isFailure: boolean;
  severity: "SUCCESS" | "FAILURE";
  /** R bit 30. Set on most Software Protection codes (0xC004xxxx), which is why it is reported, not rejected. */
  reserved: boolean;
  /** C bit 29: customer-defined rather than Microsoft-defined. */
  customer: boolean;
  /** N bit 28 (set by HRESULT_FROM_NT). */
  nBit: boolean;
  /**
   * The value reads as an NTSTATUS by its layout (see looksLikeNtStatus): a bare 0xC000xxxx status or
   * an HRESULT_FROM_NT of one. The catalogue's explainCode also counts values ntstatus.h names.
   */
  ntStatus: boolean;
  /** X bit 27. */
  reservedX: boolean;
  /** Bits 16-26 (11 bits). */
  facility: number;
  /** winerror.h FACILITY_* name; null when unknown or when C/N make the facility table inapplicable. */
  facilityName: string | null;
  /** Low 16 bits. */
  code: number;
  /** For FACILITY_WIN32 failures: the Win32 error number (the low 16 bits); else null. */
  win32Error: number | null;
  win32Name: string | null;
  /** Short English description of the component that raises the code, when known. */
  source: string | null;
}

const FACILITY_WIN32 = 7;

/**
 * The number the facility table is keyed by. winerror.h defines facilities
 * above 0x7FF (FACILITY_DXGI = 0x87A, ...) whose top bit lands in the X bit, so
 * bits 16-27 are used: identical to the 11-bit field whenever X is clear.
 */
function facilityKey(unsigned: number): number {
  return (unsigned >>> 16) & 0xfff;
}

/**
 * Splits a 32-bit code into its HRESULT fields. A string goes through
 * parseCode; a number must be an integer in the signed or unsigned 32-bit
 * range. Throws CodeParseError otherwise.
 */
export function decodeHResult(input: string | number): HResult {
  const { hex, unsigned, signed } = typeof input === "number" ? codeFromNumber(input) : parseCode(input);

  const isFailure = (unsigned & 0x80000000) !== 0;
  const customer = (unsigned & 0x20000000) !== 0;
  const nBit = (unsigned & N_BIT) !== 0;
  const facility = (unsigned >>> 16) & 0x7ff;
  const code = unsigned & 0xffff;
  // A customer code numbers its own facilities, and with N set the field holds
  // an NTSTATUS facility (ntstatus.h numbering), so winerror.h names would mislead.
  const name = customer || nBit ? null : facilityName(facilityKey(unsigned));
  // NTSTATUS facility 7 is FACILITY_NTWIN32, also a Win32 error, so N is not excluded here.
  const win32Error = isFailure && !customer && facility === FACILITY_WIN32 ? code : null;

  return {
    hex,
    unsigned,
    signed,
    isFailure,
    severity: isFailure ? "FAILURE" : "SUCCESS",
    reserved: (unsigned & 0x40000000) !== 0,
    customer,
    nBit,
    ntStatus: looksLikeNtStatus(unsigned),
    reservedX: (unsigned & 0x08000000) !== 0,
    facility,
    facilityName: name,
    code,
    win32Error,
    win32Name: win32Error === null ? null : win32ErrorName(win32Error),
    source: codeSource(unsigned),
  };
}
