// A search snippet as structured segments, so that no client parses HTML: the separators the search
// text uses for "." in program names and for "<" ">" become those characters again, each line or
// fragment appears once, and the HTML form (for older clients) is escaped from the segments.
import { MARK_START, MARK_STOP } from "@kb/db";

export interface HighlightSegment {
  text: string;
  marked: boolean;
}

const SEPARATOR = " … ";

export function toSegments(headline: string | null): HighlightSegment[] {
  if (!headline) return [];
  const text = headline.replaceAll("\u0001", ".").replaceAll("\u0002", "<").replaceAll("\u0003", ">");
  // Lines (newlines in the document) and fragments (ts_headline's delimiter), each kept once.
  const seen = new Set<string>();
  const parts = text
    .split(/\s*(?:\n|…)\s*/)
    .map((p) => p.trim())
    .filter((p) => {
      const plain = p.replaceAll(MARK_START, "").replaceAll(MARK_STOP, "");
      if (!plain || seen.has(plain)) return false;
      seen.add(plain);
      return true;
    });
  const segments: HighlightSegment[] = [];
  const push = (piece: string, marked: boolean) => {
    if (!piece) return;
    const last = segments.at(-1);
    if (last && last.marked === marked) last.text += piece;
    else segments.push({ text: piece, marked });
  };
  parts
    .join(SEPARATOR)
    .split(MARK_START)
    .forEach((chunk, i) => {
      if (i === 0) return push(chunk, false);
      const stop = chunk.indexOf(MARK_STOP);
      if (stop < 0) return push(chunk, true);
      push(chunk.slice(0, stop), true);
      push(chunk.slice(stop + 1), false);
    });
  // A passage starts and ends on words: give back the bracket of a placeholder it cut off.
  const all = segments.map((s) => s.text).join("");
  if (/^[\p{L}\p{N}_ ]+>/u.test(all)) segments.unshift({ text: "<", marked: false });
  if (/<[\p{L}\p{N}_ ]+$/u.test(all)) push(">", false);
  return segments;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The segments as escaped HTML with the matches in <mark> (the `highlight` field). */
export function toHtml(segments: HighlightSegment[]): string | null {
  if (segments.length === 0) return null;
  return segments.map((s) => (s.marked ? `<mark>${escape(s.text)}</mark>` : escape(s.text))).join("");
}
