// Which component raises a code, only where the SDK headers make it certain.
// slerror.h splits FACILITY_ITF licensing codes into "zones" by bits 12-15:
//   0xB000 SL server, 0xC000 clearing house (both: Microsoft's activation
//   servers, the client only relays the answer), 0xD000 security processor,
//   0xE000 SL service internal, 0xF000 SL client API.
// Other facility-4 codes are interface-specific and mean nothing on their own,
// so no source is claimed for them.

const SPP = "Software Protection Platform (Software Licensing Service)";

interface SourceRange {
  readonly from: number;
  readonly to: number;
  readonly source: string | ((unsigned: number) => string);
}

const RANGES: readonly SourceRange[] = [
  { from: 0xc004b000, to: 0xc004cfff, source: "Microsoft activation server" },
  {
    from: 0xc004d000,
    to: 0xc004dfff,
    source: "Software Protection Platform security processor (Software Licensing Service)",
  },
  { from: 0xc004e000, to: 0xc004ffff, source: SPP },
  // SL_I_* informational results, e.g. 0x4004F00C "running within the valid grace period".
  { from: 0x4004f000, to: 0x4004ffff, source: SPP },
  // Documented by Microsoft as "This computer is not running genuine Windows."
  // Neighbouring 0x8004FExx values are not claimed: they are not in slerror.h.
  { from: 0x8004fe21, to: 0x8004fe21, source: "Windows genuine validation (licensing check)" },
  {
    from: 0x80070000,
    to: 0x8007ffff,
    source: (unsigned) => `Win32 error ${unsigned & 0xffff} wrapped in an HRESULT (HRESULT_FROM_WIN32)`,
  },
];

/** A short English description of the component that raises `unsigned`, or null when unknown. */
export function codeSource(unsigned: number): string | null {
  const range = RANGES.find((r) => unsigned >= r.from && unsigned <= r.to);
  if (!range) return null;
  return typeof range.source === "function" ? range.source(unsigned) : range.source;
}
