// Prisma's WebAssembly schema engine, driven through a driver adapter: the native engine the Prisma CLI
// would download cannot be fetched on these machines, and this one needs no download at all.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type * as EngineModuleType from "@prisma/schema-engine-wasm";
import type { SchemaEngine as Engine } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { openPglite, pgliteAdapter } from "../pglite.ts";

type EngineModule = typeof EngineModuleType;
let loaded: Promise<EngineModule> | undefined;

// The package is a bundler build (it imports the .wasm file as a module), so Node instantiates the
// WebAssembly itself and hands the exports to the JS glue.
async function loadEngineModule(): Promise<EngineModule> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import(gluePath)) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(gluePath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return loaded;
}

// adapter-pg runs a script by splitting it on ";", which cuts function bodies apart; a pg pool takes a
// whole multi-statement script in one simple query (and runs it atomically).
function sendScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const driver = (adapter as { underlyingDriver?: () => unknown }).underlyingDriver?.();
  if (driver instanceof pg.Pool) {
    adapter.executeScript = async (script: string) => void (await driver.query(script));
  }
  return adapter;
}

export interface OpenedEngine {
  engine: Engine;
  close(): Promise<void>;
}

/**
 * Opens the engine on the given adapter factory. Diffs that replay migrations run them on a throwaway
 * in-memory PGlite shadow database, whatever the main engine is.
 */
export async function openSchemaEngine(
  main: SqlDriverAdapterFactory,
  datamodel?: { path: string; content: string },
): Promise<OpenedEngine> {
  const mod = await loadEngineModule();
  let shadow: PGlite | undefined;
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => sendScriptsWhole(await main.connect()),
    connectToShadowDb: async () => {
      shadow = openPglite("memory://");
      return pgliteAdapter(shadow).connect();
    },
  };
  const log = (message: string) => {
    if (process.env.KB_DEBUG_SCHEMA_ENGINE) console.error("[schema-engine]", message);
  };
  const engine = await mod.SchemaEngine.new(
    { datamodels: datamodel ? [[datamodel.path, datamodel.content]] : undefined },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    async close() {
      engine.free();
      await shadow?.close();
    },
  };
}
