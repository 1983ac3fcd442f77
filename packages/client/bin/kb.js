#!/usr/bin/env node
// The `kb` command. Internal packages ship TypeScript source, so this shim registers tsx's loader and
// runs src/cli.ts as is: no build step, and the CLI always matches the client next to it.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
