// The images this repository defines, and what each one runs: read from the Dockerfiles themselves,
// so the tests check and run exactly what `docker build` would put in the image.
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DockerfileParser, type Env, type From } from "dockerfile-ast";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export interface Stage {
  name: string | null;
  image: string;
  workdir?: string;
  user?: string;
  env: Record<string, string>;
  cmd?: string[];
  healthcheck?: string;
  /** What the stage copies from the build stage: a path of the build's /repo to one under WORKDIR. */
  copies: { from: string; to: string }[];
}

/** The stages of a Dockerfile in order, each with what it inherits from an earlier stage it builds on. */
export function readStages(dockerfile: string): Stage[] {
  const parsed = DockerfileParser.parse(readFileSync(path.join(repoRoot, dockerfile), "utf8"));
  const stages: Stage[] = [];
  for (const instruction of parsed.getInstructions()) {
    const keyword = instruction.getKeyword();
    const args = instruction.getArgumentsContent() ?? "";
    if (keyword === "FROM") {
      const from = instruction as From;
      const image = from.getImageName() ?? "";
      const base = stages.find((s) => s.name === image);
      stages.push({
        ...(base ?? { env: {}, copies: [] }),
        env: { ...base?.env },
        copies: [...(base?.copies ?? [])],
        name: from.getBuildStage(),
        image: base?.image ?? args.split(/\s+/)[0]!,
      });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`${dockerfile}: ${keyword} before FROM`);
    if (keyword === "WORKDIR") stage.workdir = args;
    if (keyword === "USER") stage.user = args;
    if (keyword === "HEALTHCHECK") stage.healthcheck = args;
    if (keyword === "CMD") stage.cmd = JSON.parse(args) as string[];
    if (keyword === "COPY") {
      const [from, to] = args.split(/\s+/).filter((a) => !a.startsWith("--"));
      if (from?.startsWith("/repo/") && to) stage.copies.push({ from: from.slice("/repo/".length), to });
    }
    if (keyword === "ENV") {
      for (const p of (instruction as Env).getProperties()) stage.env[p.getName()] = p.getValue() ?? "";
    }
  }
  return stages;
}

export interface Image {
  dockerfile: string;
  /** The stage docker builds (the last one unless a target is given). */
  target?: string;
}

/** Every image docker-compose.yml builds, keyed by service. */
export const IMAGES: Record<string, Image> = {
  migrate: { dockerfile: "apps/api/Dockerfile", target: "migrate" },
  api: { dockerfile: "apps/api/Dockerfile", target: "api" },
  portal: { dockerfile: "apps/portal/Dockerfile" },
  admin: { dockerfile: "apps/admin/Dockerfile" },
};

export function stageOf(image: Image): Stage {
  const stages = readStages(image.dockerfile);
  const stage = image.target ? stages.find((s) => s.name === image.target) : stages.at(-1);
  if (!stage) throw new Error(`${image.dockerfile} has no stage ${image.target}`);
  return stage;
}

/**
 * The image's /app, assembled in `dir` from a built checkout by the stage's COPY instructions: only
 * what the image holds, so a file the image lacks fails here too. node_modules is linked rather than
 * copied (the image's is the same install, pruned of development packages).
 */
export function assembleImage(stage: Stage, dir: string): void {
  for (const { from, to } of stage.copies) {
    const source = path.join(repoRoot, from);
    const target = path.resolve(dir, to);
    if (!existsSync(source)) throw new Error(`${from} is missing: run \`npm run build\` first.`);
    mkdirSync(path.dirname(target), { recursive: true });
    if (path.basename(from) === "node_modules") symlinkSync(source, target, "dir");
    else cpSync(source, target, { recursive: true, verbatimSymlinks: true });
  }
}
