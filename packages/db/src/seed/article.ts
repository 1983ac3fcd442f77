// Reads the source article (prisma/seed/article.en-fr.txt, French and English interleaved sentence by
// sentence) so that tests can hold the seeded data against it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../client.ts";

export const articlePath = path.join(repoRoot, "prisma", "seed", "article.en-fr.txt");

export interface Article {
  text: string;
  /** Per code (canonical), the French and English headings without the code. */
  headings: Map<string, { fr: string; en: string }>;
  /** Per code, the activation types of the summary table, in order. */
  activationTypes: Map<string, string[]>;
}

const canonical = (code: string) => `0x${code.slice(2).toUpperCase()}`;
const TYPE_SUFFIXES: [string, string][] = [
  ["Client KMSKMS client", "KMS_CLIENT"],
  ["Hôte KMSKMS host", "KMS_HOST"],
  ["MAKMAK", "MAK"],
  ["KMSKMS", "KMS"],
];

export function readArticle(): Article {
  const text = readFileSync(articlePath, "utf8");
  const lines = text.split("\n");
  const headings = new Map<string, { fr: string; en: string }>();
  for (const line of lines) {
    const m = /^(0x[0-9A-Fa-f]{8}) ?(.+)\1 (.+)$/.exec(line);
    if (m) headings.set(canonical(m[1]!), { fr: m[2]!.trim(), en: m[3]!.trim() });
  }
  const activationTypes = new Map<string, string[]>();
  const table = lines.slice(
    lines.findIndex((l) => l.startsWith("Error codeError code")) + 1,
    lines.findIndex((l) => l.startsWith("Causes et solutions")),
  );
  let current: string[] | undefined;
  for (const line of table) {
    const code = /^(0x[0-9A-Fa-f]{8})\1/.exec(line);
    if (code) activationTypes.set(canonical(code[1]!), (current = []));
    const type = TYPE_SUFFIXES.find(([suffix]) => line.trimEnd().endsWith(suffix));
    if (type && current) current.push(type[1]);
  }
  return { text, headings, activationTypes };
}

/** Splits a text into sentences the way the article interleaves them. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.])\s+(?=[A-ZÀ-ÖÉ«"(])/u).filter(Boolean);
}
