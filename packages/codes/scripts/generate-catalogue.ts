// Regenerates src/catalogue/catalogue-data.ts from the Windows headers of Debian's mingw-w64-common
// (`apt-get install mingw-w64-common`). Run by hand: `npm run generate:catalogue -w @kb/codes [-- <include dir>]`.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateCatalogue } from "./catalogue-generator.ts";
import { SUPPLEMENT } from "./supplement.ts";

export const DEFAULT_INCLUDE_DIR = "/usr/share/mingw-w64/include";
export const DATA_FILE = fileURLToPath(new URL("../src/catalogue/catalogue-data.ts", import.meta.url));

/** The installed package's version, written into the data file so a regeneration says what it read. */
export function mingwVersion(): string {
  return execFileSync("dpkg-query", ["-W", "-f=${Version}", "mingw-w64-common"], { encoding: "utf8" }).trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const includeDir = process.argv[2] ?? DEFAULT_INCLUDE_DIR;
  const text = generateCatalogue(includeDir, SUPPLEMENT, mingwVersion());
  writeFileSync(DATA_FILE, text);
  console.log(`wrote ${DATA_FILE} (${text.length} bytes)`);
}
