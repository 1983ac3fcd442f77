// Lets the API call the portal's /api/revalidate as in production. The API has to be told the portal's
// URL when it starts, but the portal can only start once the API's URL is known: the API is given this
// relay's URL instead, and the relay forwards to the portal once it is up.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Relay {
  url: string;
  target(url: string): void;
  /** How many calls the API made. */
  calls(): number;
  close(): Promise<void>;
}

export async function startRelay(): Promise<Relay> {
  let target: string | undefined;
  let count = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      count++;
      if (!target) return void res.writeHead(503).end();
      const headers: Record<string, string> = {};
      for (const name of ["content-type", "x-kb-revalidate-secret"]) {
        const value = req.headers[name];
        if (typeof value === "string") headers[name] = value;
      }
      fetch(target + (req.url ?? ""), { method: req.method, headers, body: Buffer.concat(chunks) })
        .then(async (answer) => res.writeHead(answer.status).end(await answer.text()))
        .catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    target: (url) => void (target = url),
    calls: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
