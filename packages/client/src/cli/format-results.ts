// Terminal output for decode, for the HRESULT breakdown of an unknown code, and for search hits.
import type { DecodeHResultQuery, SearchResultsQuery } from "../generated/graphql.ts";
import type { Style } from "./style.ts";
import { block, segmentsToText } from "./text.ts";

type Decoded = DecodeHResultQuery["decodeHResult"];
type Reading = Decoded["interpretations"][number];

// How many statuses that become a code are listed before "and N more" (--json gives them all).
const SOURCES_SHOWN = 8;

function named(r: Reading): string {
  const value = r.kind === "WIN32" ? String(Number.parseInt(r.hex, 16)) : r.hex;
  return r.names.length ? `${value} ${r.names[0]!.name}` : value;
}

// RtlNtStatusToDosError: what the decoded NTSTATUS becomes, and the statuses that become this code.
function mappingRows(h: Decoded): [string, string][] {
  const rows: [string, string][] = [];
  const to = h.interpretations.filter((i) => i.relation === "RTL_NTSTATUS_TO_DOS_ERROR");
  if (to.length) {
    const kinds = to.map((r) => (r.kind === "HRESULT" && to.length > 1 ? `HRESULT ${named(r)}` : named(r)));
    rows.push(["Reported as", `${kinds.join(", ")} (RtlNtStatusToDosError)`]);
  }
  // Statuses ntstatus.h names first: a terminal shows only the first few.
  const from = h.interpretations
    .filter((i) => i.relation === "RTL_NTSTATUS_TO_DOS_ERROR_SOURCE")
    .sort((a, b) => Number(b.names.length > 0) - Number(a.names.length > 0));
  if (from.length) {
    const shown = from.slice(0, SOURCES_SHOWN).map(named).join(", ");
    const more = from.length > SOURCES_SHOWN ? ` and ${from.length - SOURCES_SHOWN} more` : "";
    rows.push(["From NTSTATUS", `${shown}${more} (RtlNtStatusToDosError)`]);
  }
  return rows;
}

export function formatHResult(h: Decoded, style: Style): string {
  const flags = [
    h.customer && "C (customer)",
    h.reserved && "R (reserved)",
    h.nBit && "N (HRESULT_FROM_NT)",
    h.reservedX && "X",
  ]
    .filter((flag): flag is string => typeof flag === "string")
    .join(", ");
  const rows: [string, string][] = [
    ["Code", `${h.hex} = ${h.unsignedDecimal} (unsigned) = ${h.signed} (signed)`],
    // Like err.exe: every name the Windows headers give the value (or the values it wraps), with its header.
    ...h.names.map((n, i): [string, string] => [
      i === 0 ? "Names" : "",
      `${n.name} (${n.kind === "WIN32" ? "Win32" : n.kind}, ${n.header})${n.description ? ` ${n.description}` : ""}`,
    ]),
    ["Severity", `${h.severity}${h.isFailure ? "" : " (not a failure)"}`],
    ["Facility", `${h.facility}${h.facilityName ? ` ${h.facilityName}` : " (unknown facility)"}`],
    ["Code (low 16 bits)", String(h.code)],
  ];
  if (h.win32Error !== null)
    rows.push(["Win32 error", `${h.win32Error}${h.win32Name ? ` ${h.win32Name}` : ""}`]);
  if (h.ntStatus)
    rows.push(["NTSTATUS", "yes (ntstatus.h names it, or its severity and facility are an NTSTATUS's)"]);
  rows.push(...mappingRows(h));
  if (h.source) rows.push(["Source", h.source]);
  if (flags) rows.push(["Flags", flags]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${style.bold(label.padEnd(width))}  ${value}`).join("\n");
}

export function formatHits(
  hits: SearchResultsQuery["searchResults"]["hits"],
  style: Style,
  columns: number | undefined,
): string {
  const lines = hits.flatMap((hit) => {
    const { code, title, activationTypes } = hit.errorCode;
    const types = activationTypes.length
      ? style.dim(` [${activationTypes.map((t) => t.name).join(", ")}]`)
      : "";
    const head = `${style.code(style.bold(code))}  ${title}${types}`;
    return hit.segments.length
      ? [head, block(segmentsToText(hit.segments, style.mark), "      ", columns), ""]
      : [head, ""];
  });
  lines.push(style.dim("kb lookup <code> shows an entry in full."));
  return lines.join("\n");
}
