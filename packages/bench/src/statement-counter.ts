// Counts the SQL statements a server sends to PostgreSQL by sitting between them on the wire: a TCP
// relay that reads the client's protocol messages and counts each simple Query ('Q') and each Execute
// ('E') of the extended protocol, i.e. every statement the server runs for the client, whatever
// library sent it. Only a separate counting instance of each peer goes through it: the measured
// instances talk to PostgreSQL directly.
import net from "node:net";

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

export class Connection {
  private pending: Buffer = Buffer.alloc(0);
  private startup = true;
  private statements = new Map<string, string>();
  private portals = new Map<string, string>();

  constructor(private readonly counter: Pick<StatementCounter, "record" | "negotiated">) {}

  feed(chunk: Buffer) {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (;;) {
      const typed = this.startup ? 0 : 1;
      if (this.pending.length < typed + 4) return;
      const length = this.pending.readInt32BE(typed) + typed;
      if (this.pending.length < length) return;
      const message = this.pending.subarray(0, length);
      this.pending = this.pending.subarray(length);
      if (this.startup) {
        // SSL/GSS negotiation requests precede the startup message; after it, messages are typed.
        const code = message.readInt32BE(4);
        if (code === SSL_REQUEST || code === GSS_REQUEST) this.counter.negotiated = true;
        else this.startup = false;
      } else this.read(String.fromCharCode(message[0]!), message.subarray(5));
    }
  }

  private read(type: string, payload: Buffer) {
    const strings = () => payload.toString("utf8").split("\0");
    if (type === "Q") this.counter.record(strings()[0]!);
    else if (type === "P") {
      const [name = "", sql = ""] = strings();
      this.statements.set(name, sql);
    } else if (type === "B") {
      const [portal = "", statement = ""] = strings();
      this.portals.set(portal, statement);
    } else if (type === "E") {
      const portal = strings()[0] ?? "";
      this.counter.record(this.statements.get(this.portals.get(portal) ?? "") ?? "?");
    }
  }
}

export class StatementCounter {
  count = 0;
  /** The statements of the current window, for the record (JSON results). */
  texts: string[] = [];
  /** An SSL or GSS request was seen: if the server accepted it, the stream could not be read. */
  negotiated = false;
  private readonly sockets = new Set<net.Socket>();
  private readonly server: net.Server;

  private constructor(private readonly target: { host: string; port: number }) {
    this.server = net.createServer((client) => this.relay(client));
  }

  static async start(target: { host: string; port: number }): Promise<StatementCounter> {
    const counter = new StatementCounter(target);
    await new Promise<void>((resolve) => counter.server.listen(0, "127.0.0.1", resolve));
    return counter;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  private relay(client: net.Socket) {
    const upstream = net.connect(this.target.port, this.target.host);
    const connection = new Connection(this);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
      socket.on("error", () => (socket === client ? upstream : client).destroy());
    }
    client.on("data", (chunk: Buffer) => connection.feed(chunk));
    client.pipe(upstream).pipe(client);
  }

  record(sql: string) {
    this.count++;
    if (this.texts.length < 200) this.texts.push(sql.replace(/\s+/g, " ").trim().slice(0, 240));
  }

  reset() {
    this.count = 0;
    this.texts = [];
  }

  async close(): Promise<void> {
    this.sockets.forEach((s) => s.destroy());
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
