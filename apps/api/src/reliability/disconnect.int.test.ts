// A client that goes away mid-request (closed tab, timeout) is logged at debug, in one line, not as
// an error with its stack; the server keeps serving.
import net from "node:net";
import { createTestDb, type TestDb } from "@kb/db/testing";
import pino from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startApiServer, type ApiServer } from "../server.ts";

let db: TestDb;
let api: ApiServer;
const lines: { level: number; msg: string }[] = [];
beforeAll(async () => {
  db = await createTestDb({ seed: true });
  const logger = pino({ level: "debug" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  api = await startApiServer(
    db,
    { HOST: "127.0.0.1", PORT: 0, KB_INTROSPECTION: false, KB_MAX_BODY_BYTES: 100_000 },
    logger,
  );
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

it("logs a client that disconnects mid-body at debug, and nothing at warn or above", async () => {
  const { port } = new URL(api.url);
  const socket = net.connect(Number(port), "127.0.0.1");
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  socket.write(
    "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n" +
      '{"query": "{ errorCode(code: ',
  );
  await new Promise((r) => setTimeout(r, 100));
  socket.destroy();
  for (let i = 0; i < 50 && !lines.some((l) => l.msg === "client disconnected"); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(lines.filter((l) => l.msg === "client disconnected").map((l) => l.level)).toEqual([20]);
  expect(lines.filter((l) => l.level >= 40)).toEqual([]);
  const ok = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ errorCode(code: "0xC004F074") { code } }` }),
  });
  expect(ok.status).toBe(200);
});
