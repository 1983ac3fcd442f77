// The engine path's read model: what the loaders fetched for anonymous readers, kept in memory across
// requests in one LRU bounded by estimated bytes. Any content notice empties it; a load that was
// running when a notice arrived is not kept (the generation check). Signed-in viewers never use it.
import { LRUCache } from "lru-cache";

// A value's size is estimated from its JSON text: V8 objects take several times their JSON length
// (object headers, property arrays, two-byte strings), so four bytes a character is a safe bound.
const BYTES_PER_JSON_CHAR = 4;
const ENTRY_OVERHEAD = 200;

const bigints = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);

/** Stands for a cached `null` (lru-cache keeps no undefined/null values). */
const NONE = Symbol("none");

export class EntryCache {
  generation = 0;
  private readonly values: LRUCache<string, object | typeof NONE>;

  /** `onLookup` counts each batch's keys answered from memory and those read from the database. */
  constructor(
    maxBytes: number,
    private readonly onLookup?: (hits: number, misses: number) => void,
  ) {
    this.values = new LRUCache<string, object | typeof NONE>({
      maxSize: Math.max(1, maxBytes),
      sizeCalculation: (value, key) =>
        ENTRY_OVERHEAD +
        key.length * 2 +
        (value === NONE ? 0 : (JSON.stringify(value, bigints)?.length ?? 0) * BYTES_PER_JSON_CHAR),
    });
  }

  /** Estimated bytes held (the bound is the constructor's maxBytes). */
  get bytes(): number {
    return this.values.calculatedSize;
  }

  get<T>(relation: string, key: string): T | undefined {
    const value = this.values.get(`${relation}\0${key}`);
    return (value === NONE ? null : value) as T | undefined;
  }

  set(relation: string, key: string, value: unknown, generation: number): void {
    if (generation !== this.generation || value === undefined) return;
    this.values.set(`${relation}\0${key}`, value === null ? NONE : (value as object));
  }

  invalidate(_code: string): void {
    // Related codes and lists depend on other entries' texts, so one change empties everything.
    this.generation++;
    this.values.clear();
  }

  /** Wraps a DataLoader batch function: cached keys are answered from memory, the rest in one batch. */
  wrap<V>(relation: string, batch: (keys: readonly string[]) => Promise<V[]>) {
    return async (keys: readonly string[]): Promise<V[]> => {
      const generation = this.generation;
      const out = keys.map((k) => this.get<V>(relation, k));
      const missing = keys.filter((_, i) => out[i] === undefined);
      this.onLookup?.(keys.length - missing.length, missing.length);
      if (missing.length) {
        const loaded = await batch(missing);
        missing.forEach((key, j) => {
          this.set(relation, key, loaded[j], generation);
          out[keys.indexOf(key)] = loaded[j];
        });
      }
      return out as V[];
    };
  }
}
