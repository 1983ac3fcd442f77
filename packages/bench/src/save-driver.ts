// Q4 under load: every request saves a whole entry with the version it has now. Each connection takes
// the next entry nobody is saving (so that concurrent saves never conflict), and reads the new version
// from the answer. Versions are read again from the database before each load.
import type { Request } from "autocannon";
import type { Entry } from "@kb/db";
import type pg from "pg";
import { JSON_HEADERS } from "./load.ts";
import { saveBody } from "./operations.ts";

type Input = Omit<Entry, "version" | "status">;

export class SaveDriver {
  private versions = new Map<string, number>();
  private busy = new Set<string>();
  private next = 0;
  conflicts = 0;

  constructor(private readonly inputs: Input[]) {}

  /** Current versions from the database; anything still in flight from a previous load is forgotten. */
  async refresh(db: pg.Client): Promise<void> {
    const res = await db.query<{ code: string; version: number }>(
      `SELECT "code", "version" FROM "ErrorCode" WHERE "code" = ANY($1)`,
      [this.inputs.map((i) => i.code)],
    );
    this.versions = new Map(res.rows.map((r) => [r.code, r.version]));
    this.busy.clear();
  }

  /** The body of one save of the next free entry (marked busy until its answer is read). */
  take(): { code: string; body: string } {
    for (let tries = 0; tries < this.inputs.length; tries++) {
      const input = this.inputs[this.next++ % this.inputs.length]!;
      if (this.busy.has(input.code)) continue;
      this.busy.add(input.code);
      return { code: input.code, body: saveBody(input, this.versions.get(input.code) ?? 1) };
    }
    throw new Error("more concurrent saves than entries");
  }

  /** Records the version an answer reports (saved, or current in a CONFLICT). */
  settle(code: string, answer: string): boolean {
    this.busy.delete(code);
    let parsed: {
      data?: { updateErrorCode?: { version?: number } } | null;
      errors?: { extensions?: { currentVersion?: number } }[];
    };
    try {
      parsed = JSON.parse(answer);
    } catch {
      parsed = {};
    }
    const saved = parsed.data?.updateErrorCode?.version;
    const current = saved ?? parsed.errors?.[0]?.extensions?.currentVersion;
    if (typeof current === "number") this.versions.set(code, current);
    if (saved === undefined) this.conflicts++;
    return saved !== undefined;
  }

  request(headers: Record<string, string>): Request {
    return {
      method: "POST",
      path: "/graphql",
      headers: { ...JSON_HEADERS, ...headers },
      setupRequest: (request, context) => {
        const { code, body } = this.take();
        context.code = code;
        return { ...request, body };
      },
      onResponse: (_status, body, context) => void this.settle(context.code as string, body),
    };
  }
}
