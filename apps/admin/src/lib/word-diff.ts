// Word-level differences between two texts, so a changed sentence shows which words changed rather
// than two whole paragraphs to compare by eye. Longest common subsequence over words and spaces.
export interface Piece {
  kind: "same" | "removed" | "added";
  text: string;
}

const tokens = (text: string) => text.split(/(\s+)/).filter((t) => t !== "");

export function wordDiff(before: string, after: string): Piece[] {
  const a = tokens(before);
  const b = tokens(after);
  // lengths[i][j]: longest common subsequence of a[i..] and b[j..]
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] =
        a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pieces: Piece[] = [];
  const push = (kind: Piece["kind"], text: string) => {
    const last = pieces.at(-1);
    if (last?.kind === kind) last.text += text;
    else pieces.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push("same", a[i++]!);
      j++;
    } else if (j < b.length && (i === a.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      push("added", b[j++]!);
    } else {
      push("removed", a[i++]!);
    }
  }
  return groupChanges(pieces);
}

/**
 * A rewritten sentence shares only its spaces with the old one: rather than every other word marked,
 * runs of changes joined by mere spaces become one removed and one added piece.
 */
function groupChanges(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) out.push({ kind: "removed", text: removed });
    if (added) out.push({ kind: "added", text: added });
    removed = added = "";
  };
  pieces.forEach((piece, index) => {
    const inChange = removed !== "" || added !== "";
    const next = pieces[index + 1];
    if (piece.kind === "removed") removed += piece.text;
    else if (piece.kind === "added") added += piece.text;
    else if (inChange && !piece.text.trim() && next && next.kind !== "same") {
      removed += piece.text;
      added += piece.text;
    } else {
      flush();
      out.push(piece);
    }
  });
  flush();
  return out;
}
