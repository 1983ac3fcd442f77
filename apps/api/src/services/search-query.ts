// What a search box receives, read the way a person means it: the codes in a pasted text (hex, signed
// or unsigned decimal, bare 8-digit hex, hr=…), a code fragment, and the words that remain, with
// program names taken without their extension ("slmgr.vbs" and "slmgr" are the same command).
import { tryParseCode } from "@kb/codes";

export interface SearchQuery {
  /** Canonical codes found in the text, each once, in the order they appear. */
  codes: string[];
  /** A lone fragment of a code ("F074", "0x8007"), upper-case, without 0x. */
  fragment: string | null;
  /** The words to search in the texts ("" when the query was codes only). */
  words: string;
}

const PROGRAM = /([\p{L}\p{N}_-])\.(?:vbs|exe|cmd|bat|ps1|msc|cpl|wsf|msi)(?![\p{L}\p{N}_])/giu;
// Around a token: punctuation a paste carries ("(0xC004F074),", "'slmgr'").
const EDGES = /^[\s"'“”‘’«»()[\]{}<>,;:.!?]+|[\s"'“”‘’«»()[\]{}<>,;:.!?]+$/gu;

/** The code a single token stands for, or null: forms only a code takes, never a plain number. */
function tokenCode(token: string): string | null {
  const value = token.includes("=") ? token.slice(token.lastIndexOf("=") + 1) : token;
  const looksLikeCode =
    /^0x[0-9a-f]{1,8}$/i.test(value) ||
    /^-\d{6,10}$/.test(value) || // a signed HRESULT ("-1073418124"), not "-5" or a NOT operator
    /^\d{10}$/.test(value) ||
    (/^[0-9a-f]{8}$/i.test(value) && (/[a-f]/i.test(value) || value.startsWith("8")));
  return looksLikeCode ? (tryParseCode(value)?.hex ?? null) : null;
}

export function parseSearchQuery(query: string): SearchQuery {
  const q = query.replace(/\u2212/g, "-").trim();
  const fragment = /^(?:0x)?([0-9a-f]{3,7})$/i.exec(q);
  if (fragment) return { codes: [], fragment: fragment[1]!.toUpperCase(), words: q };
  const codes: string[] = [];
  const words: string[] = [];
  for (const raw of q.split(/\s+/)) {
    const code = tokenCode(raw.replace(EDGES, ""));
    if (code) {
      if (!codes.includes(code)) codes.push(code);
    } else {
      words.push(raw);
    }
  }
  return { codes, fragment: null, words: words.join(" ").replace(PROGRAM, "$1").trim() };
}

/** The plain words of a query that a vocabulary can correct (no operators, numbers or codes). */
export function correctableWords(words: string): string[] {
  return words
    .split(/\s+/)
    .map((w) => w.replace(EDGES, ""))
    .filter((w) => /^\p{L}{3,40}$/u.test(w) && w.toLowerCase() !== "or");
}
