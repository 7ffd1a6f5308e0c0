import DataLoader from "dataloader";
import type { RequestContext } from "./RequestContext";

/** Loads a batch of keys for one request; returns values in key order. */
export type BatchLoad<K, V> = (keys: readonly K[], context: RequestContext) => Promise<ReadonlyArray<V | Error>>;

/**
 * A loader described once, at module level, and instantiated per request by
 * {@link Loaders}. Describing it once keeps one batch function per access path.
 */
export interface LoaderDefinition<K, V> {
  readonly name: string;
  readonly batch: BatchLoad<K, V>;
}

/** Describe a per-request loader. */
export function defineLoader<K, V>(name: string, batch: BatchLoad<K, V>): LoaderDefinition<K, V> {
  return { name, batch };
}

/**
 * The loaders of one request. A DataLoader never outlives its request: caching
 * across requests would show one user what was loaded for another.
 */
export class Loaders {
  private readonly instances = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly context: RequestContext) {}

  /** The request's instance of `definition`, created on first use. */
  get<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.instances.get(definition as LoaderDefinition<unknown, unknown>);
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => definition.batch(keys, this.context)) as DataLoader<unknown, unknown>;
      this.instances.set(definition as LoaderDefinition<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
