// Used by `prisma generate` only; migrations go through src/migrate (the WebAssembly schema engine).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "../../prisma/schema.prisma",
  migrations: { path: "../../prisma/migrations" },
});
