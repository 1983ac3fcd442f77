// Synthetic bilingual entries recombined from the 30 real ones: real English/French sentence pairs, so
// that text sizes, stemming and search hit rates look like the real base at any size.
import type { Entry } from "@kb/db";

/** Codes 0xC00A0000 + i: a range no real entry uses. */
export const FIRST_SYNTHETIC = 0xc00a0000;

export const syntheticCode = (i: number) =>
  `0x${(FIRST_SYNTHETIC + i).toString(16).toUpperCase().padStart(8, "0")}`;

/** mulberry32: a small seeded generator, so that every run builds the same base. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Contexts a real article would qualify a title with, in both languages.
const QUALIFIERS: [string, string][] = [
  ["", ""],
  [" on a KMS client", " sur un client KMS"],
  [" on a KMS host", " sur un hôte KMS"],
  [" after a hardware change", " après une modification matérielle"],
  [" after an in-place upgrade", " après une mise à niveau sur place"],
  [" on Windows Server", " sur Windows Server"],
  [" in a virtual machine", " dans une machine virtuelle"],
  [" with a Multiple Activation Key", " avec une clé d’activation multiple"],
];

type Pick = <T>(list: readonly T[]) => T;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter(Boolean);
}

/** A second sentence from another entry's message, in both languages, when both split alike. */
function extraSentence(pick: Pick, seeds: Entry[]): [string, string] | null {
  const other = pick(seeds);
  const en = sentences(other.en.message);
  const fr = sentences(other.fr?.message ?? "");
  if (en.length < 2 || en.length !== fr.length) return null;
  const i = en.length - 1;
  return [en[i]!, fr[i]!];
}

export function syntheticEntry(i: number, seeds: Entry[]): Entry {
  const rand = random(i + 1);
  const pick: Pick = (list) => list[Math.floor(rand() * list.length)]!;
  const base = seeds[i % seeds.length]!;
  const [qEn, qFr] = QUALIFIERS[Math.floor(i / seeds.length) % QUALIFIERS.length]!;
  const extra = rand() < 0.5 ? extraSentence(pick, seeds) : null;
  const noted = rand() < 0.25 ? pick(seeds.filter((s) => s.en.notes)) : null;
  const types = new Set(base.activationTypes);
  if (rand() < 0.3) types.add(pick(["MAK", "KMS", "KMS_CLIENT", "KMS_HOST"] as const));
  const moreCauses = Array.from({ length: Math.floor(rand() * 3) }, () => pick(pick(seeds).causes));
  const withSteps = seeds.filter((s) => s.resolutions.some((r) => r.steps?.length));
  const moreResolutions = rand() < 0.5 ? [pick(pick(withSteps).resolutions)] : [];
  const moreReferences = rand() < 0.3 ? pick(seeds).references.slice(0, 1) : [];
  const texts = (lang: "en" | "fr", q: string, sentence: string | undefined) => {
    const t = base[lang]!;
    const note = noted?.[lang]?.notes ?? t.notes;
    return {
      title: `${t.title}${q}`,
      summary: t.summary,
      message: sentence ? `${t.message} ${sentence}` : t.message,
      ...(note && { notes: note }),
    };
  };
  return {
    code: syntheticCode(i),
    status: "PUBLISHED",
    activationTypes: [...types],
    en: texts("en", qEn, extra?.[0]),
    fr: texts("fr", qFr, extra?.[1]),
    causes: [...new Set([...base.causes, ...moreCauses])],
    resolutions: [...new Set([...base.resolutions, ...moreResolutions])],
    references: [...new Set([...base.references, ...moreReferences])],
  };
}
