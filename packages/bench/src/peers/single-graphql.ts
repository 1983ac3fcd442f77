// PostGraphile v4 needs graphql 15 and exactly one copy of it, but this workspace installs graphql 16
// at the root (for the API) and two copies of 15 (under postgraphile and graphile-build-pg): schema
// objects made by one copy are refused by the other ("from another module or realm"). In this process
// only, every require of graphql goes to postgraphile's own copy. Import before postgraphile.
import { createRequire } from "node:module";
import Module from "node:module";
import path from "node:path";

const fromPostgraphile = createRequire(createRequire(import.meta.url).resolve("postgraphile"));
const graphqlDir = path.dirname(fromPostgraphile.resolve("graphql/package.json"));

type Resolve = (request: string, ...rest: unknown[]) => string;
const internals = Module as unknown as { _resolveFilename: Resolve };
const original = internals._resolveFilename;
internals._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  const target =
    request === "graphql"
      ? graphqlDir
      : request.startsWith("graphql/")
        ? path.join(graphqlDir, request.slice(8))
        : request;
  return original.call(this, target, ...rest);
};
