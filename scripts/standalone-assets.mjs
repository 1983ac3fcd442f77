// After `next build` with output: "standalone": copies what the standalone server serves but Next
// leaves out (.next/static and public/) next to it, so .next/standalone/apps/<app>/server.js runs as is,
// in a container or from `npm start`. Run from the app's folder.
import { cpSync, existsSync } from "node:fs";
import path from "node:path";

const app = process.cwd();
const server = path.join(app, ".next", "standalone", path.relative(path.resolve(app, "../.."), app));
if (!existsSync(path.join(server, "server.js"))) {
  throw new Error(`No standalone server at ${server}: is output: "standalone" set in next.config.ts?`);
}
cpSync(path.join(app, ".next", "static"), path.join(server, ".next", "static"), { recursive: true });
if (existsSync(path.join(app, "public")))
  cpSync(path.join(app, "public"), path.join(server, "public"), { recursive: true });
