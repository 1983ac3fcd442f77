// NTSTATUS facility numbers (bits 16-27 of an NTSTATUS): the FACILITY_* constants of ntstatus.h and
// every facility a named STATUS_* value of the catalogue uses (a catalogue test keeps the two in step),
// plus FACILITY_NTWIN32 (7), where NTSTATUS_FROM_WIN32 puts Win32 errors.
const NT_FACILITIES: ReadonlySet<number> = new Set([
  0x000, 0x001, 0x002, 0x003, 0x004, 0x007, 0x00a, 0x00b, 0x010, 0x011, 0x012, 0x013, 0x014, 0x015, 0x019,
  0x01a, 0x01b, 0x01c, 0x01d, 0x01e, 0x021, 0x022, 0x023, 0x036, 0x038, 0x03a,
]);

export const N_BIT = 0x10000000;

export function isNtFacility(facility: number): boolean {
  return NT_FACILITIES.has(facility);
}

/**
 * Whether `unsigned` reads as an NTSTATUS by its layout alone: a bare error status (severity 11,
 * facility 0, bit 28 clear: 0xC000xxxx, where almost every STATUS_* error lives) or an
 * HRESULT_FROM_NT (bit 28 set) whose unwrapped value has a non-success severity and an NTSTATUS
 * facility. 0xFFFFFFFF is neither: unwrapped, its facility 0xFFF is no NTSTATUS facility.
 */
export function looksLikeNtStatus(unsigned: number): boolean {
  if ((unsigned & N_BIT) === 0) return unsigned >>> 16 === 0xc000;
  const wrapped = (unsigned & ~N_BIT) >>> 0;
  return wrapped >>> 30 !== 0 && isNtFacility((wrapped >>> 16) & 0xfff);
}
