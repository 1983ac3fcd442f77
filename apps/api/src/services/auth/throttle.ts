// In-memory sliding-window counters: login failures per account and per address, feedback per
// address. One API process keeps its own; behind several processes each limits its share.
export class Throttle {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** True when the key has used up its attempts in the window. */
  blocked(key: string, now = Date.now()): boolean {
    return this.recent(key, now).length >= this.limit;
  }

  hit(key: string, now = Date.now()): void {
    const list = this.recent(key, now);
    list.push(now);
    this.hits.set(key, list);
    if (this.hits.size > 50_000) this.hits.delete(this.hits.keys().next().value!);
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  /** Seconds until the oldest attempt in the window expires. */
  retryAfter(key: string, now = Date.now()): number {
    const first = this.recent(key, now)[0];
    return first === undefined ? 0 : Math.ceil((first + this.windowMs - now) / 1000);
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }
}
