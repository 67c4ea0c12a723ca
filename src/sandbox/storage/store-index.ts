import { type StoreChange, StoreError } from './store';

/** A value being written: its JSON text (what the disk log writes) and its frozen parse (what reads return). */
export type StoredValue = { readonly json: string; readonly value: unknown };

/**
 * The in-memory index both stores read from: collection → id → value, in insertion order
 * (Map order; re-setting a key keeps its place, deleting and re-adding moves it to the end).
 */
export class StoreIndex {
  private readonly collections = new Map<string, Map<string, unknown>>();

  get(collection: string, id: string): unknown {
    return this.collections.get(collection)?.get(id);
  }

  list(collection: string): unknown[] {
    const items = this.collections.get(collection);
    if (!items) return [];
    return [...items.values()];
  }

  set(collection: string, id: string, value: unknown): void {
    let items = this.collections.get(collection);
    if (!items) {
      items = new Map();
      this.collections.set(collection, items);
    }
    items.set(id, value);
  }

  remove(collection: string, id: string): void {
    const items = this.collections.get(collection);
    if (!items) return;
    items.delete(id);
    if (items.size === 0) this.collections.delete(collection);
  }

  /** Every live entry, collection by collection, each in insertion order (for compaction). */
  *entries(): Generator<{ collection: string; id: string; value: unknown }> {
    for (const [collection, items] of this.collections) {
      for (const [id, value] of items) yield { collection, id, value };
    }
  }
}

export function checkKey(collection: unknown, id: unknown): void {
  if (typeof collection !== 'string' || collection === '' || typeof id !== 'string' || id === '') {
    throw new StoreError('BadArgument', 'Collection and id must be non-empty strings.');
  }
}

/** The JSON form of a value, or a NotSerialisable StoreError; the parse is deeply frozen. */
export function toStoredValue(value: unknown): StoredValue {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) throw new StoreError('NotSerialisable', 'The value has no JSON form.');
  return { json, value: deepFreeze(JSON.parse(json)) };
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A change of a batch with its key checked and its value serialised. */
export type StagedChange =
  { op: 'put'; collection: string; id: string; stored: StoredValue } | { op: 'delete'; collection: string; id: string };

/** Checks and serialises every change first, so a batch with one bad value changes nothing. */
export function stageChanges(changes: readonly StoreChange[]): StagedChange[] {
  return changes.map((c) => {
    checkKey(c.collection, c.id);
    return c.op === 'put'
      ? { op: 'put', collection: c.collection, id: c.id, stored: toStoredValue(c.value) }
      : { op: 'delete', collection: c.collection, id: c.id };
  });
}

export function applyStaged(index: StoreIndex, staged: readonly StagedChange[]): void {
  for (const c of staged) {
    if (c.op === 'put') index.set(c.collection, c.id, c.stored.value);
    else index.remove(c.collection, c.id);
  }
}
