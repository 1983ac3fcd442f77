// Known codes whose number is close to what was typed: edit distance on the hexadecimal digits, so a
// dropped digit (0xC004F07), a doubled one (0xC004F0074) or a swapped pair finds the code meant.
const MAX_DISTANCE = 2;

/** The hex digits of what was typed, without 0x or spacing; null when it is no hexadecimal number. */
export function hexDigits(input: string): string | null {
  const text = input
    .trim()
    .replace(/^0x/i, "")
    .replace(/[\s_-]/g, "")
    .toUpperCase();
  return /^[0-9A-F]{1,16}$/.test(text) ? text : null;
}

/** Edits (insert, delete, replace, swap two neighbours) turning a into b: optimal string alignment. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Up to `limit` canonical codes (0xC004F074) nearest to the input, closest first; the input itself excluded. */
export function nearestCodes(input: string, known: readonly string[], limit = 3): string[] {
  const digits = hexDigits(input);
  if (!digits) return [];
  return known
    .map((code) => {
      const own = code.slice(2).toUpperCase();
      // Leading zeros are not typed (0x8007000E, 8007000E); compare without them too.
      const d = Math.min(distance(digits, own), distance(digits.replace(/^0+/, ""), own.replace(/^0+/, "")));
      return { code, d };
    })
    .filter(
      ({ code, d }) => d > 0 && d <= MAX_DISTANCE && code.slice(2).toUpperCase() !== digits.padStart(8, "0"),
    )
    .sort((a, b) => a.d - b.d || a.code.localeCompare(b.code))
    .slice(0, limit)
    .map(({ code }) => code);
}
