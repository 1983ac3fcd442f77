// The engine path's read model: what the loaders fetched for anonymous readers, kept in memory across
// requests (bounded LRU per relation). Any content notice empties it; a load that was running when a
// notice arrived is not kept (the generation check). Signed-in viewers never use it.
const MAX_PER_RELATION = 5_000;

export class EntryCache {
  generation = 0;
  private readonly relations = new Map<string, Map<string, unknown>>();

  get<T>(relation: string, key: string): T | undefined {
    const map = this.relations.get(relation);
    const value = map?.get(key);
    if (value !== undefined) {
      map!.delete(key);
      map!.set(key, value);
    }
    return value as T | undefined;
  }

  set(relation: string, key: string, value: unknown, generation: number, max = MAX_PER_RELATION): void {
    if (generation !== this.generation) return;
    let map = this.relations.get(relation);
    if (!map) this.relations.set(relation, (map = new Map()));
    map.set(key, value);
    if (map.size > max) map.delete(map.keys().next().value!);
  }

  invalidate(_code: string): void {
    // Related codes and lists depend on other entries' texts, so one change empties everything.
    this.generation++;
    this.relations.clear();
  }

  /** Wraps a DataLoader batch function: cached keys are answered from memory, the rest in one batch. */
  wrap<V>(relation: string, batch: (keys: readonly string[]) => Promise<V[]>, max?: number) {
    return async (keys: readonly string[]): Promise<V[]> => {
      const generation = this.generation;
      const out = keys.map((k) => this.get<V>(relation, k));
      const missing = keys.filter((_, i) => out[i] === undefined);
      if (missing.length) {
        const loaded = await batch(missing);
        missing.forEach((key, j) => {
          this.set(relation, key, loaded[j], generation, max);
          out[keys.indexOf(key)] = loaded[j];
        });
      }
      return out as V[];
    };
  }
}
