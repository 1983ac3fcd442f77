// Evaluates the right-hand side of a C `#define` the way the preprocessor and compiler would for the
// integer constants of the Windows error headers: macros (object- and function-like) are expanded,
// casts such as (HRESULT) or (unsigned __LONG32) are dropped, and the arithmetic is done on 64-bit
// integers then read as an unsigned 32-bit value. Anything else (strings, unknown names, function
// calls) makes the definition "not a constant", which is how non-codes are left out.

export interface Macro {
  params: string[] | null;
  body: string;
}

type Token = { kind: "num"; value: bigint } | { kind: "id"; value: string } | { kind: "op"; value: string };

const OPERATORS = ["<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "##", ..."+-*/%&|^~!?:(),<>#"];

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const number = /^(0x[0-9a-f]+|\d+)[ul]*/i.exec(text.slice(i));
    if (number) {
      const digits = number[1]!;
      // A leading 0 means octal in C; the headers only use it for 0 itself.
      if (/^0\d/.test(digits)) {
        tokens.push({ kind: "num", value: BigInt(`0o${digits.slice(1)}`) });
      } else tokens.push({ kind: "num", value: BigInt(digits) });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_]\w*/.exec(text.slice(i));
    if (word) {
      tokens.push({ kind: "id", value: word[0] });
      i += word[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (!op) return null;
    tokens.push({ kind: "op", value: op });
    i += op.length;
  }
  return tokens;
}

/** Builtins whose real definitions live in headers this tool does not read (_mingw_mac.h, ...). */
const BUILTINS: Record<string, Macro> = {
  __MSABI_LONG: { params: ["x"], body: "x" },
  _HRESULT_TYPEDEF_: { params: ["x"], body: "x" },
  _NDIS_ERROR_TYPEDEF_: { params: ["x"], body: "x" },
};

const MAX_DEPTH = 64;

function expand(
  tokens: Token[],
  macros: ReadonlyMap<string, Macro>,
  active: Set<string>,
  depth: number,
): Token[] | null {
  if (depth > MAX_DEPTH) return null;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "id" || active.has(token.value)) {
      out.push(token);
      continue;
    }
    const macro = BUILTINS[token.value] ?? macros.get(token.value);
    if (!macro) {
      out.push(token);
      continue;
    }
    let body = tokenize(macro.body);
    if (!body) return null;
    if (macro.params) {
      const open = tokens[i + 1];
      if (!open || open.kind !== "op" || open.value !== "(") {
        out.push(token);
        continue;
      }
      const args: Token[][] = [[]];
      let level = 0;
      let j = i + 2;
      for (; j < tokens.length; j++) {
        const t = tokens[j]!;
        if (t.kind === "op" && t.value === "(") level++;
        if (t.kind === "op" && t.value === ")") {
          if (level === 0) break;
          level--;
        }
        if (t.kind === "op" && t.value === "," && level === 0) args.push([]);
        else args.at(-1)!.push(t);
      }
      if (j >= tokens.length) return null;
      const params = macro.params;
      body = body.flatMap((t) => {
        const index = t.kind === "id" ? params.indexOf(t.value) : -1;
        return index >= 0
          ? [{ kind: "op", value: "(" } as Token, ...(args[index] ?? []), { kind: "op", value: ")" } as Token]
          : [t];
      });
      i = j;
    }
    const inner = new Set(active).add(token.value);
    const expanded = expand(body, macros, inner, depth + 1);
    if (!expanded) return null;
    out.push(...expanded);
  }
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): bigint | null {
    const value = this.ternary();
    return value !== null && this.pos === this.tokens.length ? value : null;
  }

  private peek(value: string): boolean {
    const t = this.tokens[this.pos];
    return t?.kind === "op" && t.value === value;
  }

  private take(value: string): boolean {
    if (!this.peek(value)) return false;
    this.pos++;
    return true;
  }

  private ternary(): bigint | null {
    const condition = this.binary(0);
    if (condition === null || !this.take("?")) return condition;
    const yes = this.ternary();
    if (yes === null || !this.take(":")) return null;
    const no = this.ternary();
    return no === null ? null : condition !== 0n ? yes : no;
  }

  private static readonly LEVELS: string[][] = [
    ["||"],
    ["&&"],
    ["|"],
    ["^"],
    ["&"],
    ["==", "!="],
    ["<", ">", "<=", ">="],
    ["<<", ">>"],
    ["+", "-"],
    ["*", "/", "%"],
  ];

  private binary(level: number): bigint | null {
    if (level >= Parser.LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    while (left !== null) {
      const op = Parser.LEVELS[level]!.find((o) => this.peek(o));
      if (!op) break;
      this.pos++;
      const right = this.binary(level + 1);
      if (right === null) return null;
      left = apply(op, left, right);
    }
    return left;
  }

  private unary(): bigint | null {
    if (this.take("-")) return negate(this.unary());
    if (this.take("+")) return this.unary();
    if (this.take("~")) {
      const v = this.unary();
      return v === null ? null : ~v & 0xffffffffn;
    }
    if (this.take("!")) {
      const v = this.unary();
      return v === null ? null : v === 0n ? 1n : 0n;
    }
    return this.primary();
  }

  private primary(): bigint | null {
    const token = this.tokens[this.pos];
    if (!token) return null;
    if (token.kind === "num") {
      this.pos++;
      return token.value;
    }
    if (token.kind === "op" && token.value === "(") {
      // A parenthesised run of bare names followed by an operand is a cast: (HRESULT), (unsigned __LONG32).
      let end = this.pos + 1;
      while (this.tokens[end]?.kind === "id") end++;
      const close = this.tokens[end];
      if (end > this.pos + 1 && close?.kind === "op" && close.value === ")") {
        this.pos = end + 1;
        return this.unary();
      }
      this.pos++;
      const value = this.ternary();
      return value !== null && this.take(")") ? value : null;
    }
    return null;
  }
}

function negate(v: bigint | null): bigint | null {
  return v === null ? null : -v;
}

function apply(op: string, a: bigint, b: bigint): bigint | null {
  switch (op) {
    case "||":
      return a !== 0n || b !== 0n ? 1n : 0n;
    case "&&":
      return a !== 0n && b !== 0n ? 1n : 0n;
    case "|":
      return a | b;
    case "^":
      return a ^ b;
    case "&":
      return a & b;
    case "==":
      return a === b ? 1n : 0n;
    case "!=":
      return a !== b ? 1n : 0n;
    case "<":
      return a < b ? 1n : 0n;
    case ">":
      return a > b ? 1n : 0n;
    case "<=":
      return a <= b ? 1n : 0n;
    case ">=":
      return a >= b ? 1n : 0n;
    case "<<":
      return (a << b) & 0xffffffffn;
    case ">>":
      return (a & 0xffffffffn) >> b;
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0n ? null : a / b;
    case "%":
      return b === 0n ? null : a % b;
    default:
      return null;
  }
}

/** The unsigned 32-bit value of a #define body, or null when it is not an integer constant. */
export function evaluate(body: string, macros: ReadonlyMap<string, Macro>): number | null {
  const tokens = tokenize(body);
  if (!tokens || tokens.length === 0) return null;
  const expanded = expand(tokens, macros, new Set(), 0);
  if (!expanded || expanded.some((t) => t.kind === "op" && (t.value === "#" || t.value === "##")))
    return null;
  const value = new Parser(expanded).parse();
  if (value === null) return null;
  // Beyond 32 bits (either sign) is not an error code: those are 64-bit masks or sizes.
  if (value < -0x80000000n || value > 0xffffffffn) return null;
  return Number(BigInt.asUintN(32, value));
}
