// Contrib modules the migrations CREATE EXTENSION; PGlite only knows the ones passed at start.
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

export const pgliteExtensions = { pg_trgm, unaccent };
