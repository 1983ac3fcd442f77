import { describe, expect, it } from "vitest";
import { Connection } from "./statement-counter.ts";

function message(type: string, ...strings: string[]): Buffer {
  const payload = Buffer.from(strings.map((s) => `${s}\0`).join(""));
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(payload.length + 4, 1);
  return Buffer.concat([head, payload]);
}

function startup(): Buffer {
  const body = Buffer.from("user\0postgres\0\0");
  const head = Buffer.alloc(8);
  head.writeInt32BE(body.length + 8, 0);
  head.writeInt32BE(196608, 4);
  return Buffer.concat([head, body]);
}

describe("the wire-protocol statement counter", () => {
  it("counts simple queries and executes, with their SQL, across split chunks", () => {
    const seen: string[] = [];
    const sink = { negotiated: false, record: (sql: string) => void seen.push(sql) };
    const connection = new Connection(sink);
    const stream = Buffer.concat([
      startup(),
      message("Q", "BEGIN"),
      message("P", "", "SELECT $1"),
      message("B", "", ""),
      message("D", "P", ""),
      message("E", "", "\0\0\0\0"),
      message("S"),
      message("P", "named", "SELECT 2"),
      message("B", "portal", "named"),
      message("E", "portal"),
      message("Q", "COMMIT"),
    ]);
    // Byte by byte: the parser must not depend on how TCP cuts the stream.
    for (let i = 0; i < stream.length; i++) connection.feed(stream.subarray(i, i + 1));
    expect(seen).toEqual(["BEGIN", "SELECT $1", "SELECT 2", "COMMIT"]);
    expect(sink.negotiated).toBe(false);
  });

  it("notes an SSL request, which would make the stream unreadable", () => {
    const sink = { negotiated: false, record: () => {} };
    const ssl = Buffer.alloc(8);
    ssl.writeInt32BE(8, 0);
    ssl.writeInt32BE(80877103, 4);
    new Connection(sink).feed(ssl);
    expect(sink.negotiated).toBe(true);
  });
});
