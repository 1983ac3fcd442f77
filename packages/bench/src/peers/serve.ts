// What every peer process shares: a plain node:http server on 127.0.0.1:$PORT with /healthz, JSON
// bodies read like the API reads them, and a clean exit on SIGTERM.
import http, { type IncomingMessage, type ServerResponse } from "node:http";

export type Handler = (req: IncomingMessage, body: Buffer, res: ServerResponse) => Promise<void> | void;
/** A handler that reads the request itself (PostGraphile parses its own bodies). */
export type RawHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, body: string | Buffer) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(body);
}

/** Starts the server; `close` runs on SIGTERM/SIGINT before the process exits. */
export function serve(handler: Handler, close?: () => Promise<void>): http.Server {
  return serveRaw(async (req, res) => handler(req, await readBody(req), res), close);
}

export function serveRaw(handler: RawHandler, close: () => Promise<void> = async () => {}): http.Server {
  const port = Number(process.env.PORT);
  const server = http.createServer((req, res) => {
    if (req.url === "/healthz") return sendJson(res, 200, '{"status":"ok"}');
    handler(req, res).catch((error: Error) => {
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, JSON.stringify({ errors: [{ message: error.message }] }));
      else res.end();
    });
  });
  // The same keep-alive as the API, so that no peer pays for reconnections the others do not.
  server.keepAliveTimeout = 65_000;
  server.listen(port, "127.0.0.1");
  const stop = () => {
    server.close();
    server.closeAllConnections();
    // A pool that will not end must not keep the process alive: the bench waits for the exit.
    setTimeout(() => process.exit(0), 2000).unref();
    void close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  return server;
}
