// ANSI styling that collapses to plain text when colors are off, so formatters never test the flag.

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  code(text: string): string;
  command(text: string): string;
  mark(text: string): string;
  warn(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;

export function createStyle(color: boolean): Style {
  if (!color) {
    const plain = (text: string) => text;
    return { bold: plain, dim: plain, code: plain, command: plain, mark: plain, warn: plain };
  }
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    code: sgr(36, 39),
    command: sgr(32, 39),
    mark: (text) => sgr(1, 22)(sgr(33, 39)(text)),
    warn: sgr(33, 39),
  };
}
