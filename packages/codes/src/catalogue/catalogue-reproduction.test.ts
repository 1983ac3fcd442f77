// The checked-in data module is exactly what the generator makes from Debian's mingw-w64-common
// headers. CI installs the package (.ci/run); elsewhere the test is skipped and says why.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateCatalogue } from "../../scripts/catalogue-generator.ts";
import { DATA_FILE, DEFAULT_INCLUDE_DIR, mingwVersion } from "../../scripts/generate-catalogue.ts";
import { SUPPLEMENT } from "../../scripts/supplement.ts";

const present = existsSync(`${DEFAULT_INCLUDE_DIR}/winerror.h`);
if (!present) {
  console.warn(
    `catalogue reproduction skipped: ${DEFAULT_INCLUDE_DIR} is absent (apt-get install mingw-w64-common to run it).`,
  );
}

describe("catalogue data module", () => {
  it.skipIf(!present)("is reproduced byte for byte by the generator from the installed headers", () => {
    const generated = generateCatalogue(DEFAULT_INCLUDE_DIR, SUPPLEMENT, mingwVersion());
    const checkedIn = readFileSync(DATA_FILE, "utf8");
    expect(generated.length).toBe(checkedIn.length);
    expect(generated === checkedIn).toBe(true);
  });
});
