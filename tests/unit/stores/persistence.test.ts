// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import * as v from 'valibot';
import { check, validator } from '../../../src/schemas/validate';
import type { PersistedStoreOptions } from '../../../src/stores/persistence';

const itemSchema = v.object({ id: v.string(), text: v.string() });
const listSchema = validator(v.array(itemSchema));
type Item = { id: string; text: string };

/** A Storage that refuses writes beyond a size limit, as a full localStorage does. */
class QuotaStorage implements Storage {
  private readonly data = new Map<string, string>();
  constructor(private readonly limit: number) {}
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const others = [...this.data]
      .filter(([k]) => k !== key)
      .reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    if (others + key.length + value.length > this.limit) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  clear() {
    this.data.clear();
  }
}

/** Imports a fresh copy of the persistence module, so it probes storage again. */
async function freshModule() {
  vi.resetModules();
  return import('../../../src/stores/persistence');
}

type StoreOptions = PersistedStoreOptions<Item[]>;

async function makeStore(options: Partial<StoreOptions> = {}) {
  const { persistedStore, readBackup, reportDropped, storageAvailable } = await freshModule();
  const store = persistedStore<Item[]>({
    key: 'test:items',
    version: 2,
    schema: listSchema,
    fallback: [],
    label: 'items',
    ...options,
  });
  return { store, readBackup, reportDropped, storageAvailable };
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('persistedStore', () => {
  test('starts from the default and saves changes under a versioned key', async () => {
    const { store } = await makeStore();
    expect(store.$value.get()).toEqual([]);
    store.$value.set([{ id: 'a', text: 'First' }]);
    expect(JSON.parse(localStorage.getItem('test:items:v2') ?? 'null')).toEqual([
      { id: 'a', text: 'First' },
    ]);
    expect(store.$notice.get()).toBeUndefined();
  });

  test('loads valid saved data', async () => {
    localStorage.setItem('test:items:v2', JSON.stringify([{ id: 'b', text: 'Saved' }]));
    const { store } = await makeStore();
    expect(store.$value.get()).toEqual([{ id: 'b', text: 'Saved' }]);
    expect(store.$notice.get()).toBeUndefined();
  });

  test('opens with the default when the saved JSON is corrupt, keeping a copy and saying so', async () => {
    localStorage.setItem('test:items:v2', '[{"id": "a", "te');
    const { store, readBackup } = await makeStore();
    expect(store.$value.get()).toEqual([]);
    expect(readBackup(store)).toBe('[{"id": "a", "te');
    expect(store.$notice.get()).toEqual({ kind: 'recovered', label: 'items' });
  });

  test('opens with the default when the saved data has the wrong shape, keeping a copy', async () => {
    const wrong = JSON.stringify({ items: 'not a list' });
    localStorage.setItem('test:items:v2', wrong);
    const { store, readBackup } = await makeStore();
    expect(store.$value.get()).toEqual([]);
    expect(readBackup(store)).toBe(wrong);
    expect(store.$notice.get()?.kind).toBe('recovered');
  });

  test('keeps the valid part when a salvage function is given, and lists what was dropped', async () => {
    localStorage.setItem('test:items:v2', JSON.stringify([{ id: 'ok', text: 'Fine' }, { id: 3 }]));
    const { store } = await makeStore({
      salvage: (data) => {
        if (!Array.isArray(data)) return undefined;
        const value = data.filter((item): item is Item => check(itemSchema, item).success);
        return { value, dropped: [`${data.length - value.length} unreadable item`] };
      },
    });
    expect(store.$value.get()).toEqual([{ id: 'ok', text: 'Fine' }]);
    expect(store.$notice.get()).toEqual({
      kind: 'partial',
      label: 'items',
      dropped: ['1 unreadable item'],
    });
  });

  test('migrates data saved by an older version and keeps the old key untouched', async () => {
    const old = JSON.stringify({ entries: ['Hello'] });
    localStorage.setItem('test:items:v1', old);
    const { store } = await makeStore({
      migrations: {
        1: (data) =>
          (data as { entries: string[] }).entries.map((text, index) => ({ id: `m${index}`, text })),
      },
    });
    expect(store.$value.get()).toEqual([{ id: 'm0', text: 'Hello' }]);
    expect(JSON.parse(localStorage.getItem('test:items:v2') ?? 'null')).toEqual([
      { id: 'm0', text: 'Hello' },
    ]);
    expect(localStorage.getItem('test:items:v1')).toBe(old);
    expect(store.$notice.get()).toBeUndefined();
  });

  test('keeps working in memory and says so when storage is switched off', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { store, storageAvailable } = await makeStore();
    expect(storageAvailable()).toBe(false);
    expect(store.$notice.get()).toEqual({ kind: 'unavailable', label: 'items' });
    store.$value.set([{ id: 'a', text: 'Still works' }]);
    expect(store.$value.get()).toEqual([{ id: 'a', text: 'Still works' }]);
  });

  test('reports a full storage, keeps the new value on the page, and clears the notice once a save works', async () => {
    const full = new QuotaStorage(80);
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(full);
    const { store } = await makeStore();
    store.$value.set([{ id: 'a', text: 'Saved' }]);
    expect(store.$notice.get()).toBeUndefined();

    const tooBig = [
      { id: 'a', text: 'Saved' },
      { id: 'b', text: 'This one does not fit in the space left' },
    ];
    store.$value.set(tooBig);
    expect(store.$value.get()).toEqual(tooBig);
    expect(store.$notice.get()).toEqual({ kind: 'write-failed', label: 'items' });
    expect(JSON.parse(full.getItem('test:items:v2') ?? 'null')).toEqual([
      { id: 'a', text: 'Saved' },
    ]);

    store.$value.set([{ id: 'a', text: 'Shorter' }]);
    expect(store.$notice.get()).toBeUndefined();
    expect(JSON.parse(full.getItem('test:items:v2') ?? 'null')).toEqual([
      { id: 'a', text: 'Shorter' },
    ]);
  });

  test('follows changes made in another tab', async () => {
    const { store } = await makeStore();
    const seen: (readonly Item[])[] = [];
    const unbind = store.$value.subscribe((value) => seen.push(value));
    const fromOtherTab = JSON.stringify([{ id: 'x', text: 'From the other tab' }]);
    localStorage.setItem('test:items:v2', fromOtherTab);
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'test:items:v2', newValue: fromOtherTab }),
    );
    expect(store.$value.get()).toEqual([{ id: 'x', text: 'From the other tab' }]);
    expect(seen.at(-1)).toEqual([{ id: 'x', text: 'From the other tab' }]);
    unbind();
  });

  test('treats corrupt data arriving from another tab like corrupt saved data', async () => {
    const { store } = await makeStore();
    const unbind = store.$value.listen(() => undefined);
    window.dispatchEvent(new StorageEvent('storage', { key: 'test:items:v2', newValue: '{oops' }));
    expect(store.$value.get()).toEqual([]);
    expect(store.$notice.get()?.kind).toBe('recovered');
    unbind();
  });

  test('reports data dropped after loading: keeps the first copy of the old value and lists everything dropped', async () => {
    const { store, readBackup, reportDropped } = await makeStore();
    const first = [
      { id: 'a', text: 'Kept' },
      { id: 'old', text: 'Dropped' },
    ];
    reportDropped(store, first, ['item "old"']);
    reportDropped(store, [{ id: 'a', text: 'Kept' }], ['item "older"']);
    expect(JSON.parse(readBackup(store) ?? 'null')).toEqual(first);
    expect(store.$notice.get()).toEqual({
      kind: 'partial',
      label: 'items',
      dropped: ['item "old"', 'item "older"'],
    });
  });
});
