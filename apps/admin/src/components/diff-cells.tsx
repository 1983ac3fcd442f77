// Two table cells, before and after, with the words that changed struck out / underlined in place.
// No hooks: ChangesTable renders it on the server (history) and in the client (editor).
import { wordDiff } from "../lib/word-diff.ts";

export function DiffCells({
  before,
  after,
  empty,
}: {
  before: string | null;
  after: string | null;
  empty: string;
}) {
  const pieces = wordDiff(before ?? "", after ?? "");
  return (
    <>
      <td>
        {before === null ? (
          <em>{empty}</em>
        ) : (
          pieces.map((p, i) =>
            p.kind === "added" ? null : p.kind === "removed" ? (
              <del key={i}>{p.text}</del>
            ) : (
              <span key={i}>{p.text}</span>
            ),
          )
        )}
      </td>
      <td>
        {after === null ? (
          <em>{empty}</em>
        ) : (
          pieces.map((p, i) =>
            p.kind === "removed" ? null : p.kind === "added" ? (
              <ins key={i}>{p.text}</ins>
            ) : (
              <span key={i}>{p.text}</span>
            ),
          )
        )}
      </td>
    </>
  );
}
