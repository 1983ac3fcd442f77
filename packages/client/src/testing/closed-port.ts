// For tests of "the API is down": a port that was free a moment ago, so nothing listens there (a fixed
// port such as 9 may be in use on some machine).
import { createServer } from "node:net";

export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}
