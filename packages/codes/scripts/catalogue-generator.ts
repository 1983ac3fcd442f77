// Builds the text of src/catalogue/catalogue-data.ts from the Windows headers of Debian's
// mingw-w64-common package and the hand-kept supplement (families those headers lack). Pure: the same
// headers and supplement give the same bytes, which is what the reproduction test checks.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate, type Macro } from "./header-expression.ts";
import type { Supplement } from "./supplement.ts";

export type Kind = "HRESULT" | "WIN32" | "NTSTATUS";

/**
 * The headers read, in the order their names are listed in the data file. Each one defines error
 * codes; `names` narrows a general header (wininet.h, winhttp.h) to its error codes. Left out on purpose:
 * error.h (a mingw-only copy of winerror.h's first numbers), cderr.h (common dialog codes, neither
 * Win32 errors nor HRESULTs), lmerrlog.h (event-log message numbers), errors.h and dxerr*.h (no codes).
 */
export const HEADERS: ReadonlyArray<{ file: string; names?: RegExp }> = [
  { file: "winerror.h" },
  { file: "ntstatus.h" },
  { file: "wininet.h", names: /^ERROR_(INTERNET|FTP|GOPHER|HTTP)_/ },
  { file: "winhttp.h", names: /^ERROR_WINHTTP_/ },
  { file: "slerror.h" },
  { file: "wuerror.h" },
  { file: "vsserror.h" },
  { file: "mferror.h" },
  { file: "nserror.h" },
  { file: "corerror.h" },
  { file: "d2derr.h" },
  { file: "dmerror.h" },
  { file: "adserr.h" },
  { file: "agterr.h" },
  { file: "blberr.h" },
  { file: "cdoexerr.h" },
  { file: "cdosyserr.h" },
  { file: "cierror.h" },
  { file: "dbdaoerr.h" },
  { file: "eaphosterror.h" },
  { file: "filterr.h" },
  { file: "fltwinerror.h" },
  { file: "fsrmerr.h" },
  { file: "lmerr.h" },
  { file: "mediaerr.h" },
  { file: "mprerror.h" },
  { file: "msterr.h" },
  { file: "neterr.h" },
  { file: "oledberr.h" },
  { file: "raserror.h" },
  { file: "rnderr.h" },
  { file: "rpcnterr.h" },
  { file: "scarderr.h" },
  { file: "sdperr.h" },
  { file: "sherrors.h" },
  { file: "sperror.h" },
  { file: "sspserr.h" },
  { file: "stierr.h" },
  { file: "tapi3err.h" },
  { file: "tcerror.h" },
];

// Definitions in those headers that are not codes: facility and severity numbers, bases of ranges,
// masks, limits and header guards.
const NOT_A_CODE =
  /^_|^(FACILITY|SEVERITY|STATUS_SEVERITY|ERROR_SEVERITY)_|_FACILITY_|(BASE|BASEERR|_MASK|_FIRST|_MIN|_MAX|_LAST_ERROR|_INCLUDED|_H)$|^(NERR_BASE|WSABASEERR|INTERNET_ERROR_BASE|INTERNET_ERROR_LAST)$/;

const HRESULT_MARK =
  /_HRESULT_TYPEDEF_|\(\s*HRESULT\s*\)|\(\s*SCODE\s*\)|MAKE_HRESULT|MAKE_SCODE|MAKE_DMHRESULT|DBDAOERR|MAKE_D2DHR/;
const NTSTATUS_MARK = /\(\s*NTSTATUS\s*\)/;

interface Definition {
  name: string;
  body: string;
  params: string[] | null;
  description: string | null;
}

/** Joins continued lines, then reads every #define with the MessageText block or trailing comment it carries. */
export function readDefinitions(text: string): Definition[] {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\\\n/g, " ").split("\n");
  const definitions: Definition[] = [];
  let messageText: string[] | null = null;
  let inMessage = false;
  for (const raw of lines) {
    const line = raw.trim();
    const comment = /^\/\/\s?(.*)$/.exec(line);
    if (comment) {
      const content = comment[1]!.trim();
      if (/^MessageText:/.test(content)) {
        inMessage = true;
        messageText = [];
      } else if (inMessage && content !== "") messageText!.push(content);
      continue;
    }
    const define = /^#\s*define\s+([A-Za-z_]\w*)(\(([^)]*)\))?\s*(.*)$/.exec(line);
    if (define) {
      let body = define[4] ?? "";
      let trailing: string | null = null;
      const block = /\/\*(.*?)\*\//.exec(body);
      const slashes = /\/\/(.*)$/.exec(body);
      if (block) trailing = block[1]!.trim();
      else if (slashes) trailing = slashes[1]!.trim();
      body = body
        .replace(/\/\*.*?\*\//g, " ")
        .replace(/\/\/.*$/, "")
        .trim();
      const params = define[2]
        ? define[3]!
            .split(",")
            .map((p) => p.trim())
            .filter(Boolean)
        : null;
      const description = messageText?.length ? messageText.join(" ") : trailing || null;
      definitions.push({ name: define[1]!, body, params, description });
    }
    if (line !== "") {
      inMessage = false;
      messageText = null;
    }
  }
  return definitions;
}

export interface Row {
  value: number;
  name: string;
  kind: Kind;
  header: number;
  /** Position of the definition in its header: a value's names keep the header's order (the main name first, aliases after). */
  order: number;
  description: string | null;
}

function classify(file: string, def: Definition, value: number): Kind {
  if (file === "ntstatus.h" || NTSTATUS_MARK.test(def.body)) return "NTSTATUS";
  if (HRESULT_MARK.test(def.body)) return "HRESULT";
  // A bare number that fits 16 bits is a Win32 error number (ERROR_*, NERR_*, RAS and WinINet codes);
  // anything wider can only be read as an HRESULT.
  return value <= 0xffff ? "WIN32" : "HRESULT";
}

/** Reads the headers in `includeDir` into rows, macros of every header visible to every other one. */
export function readHeaders(includeDir: string): Row[] {
  const texts = HEADERS.map((h) => readDefinitions(readFileSync(join(includeDir, h.file), "latin1")));
  const macros = new Map<string, Macro>();
  for (const defs of texts) {
    for (const d of defs) if (!macros.has(d.name)) macros.set(d.name, { params: d.params, body: d.body });
  }
  const rows: Row[] = [];
  HEADERS.forEach((header, index) => {
    texts[index]!.forEach((def, order) => {
      if (def.params || NOT_A_CODE.test(def.name) || !/^[A-Za-z][A-Za-z0-9_]*$/.test(def.name)) return;
      if (header.names && !header.names.test(def.name)) return;
      const value = evaluate(def.body, macros);
      if (value === null) return;
      const kind = classify(header.file, def, value);
      rows.push({ value, name: def.name, kind, header: index, order, description: def.description });
    });
  });
  return rows;
}

const KIND_LETTER: Record<Kind, string> = { HRESULT: "H", WIN32: "W", NTSTATUS: "N" };

function hex8(value: number): string {
  return value.toString(16).toUpperCase().padStart(8, "0");
}

// Descriptions go into a template literal, one row per line, fields split by "|".
function clean(text: string): string {
  return text
    .replace(/[|\n\r\t]/g, " ")
    .replace(/\\/g, "\\\\")
    .replace(/`/g, "\\`")
    .replace(/\$\{/g, "\\${");
}

export interface Catalogue {
  /** Every row, sorted as the data module lists them. */
  rows: Row[];
  /** Header file names; a row's `header` is an index into this list. */
  headerNames: string[];
  /** The source each header was read from ("mingw" or a supplement source id). */
  headerSources: string[];
}

/** The headers' rows and the supplement's, without duplicates, in the data module's order. */
export function buildCatalogue(includeDir: string, supplement: Supplement): Catalogue {
  const headerNames = HEADERS.map((h) => h.file);
  const headerSources = HEADERS.map(() => "mingw");
  const rows = readHeaders(includeDir);

  const seen = new Set(rows.map((r) => `${r.name}|${r.value}`));
  const valuesOf = new Map<string, Set<number>>();
  for (const r of rows) {
    if (!valuesOf.has(r.name)) valuesOf.set(r.name, new Set());
    valuesOf.get(r.name)!.add(r.value);
  }
  supplement.codes.forEach((s, order) => {
    if (seen.has(`${s.name}|${s.value}`)) return;
    // A supplement names what the headers lack; the same name with another number is an error in it.
    const known = valuesOf.get(s.name);
    if (known) {
      throw new Error(
        `supplement: ${s.name} = 0x${s.value.toString(16)} but the headers define it as ${[...known].map((v) => `0x${v.toString(16)}`).join(", ")}`,
      );
    }
    let index = headerNames.findIndex((h, i) => h === s.header && headerSources[i] === s.source);
    if (index < 0) {
      headerNames.push(s.header);
      headerSources.push(s.source);
      index = headerNames.length - 1;
    }
    rows.push({ value: s.value, name: s.name, kind: s.kind, header: index, order, description: null });
    seen.add(`${s.name}|${s.value}`);
  });

  // Identical (value, name, kind) rows from two headers (winerror.h and rpcnterr.h, ...) are both kept:
  // err.exe also names every header a value comes from. winerror.h's names come first whatever the
  // source, so a Win32 number's winerror.h name leads (ERROR_REPARSE before raserror.h's 741).
  const rank = (r: Row) => (headerNames[r.header] === "winerror.h" ? 0 : 1);
  const unique = new Map<string, Row>();
  for (const r of rows) unique.set(`${r.value}|${r.name}|${r.header}`, r);
  const sorted = [...unique.values()].sort(
    (a, b) => a.value - b.value || rank(a) - rank(b) || a.header - b.header || a.order - b.order,
  );
  return { rows: sorted, headerNames, headerSources };
}

/** The whole data module for `includeDir` and `supplement`, byte for byte. */
export function generateCatalogue(
  includeDir: string,
  supplement: Supplement,
  packageVersion: string,
): string {
  return catalogueModule(buildCatalogue(includeDir, supplement), supplement, packageVersion);
}

/** The data module's text for a built catalogue. */
export function catalogueModule(
  { rows: sorted, headerNames, headerSources }: Catalogue,
  supplement: Supplement,
  packageVersion: string,
): string {
  const lines = sorted.map(
    (r) =>
      `${hex8(r.value)}|${r.name}|${KIND_LETTER[r.kind]}|${r.header}|${r.description ? clean(r.description) : ""}`,
  );
  const sources = supplement.sources.map((s) => ({ id: s.id, title: s.title, url: s.url }));
  const unnamed = [...supplement.unnamed].sort((a, b) => a.value - b.value);
  return [
    "// Generated by `npm run generate:catalogue -w @kb/codes` (packages/codes/scripts/generate-catalogue.ts).",
    "// Do not edit: change the generator or scripts/supplement.ts and run it again.",
    "",
    "/** Where the rows come from: each header is read from one source. */",
    `export const SOURCES: ReadonlyArray<{ id: string; title: string; url: string | null }> = ${JSON.stringify(
      [
        {
          id: "mingw",
          title: `Debian mingw-w64-common ${packageVersion}, /usr/share/mingw-w64/include`,
          url: null,
        },
        ...sources,
      ],
      null,
      2,
    )};`,
    "",
    "/** Header file names; a row's 4th field is an index into this list. */",
    `export const HEADERS: readonly string[] = ${JSON.stringify(headerNames)};`,
    "",
    "/** The source (an id in SOURCES) each header of HEADERS was read from. */",
    `export const HEADER_SOURCES: readonly string[] = ${JSON.stringify(headerSources)};`,
    "",
    "/** Values the product shows that no public header or list names, with the reason. */",
    `export const UNNAMED: ReadonlyArray<{ value: number; reason: string }> = ${JSON.stringify(
      unnamed.map((u) => ({ value: u.value, reason: u.reason })),
      null,
      2,
    )};`,
    "",
    `/** ${lines.length} rows: value (8 hex digits)|name|kind (H HRESULT, W Win32, N NTSTATUS)|header|description. */`,
    `export const ROWS = \`${lines.join("\n")}\`;`,
    "",
  ].join("\n");
}
