// The Dockerfiles, linted by dockerfile-utils (the validator behind VS Code's Docker support) and held
// to the rules of this project: node:20-slim, a non-root user, a healthcheck, exec-form commands.
import { readFileSync } from "node:fs";
import path from "node:path";
import { validate } from "dockerfile-utils";
import { describe, expect, it } from "vitest";
import { IMAGES, readStages, repoRoot, stageOf } from "./images.ts";

const dockerfiles = [...new Set(Object.values(IMAGES).map((i) => i.dockerfile))];

describe.each(dockerfiles)("%s", (dockerfile) => {
  const content = readFileSync(path.join(repoRoot, dockerfile), "utf8");

  it("has no lint problem (errors or warnings)", () => {
    const problems = validate(content).map(
      (d) =>
        `${dockerfile}:${d.range.start.line + 1} ${d.severity === 1 ? "error" : "warning"}: ${d.message}`,
    );
    expect(problems).toEqual([]);
  });

  it("builds in more than one stage, from node:20-slim", () => {
    const stages = readStages(dockerfile);
    expect(stages.length).toBeGreaterThan(1);
    for (const stage of stages) expect(stage.image).toBe("node:20-slim");
  });
});

describe.each(Object.entries(IMAGES))("the %s image", (_service, image) => {
  const stage = stageOf(image);

  it("runs as a user other than root, in production mode, with an exec-form command", () => {
    expect(stage.user).toBeDefined();
    expect(["root", "0"]).not.toContain(stage.user);
    expect(stage.env.NODE_ENV).toBe("production");
    expect(stage.workdir).toBe("/app");
    expect(stage.cmd?.[0]).toBe("node");
  });

  it("has a healthcheck unless it is a one-shot job", () => {
    if (image.target === "migrate") return expect(stage.healthcheck).toBeUndefined();
    expect(stage.healthcheck).toMatch(/\/healthz/);
  });
});

it("fails on a broken Dockerfile (the lint can fail)", () => {
  expect(validate("FROM node:20-slim\nRUNN npm ci\nCMD ['node']\n").length).toBeGreaterThan(0);
});
