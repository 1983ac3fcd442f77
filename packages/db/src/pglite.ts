// The embedded engine, loaded only when it is used: importing PGlite and its adapter costs about 50 MB
// of memory, which a process on the PostgreSQL server never needs. require() keeps createDb synchronous;
// the CommonJS builds are the same code as the ES modules.
import { createRequire } from "node:module";
import type * as PgliteModule from "@electric-sql/pglite";
import type * as TrgmModule from "@electric-sql/pglite/contrib/pg_trgm";
import type * as UnaccentModule from "@electric-sql/pglite/contrib/unaccent";
import type * as AdapterModule from "pglite-prisma-adapter";

const require = createRequire(import.meta.url);

/** A PGlite instance with the extensions the migrations create (pg_trgm, unaccent). */
export function openPglite(dataDir: string, options: { loadDataDir?: Blob } = {}): PgliteModule.PGlite {
  const { PGlite } = require("@electric-sql/pglite") as typeof PgliteModule;
  const { pg_trgm } = require("@electric-sql/pglite/contrib/pg_trgm") as typeof TrgmModule;
  const { unaccent } = require("@electric-sql/pglite/contrib/unaccent") as typeof UnaccentModule;
  return new PGlite(dataDir, { extensions: { pg_trgm, unaccent }, ...options });
}

/** Prisma's driver adapter over a PGlite instance. */
export function pgliteAdapter(pglite: PgliteModule.PGlite): AdapterModule.PrismaPGlite {
  const { PrismaPGlite } = require("pglite-prisma-adapter") as typeof AdapterModule;
  return new PrismaPGlite(pglite);
}
