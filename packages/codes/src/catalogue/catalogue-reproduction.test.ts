// The checked-in data modules are exactly what the generator makes from Debian's mingw-w64-common
// headers, the supplement and the NTSTATUS table. CI installs the package (.ci/run); elsewhere the test is
// skipped and says why.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DATA_FILE,
  DEFAULT_INCLUDE_DIR,
  generateAll,
  mingwVersion,
  NT_MAP_FILE,
} from "../../scripts/generate-catalogue.ts";

const present = existsSync(`${DEFAULT_INCLUDE_DIR}/winerror.h`);
if (!present) {
  console.warn(
    `catalogue reproduction skipped: ${DEFAULT_INCLUDE_DIR} is absent (apt-get install mingw-w64-common to run it).`,
  );
}

describe("catalogue data modules", () => {
  const generated = present ? generateAll(DEFAULT_INCLUDE_DIR, mingwVersion()) : null;

  it.skipIf(!present)(
    "the catalogue is reproduced byte for byte by the generator from the installed headers",
    () => {
      const checkedIn = readFileSync(DATA_FILE, "utf8");
      expect(generated!.catalogue.length).toBe(checkedIn.length);
      expect(generated!.catalogue === checkedIn).toBe(true);
    },
  );

  it.skipIf(!present)(
    "the NTSTATUS table is reproduced byte for byte from the table and that catalogue",
    () => {
      const checkedIn = readFileSync(NT_MAP_FILE, "utf8");
      expect(generated!.ntMap.text.length).toBe(checkedIn.length);
      expect(generated!.ntMap.text === checkedIn).toBe(true);
    },
  );
});
