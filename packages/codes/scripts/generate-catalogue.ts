// Regenerates src/catalogue/catalogue-data.ts from the Windows headers of Debian's mingw-w64-common
// (`apt-get install mingw-w64-common`) and the supplement, then src/catalogue/nt-status-map-data.ts from
// RtlNtStatusToDosError's table resolved through that catalogue.
// Run by hand: `npm run generate:catalogue -w @kb/codes [-- <include dir>]`.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildCatalogue, catalogueModule } from "./catalogue-generator.ts";
import { generateNtStatusMap } from "./nt-status-map-generator.ts";
import { SUPPLEMENT } from "./supplement.ts";

export const DEFAULT_INCLUDE_DIR = "/usr/share/mingw-w64/include";
export const DATA_FILE = fileURLToPath(new URL("../src/catalogue/catalogue-data.ts", import.meta.url));
export const NT_MAP_FILE = fileURLToPath(new URL("../src/catalogue/nt-status-map-data.ts", import.meta.url));

/** The installed package's version, written into the data file so a regeneration says what it read. */
export function mingwVersion(): string {
  return execFileSync("dpkg-query", ["-W", "-f=${Version}", "mingw-w64-common"], { encoding: "utf8" }).trim();
}

/** Both data modules' texts for the headers in `includeDir`. */
export function generateAll(includeDir: string, packageVersion: string) {
  const catalogue = buildCatalogue(includeDir, SUPPLEMENT);
  const ntMap = generateNtStatusMap(catalogue);
  return { catalogue: catalogueModule(catalogue, SUPPLEMENT, packageVersion), ntMap };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const includeDir = process.argv[2] ?? DEFAULT_INCLUDE_DIR;
  const { catalogue, ntMap } = generateAll(includeDir, mingwVersion());
  writeFileSync(DATA_FILE, catalogue);
  writeFileSync(NT_MAP_FILE, ntMap.text);
  console.log(`wrote ${DATA_FILE} (${catalogue.length} bytes)`);
  console.log(`wrote ${NT_MAP_FILE} (${ntMap.text.length} bytes)`);
  if (ntMap.unresolved.length > 0) {
    console.log(
      `${ntMap.unresolved.length} code names of the NTSTATUS table are undefined: ${ntMap.unresolved.join(" ")}`,
    );
  }
}
