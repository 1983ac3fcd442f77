// Every rejection explains what a valid code looks like: the message is shown
// verbatim to people pasting error text into the knowledge base.

export const MAX_INPUT_LENGTH = 1000;

const EXPECTED =
  "Expected a 32-bit code such as 0xC004F074, C004F074, 3221549172 or -1073418124, or a line of text containing one.";
const DECIMAL_RANGE = "a 32-bit code is 0 to 4294967295 (unsigned) or -2147483648 to 2147483647 (signed).";
const HEX_RANGE = "a 32-bit code has at most 8 significant hex digits (0x00000000 to 0xFFFFFFFF).";

export class CodeParseError extends Error {
  readonly input: string;

  constructor(input: string, message: string) {
    super(message);
    this.name = "CodeParseError";
    this.input = input;
  }
}

// Long pastes would make the message unreadable, so only the start is quoted.
function quote(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(shown);
}

export function notACode(input: string): CodeParseError {
  return new CodeParseError(input, `${quote(input.trim())} is not an error code. ${EXPECTED}`);
}

export function emptyInput(input: string): CodeParseError {
  return new CodeParseError(input, `The input is empty. ${EXPECTED}`);
}

export function tooLong(input: string): CodeParseError {
  return new CodeParseError(
    input,
    `The input is ${input.length} characters long; at most ${MAX_INPUT_LENGTH} are accepted. ` +
      "Paste only the line that contains the error code.",
  );
}

export function decimalOutOfRange(input: string, token: string): CodeParseError {
  return new CodeParseError(input, `${token} is out of range: ${DECIMAL_RANGE}`);
}

export function hexOutOfRange(input: string, token: string): CodeParseError {
  return new CodeParseError(input, `${token} is out of range: ${HEX_RANGE}`);
}

export function bareHexWrongLength(input: string, token: string): CodeParseError {
  return new CodeParseError(
    input,
    `${quote(token)} is not an error code: hex without a 0x prefix must have exactly 8 digits ` +
      `(write 0x${token} for a shorter code). ${EXPECTED}`,
  );
}

export function notAWholeNumber(value: number): CodeParseError {
  return new CodeParseError(
    String(value),
    `${String(value)} is not an error code: a 32-bit code is a whole number.`,
  );
}

export function notAString(value: unknown): CodeParseError {
  return new CodeParseError(
    String(value),
    `Expected the error code as text but got ${typeof value}. ${EXPECTED}`,
  );
}
