import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { treeRssMb } from "./children.ts";

describe("the RSS of a peer", () => {
  it("adds its node children (cluster workers) to its own", async () => {
    // A parent whose one node child holds 64 MB: the sum exceeds a bare node process by about that.
    const child = `globalThis.keep = Buffer.alloc(64 * 1024 * 1024, 1); console.log("ready"); setInterval(() => {}, 1000);`;
    const parent = spawn(
      process.execPath,
      [
        "-e",
        `const c = require("node:child_process").spawn(process.execPath, ["-e", ${JSON.stringify(child)}], { stdio: "inherit" });
        process.on("SIGTERM", () => { c.kill("SIGKILL"); process.exit(0); });
        setInterval(() => {}, 1000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const exited = new Promise((resolve) => parent.once("exit", resolve));
    try {
      await new Promise((resolve) => parent.stdout.once("data", resolve));
      expect(treeRssMb(parent.pid!)).toBeGreaterThan(64 + 60);
    } finally {
      parent.kill("SIGTERM");
      await exited;
    }
  });
});
