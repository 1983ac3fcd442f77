// Text helpers for terminal output: wrapping with a hanging indent, and turning the API's HTML search
// highlights into terminal text.

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

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };

function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? "");
}

/** The highlight is HTML-escaped with <mark> around matches: style the matches, unescape the rest. */
export function highlightToText(html: string, mark: (text: string) => string): string {
  return html
    .split(/(<mark>.*?<\/mark>)/)
    .map((part) => (part.startsWith("<mark>") ? mark(unescapeHtml(part.slice(6, -7))) : unescapeHtml(part)))
    .join("");
}
