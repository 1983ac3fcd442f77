// Unsaved edits survive a reload, a crash or a closed tab: the form is kept in this browser's
// localStorage, per entry and per version it was based on, until it is saved or discarded. Nothing
// leaves the browser; a storage that is full or disabled only means no recovery.
import { upgradeForm, type EntryForm, type Source } from "./form-model.ts";

const PREFIX = "kb-admin:unsaved:";

export interface KeptEdits {
  code: string;
  /** The version the edits were made on, and its source: restoring on a newer version merges. */
  version: number;
  base: Source;
  form: EntryForm;
  keptAt: string;
}

const keyOf = (code: string, version: number) => `${PREFIX}${code}@${version}`;

function keysOf(code: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(`${PREFIX}${code}@`)) keys.push(key);
  }
  return keys;
}

export function keepEdits(edits: Omit<KeptEdits, "keptAt">): void {
  try {
    const key = keyOf(edits.code, edits.version);
    for (const old of keysOf(edits.code)) if (old !== key) localStorage.removeItem(old);
    localStorage.setItem(key, JSON.stringify({ ...edits, keptAt: new Date().toISOString() }));
  } catch {
    // Quota or privacy mode: recovery is a convenience.
  }
}

/** The newest edits kept for this entry, whatever version they were based on. */
export function findEdits(code: string): KeptEdits | null {
  try {
    const found = keysOf(code)
      .map((key) => JSON.parse(localStorage.getItem(key) ?? "null") as KeptEdits | null)
      .filter((e): e is KeptEdits => !!e?.form && typeof e.version === "number")
      .sort((a, b) => b.keptAt.localeCompare(a.keptAt));
    // Kept by an older admin, the form may lack fields added since.
    return found[0] ? { ...found[0], form: upgradeForm(found[0].form) } : null;
  } catch {
    return null;
  }
}

export function forgetEdits(code: string): void {
  try {
    for (const key of keysOf(code)) localStorage.removeItem(key);
  } catch {
    // See keepEdits.
  }
}
