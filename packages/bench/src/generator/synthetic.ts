// Synthetic bilingual entries recombined from the 30 real ones: real English/French sentence pairs, so
// that text sizes and stemming look like the real base at any size. Word frequencies follow a Zipf law
// rather than a uniform mix: codes come in families (the facility of a real code range), each family
// favours its own few base entries (rank r drawn with weight 1/r over a family-specific order) and has
// its own vocabulary of component names, drawn the same way, so a frequent word matches many codes and
// a rare one few, as in a real corpus.
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

/** Code families: each has its own components (the same words in both languages: product names). */
export const FAMILIES: readonly (readonly string[])[] = [
  [
    "Volume Activation Services",
    "VAMT",
    "Active Directory",
    "ADBA",
    "domain controller",
    "forest",
    "schema master",
    "LDAP",
    "Kerberos",
    "group policy",
  ],
  [
    "Office",
    "Click-to-Run",
    "ospp.vbs",
    "Microsoft 365 Apps",
    "Visio",
    "Project",
    "Access Runtime",
    "Outlook",
    "licensing token",
    "subscription",
  ],
  [
    "Hyper-V",
    "AVMA",
    "guest",
    "virtual switch",
    "checkpoint",
    "Azure Stack HCI",
    "integration services",
    "VHDX",
    "clone",
    "sysprep",
  ],
  [
    "Windows Update",
    "WSUS",
    "servicing stack",
    "feature update",
    "cumulative update",
    "DISM",
    "component store",
    "CBS",
    "rollback",
    "in-place upgrade",
  ],
  [
    "Azure",
    "Azure Virtual Desktop",
    "Entra ID",
    "Intune",
    "Autopilot",
    "tenant",
    "device enrollment",
    "conditional access",
    "MDM",
    "compliance policy",
  ],
  [
    "Windows Server",
    "Datacenter",
    "Standard",
    "Essentials",
    "Server Core",
    "evaluation",
    "edition upgrade",
    "cluster",
    "failover",
    "Nano",
  ],
  [
    "proxy",
    "TLS",
    "certificate",
    "WinHTTP",
    "firewall rule",
    "port 1688",
    "SRV record",
    "DNS suffix",
    "NAT",
    "VPN",
  ],
  [
    "Education",
    "Enterprise LTSC",
    "IoT Enterprise",
    "Pro for Workstations",
    "multi-session",
    "Home",
    "N edition",
    "KN edition",
    "China edition",
    "Team",
  ],
];

/** An index in 0..n-1, rank r with weight 1/(r+1) (Zipf, s = 1). */
function zipfIndex(rand: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1))) - 1);
}

/** A fixed order of 0..n-1 per family (seeded), so that each family favours different entries. */
function familyOrder(family: number, n: number): number[] {
  const rand = random(1000 + family);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
const orders = new Map<string, number[]>();

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
  const family = i % FAMILIES.length;
  const key = `${family}/${seeds.length}`;
  if (!orders.has(key)) orders.set(key, familyOrder(family, seeds.length));
  // The first 30 codes still cover every real entry once; then each family's Zipf choice.
  const base = seeds[i < seeds.length ? i : orders.get(key)![zipfIndex(rand, seeds.length)]!]!;
  const [qEn, qFr] = QUALIFIERS[zipfIndex(rand, QUALIFIERS.length)]!;
  const terms = FAMILIES[family]!;
  const component = terms[zipfIndex(rand, terms.length)]!;
  const also = terms[zipfIndex(rand, terms.length)]!;
  const extra = rand() < 0.5 ? extraSentence(pick, seeds) : null;
  const noted = rand() < 0.25 ? pick(seeds.filter((s) => s.en.notes)) : null;
  const types = new Set(base.activationTypes);
  if (rand() < 0.3) types.add(pick(["MAK", "KMS", "KMS_CLIENT", "KMS_HOST"] as const));
  const moreCauses = Array.from({ length: Math.floor(rand() * 3) }, () => pick(pick(seeds).causes));
  const withSteps = seeds.filter((s) => s.resolutions.some((r) => r.steps?.length));
  const moreResolutions = rand() < 0.5 ? [pick(pick(withSteps).resolutions)] : [];
  const moreReferences = rand() < 0.3 ? pick(seeds).references.slice(0, 1) : [];
  const texts = (lang: "en" | "fr", q: string, sentence: string | undefined) => {
    // Seed entries are complete in both languages (completeEntriesSchema).
    const t = base[lang] as Entry["en"];
    const note = noted?.[lang]?.notes ?? t.notes;
    const seen =
      lang === "en" ? ` Seen with ${component} and ${also}.` : ` Constaté avec ${component} et ${also}.`;
    return {
      title: `${t.title}${q} (${component})`,
      summary: t.summary,
      message: `${sentence ? `${t.message} ${sentence}` : t.message}${seen}`,
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
