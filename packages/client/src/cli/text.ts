// Text helpers for terminal output: wrapping with a hanging indent, and the API's search snippets
// (structured segments: nothing to unescape) as terminal text.

// Styled words carry ANSI escapes, which take no room on screen.
// eslint-disable-next-line no-control-regex -- matching the ESC character is the point
const ANSI = /\x1b\[[0-9;]*m/g;
const visible = (text: string) => text.replace(ANSI, "").length;

/** Indents `text` and, when a width is known, wraps it so continuation lines keep the indent. */
export function block(text: string, indent: string, width: number | undefined, firstIndent = indent): string {
  if (width === undefined || width < 40) return firstIndent + text;
  const lines: string[] = [];
  let line = firstIndent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const prefix = lines.length === 0 ? firstIndent : indent;
    if (line.length > prefix.length && visible(line) + 1 + visible(word) > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (line.length > prefix.length ? " " : "") + word;
    }
  }
  lines.push(line);
  return lines.join("\n");
}

/** A search snippet's segments as terminal text, the matched words styled. */
export function segmentsToText(
  segments: readonly { text: string; marked: boolean }[],
  mark: (text: string) => string,
): string {
  return segments.map((s) => (s.marked ? mark(s.text) : s.text)).join("");
}
