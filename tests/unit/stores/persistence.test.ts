// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import * as v from 'valibot';
import { validator } from '../../../src/schemas/validate';
import type { PersistedStoreOptions } from '../../../src/stores/persistence';
import {
  closePagesAfterwards,
  MapStorage,
  savedValue,
  twoTabs,
  type TabStorage,
} from '../../support/storage';

const itemSchema = v.object({ id: v.string(), text: v.string(), updatedAt: v.string() });
const stateSchema = v.object({ items: v.array(itemSchema) });
type Item = v.InferOutput<typeof itemSchema>;
type State = v.InferOutput<typeof stateSchema>;

const KEY = 'iik:test-items:v2';
const item = (id: string, text: string, updatedAt = '2026-11-24T10:00:00.000Z'): Item => ({
  id,
  text,
  updatedAt,
});

/** Imports a fresh copy of the persistence module, so it probes storage again (a new page). */
async function freshModule() {
  vi.resetModules();
  return import('../../../src/stores/persistence');
}

/** A store on a fresh module, as a page opening the tool makes it. */
async function openStore(options: Partial<PersistedStoreOptions<State>> = {}) {
  const module = await freshModule();
  const store = module.persistedStore<State>({
    key: 'iik:test-items',
    version: 2,
    schema: validator(stateSchema),
    fallback: { items: [] },
    label: 'items',
    ...options,
  });
  return { store, ...module };
}

/** Opens the store in a page whose localStorage is `storage`. */
async function openStoreOn(storage: Storage, options: Partial<PersistedStoreOptions<State>> = {}) {
  vi.spyOn(window, 'localStorage', 'get').mockReturnValue(storage);
  const opened = await openStore(options);
  vi.restoreAllMocks();
  return opened;
}

/** Tells the page another tab changed a key, as the browser does. */
const storageEvent = (key = KEY) => window.dispatchEvent(new StorageEvent('storage', { key }));

let closePages: () => void;
beforeEach(() => {
  localStorage.clear();
  closePages = closePagesAfterwards();
});
afterEach(() => {
  closePages();
  vi.restoreAllMocks();
  vi.useRealTimers();
  localStorage.clear();
});

describe('persistedStore', () => {
  test('starts from the default and saves changes under a versioned key', async () => {
    const { store } = await openStore();
    expect(store.$value.get()).toEqual({ items: [] });
    expect(store.hasSavedData()).toBe(false);
    store.$value.set({ items: [item('a', 'First')] });
    expect(savedValue(KEY)).toEqual({ items: [item('a', 'First')] });
    expect(store.hasSavedData()).toBe(true);
    expect(store.$notices.get()).toEqual([]);
  });

  test('loads valid saved data, with or without the write stamp', async () => {
    localStorage.setItem(KEY, JSON.stringify({ items: [item('b', 'Saved')] }));
    expect((await openStore()).store.$value.get()).toEqual({ items: [item('b', 'Saved')] });
    const stamped = { $sync: { rev: 'r1', line: ['r0'] }, items: [item('c', 'Stamped')] };
    localStorage.setItem(KEY, JSON.stringify(stamped));
    const { store } = await openStore();
    expect(store.$value.get()).toEqual({ items: [item('c', 'Stamped')] });
    expect(store.$notices.get()).toEqual([]);
  });

  test('opens with the default when the saved JSON is corrupt, keeping a dated copy and saying so', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T10:00:00.000Z'), toFake: ['Date'] });
    localStorage.setItem(KEY, '{"items": [{"id": "a", "te');
    const { store, readRaw, keptCopies } = await openStore();
    expect(store.$value.get()).toEqual({ items: [] });
    const copyKey = `${KEY}:backup:2026-11-24T10:00:00.000Z`;
    expect(readRaw(copyKey)).toBe('{"items": [{"id": "a", "te');
    expect(keptCopies()).toEqual([
      { key: copyKey, storageKey: KEY, keptAt: '2026-11-24T10:00:00.000Z', size: 26 },
    ]);
    expect(store.$notices.get()).toEqual([
      { kind: 'recovered', label: 'items', copy: { where: 'browser', key: copyKey } },
    ]);
    // The original is safe in its copy, so the key holds readable data again.
    expect(savedValue(KEY)).toEqual({ items: [] });
  });

  test('opens with the default when the saved data has the wrong shape, keeping a copy', async () => {
    const wrong = JSON.stringify({ items: 'not a list' });
    localStorage.setItem(KEY, wrong);
    const { store, readRaw } = await openStore();
    expect(store.$value.get()).toEqual({ items: [] });
    const [notice] = store.$notices.get();
    expect(notice?.kind).toBe('recovered');
    if (notice?.kind !== 'recovered' || notice.copy.where !== 'browser') throw new Error('no copy');
    expect(readRaw(notice.copy.key)).toBe(wrong);
  });

  test('keeps the valid part when a salvage function is given, and lists what was dropped', async () => {
    localStorage.setItem(KEY, JSON.stringify({ items: [item('ok', 'Fine'), { id: 3 }] }));
    const { store } = await openStore({
      salvage: (data) => {
        const items = (data as { items: unknown[] }).items.filter(
          (entry): entry is Item => v.safeParse(itemSchema, entry).success,
        );
        return { value: { items }, dropped: ['1 unreadable item'] };
      },
    });
    expect(store.$value.get()).toEqual({ items: [item('ok', 'Fine')] });
    expect(store.$notices.get()).toMatchObject([
      { kind: 'partial', label: 'items', dropped: ['1 unreadable item'] },
    ]);
  });

  test('migrates data saved by an older version and keeps the old key untouched', async () => {
    const old = JSON.stringify({ entries: ['Hello'] });
    localStorage.setItem('iik:test-items:v1', old);
    const { store } = await openStore({
      migrations: {
        1: (data) => ({
          items: (data as { entries: string[] }).entries.map((text, index) =>
            item(`m${index}`, text),
          ),
        }),
      },
    });
    expect(store.$value.get()).toEqual({ items: [item('m0', 'Hello')] });
    expect(savedValue(KEY)).toEqual({ items: [item('m0', 'Hello')] });
    expect(localStorage.getItem('iik:test-items:v1')).toBe(old);
    expect(store.$notices.get()).toEqual([]);
  });

  test('points at the old key as the copy when an older version cannot be migrated', async () => {
    localStorage.setItem('iik:test-items:v1', '{"entries": 7}');
    const { store } = await openStore({ migrations: {} });
    expect(store.$value.get()).toEqual({ items: [] });
    expect(store.$notices.get()).toEqual([
      { kind: 'recovered', label: 'items', copy: { where: 'browser', key: 'iik:test-items:v1' } },
    ]);
    expect(localStorage.getItem('iik:test-items:v1')).toBe('{"entries": 7}');
  });

  test('keeps working in memory and says so when storage is switched off', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { store, storageAvailable } = await openStore();
    expect(storageAvailable()).toBe(false);
    expect(store.$notices.get()).toEqual([{ kind: 'unavailable', label: 'items' }]);
    store.$value.set({ items: [item('a', 'Still works')] });
    expect(store.$value.get()).toEqual({ items: [item('a', 'Still works')] });
  });

  test('reports a full storage, keeps the new value on the page, and clears the notice once a save works', async () => {
    const full = new MapStorage(220);
    const { store } = await openStoreOn(full);
    store.$value.set({ items: [item('a', 'Saved')] });
    expect(store.$notices.get()).toEqual([]);

    const tooBig = { items: [item('a', 'Saved'), item('b', 'This one does not fit in the space')] };
    store.$value.set(tooBig);
    expect(store.$value.get()).toEqual(tooBig);
    expect(store.$notices.get()).toEqual([{ kind: 'write-failed', label: 'items' }]);
    expect(savedValue(KEY, full)).toEqual({ items: [item('a', 'Saved')] });

    store.$value.set({ items: [item('a', 'Shorter')] });
    expect(store.$notices.get()).toEqual([]);
    expect(savedValue(KEY, full)).toEqual({ items: [item('a', 'Shorter')] });
  });

  test('follows changes made in another tab', async () => {
    const { store, mergeLoaded } = await openStore();
    const seen: State[] = [];
    const unbind = store.$value.subscribe((value) => seen.push(value));
    localStorage.setItem(KEY, JSON.stringify({ items: [item('x', 'From the other tab')] }));
    storageEvent();
    await mergeLoaded();
    expect(store.$value.get()).toEqual({ items: [item('x', 'From the other tab')] });
    expect(seen.at(-1)).toEqual({ items: [item('x', 'From the other tab')] });
    unbind();
  });

  test('keeps its own value, and a copy, when another tab leaves unreadable data', async () => {
    const { store, readRaw, mergeLoaded } = await openStore();
    store.$value.set({ items: [item('a', 'Mine')] });
    localStorage.setItem(KEY, '{oops');
    storageEvent();
    await mergeLoaded();
    expect(store.$value.get()).toEqual({ items: [item('a', 'Mine')] });
    const [notice] = store.$notices.get();
    if (notice?.kind !== 'recovered' || notice.copy.where !== 'browser') throw new Error('no copy');
    expect(readRaw(notice.copy.key)).toBe('{oops');
    expect(savedValue(KEY)).toEqual({ items: [item('a', 'Mine')] });
  });

  test('follows another tab deleting everything, and writes nothing back', async () => {
    localStorage.setItem(KEY, JSON.stringify({ items: [item('a', 'Saved')] }));
    const { store, mergeLoaded } = await openStore();
    localStorage.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    await mergeLoaded();
    expect(store.$value.get()).toEqual({ items: [] });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  test('replace saves exactly the value given, and reset removes it', async () => {
    const { store } = await openStore();
    store.$value.set({ items: [item('a', 'Old')] });
    store.replace({ items: [item('b', 'New')] });
    expect(savedValue(KEY)).toEqual({ items: [item('b', 'New')] });
    store.reset();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(store.$value.get()).toEqual({ items: [] });
  });

  test('asks the browser to keep the data after the reader first saves, and not for a seed', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const persisted = vi.fn(() => Promise.resolve(false));
    vi.stubGlobal('navigator', { ...navigator, storage: { persist, persisted } });
    const { store } = await openStore();
    store.seed(() => ({ items: [item('first', 'Made by the tool')] }));
    await Promise.resolve();
    expect(persisted).not.toHaveBeenCalled();
    store.update((state) => ({ items: [...state.items, item('b', 'Typed')] }));
    store.update((state) => ({ items: [...state.items, item('c', 'Typed')] }));
    await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
    vi.unstubAllGlobals();
  });
});

describe('the nine ways data was lost', () => {
  test('case 1: a copy that cannot be written is held on the page, offered, and the original key is left alone until the reader chooses', async () => {
    const corrupt = `{"items": [${'x'.repeat(300)}`;
    const full = new MapStorage(corrupt.length + KEY.length + 20);
    full.setItem(KEY, corrupt);
    const { store, keptCopies } = await openStoreOn(full);

    expect(keptCopies()).toEqual([]);
    expect(store.$notices.get()).toEqual([
      { kind: 'recovered', label: 'items', copy: { where: 'page', text: corrupt, reason: 'full' } },
    ]);
    // The tool works, but nothing it does replaces the original until the reader chooses.
    store.$value.set({ items: [item('a', 'Typed after')] });
    store.update((state) => ({ items: [...state.items, item('b', 'And more')] }));
    expect(store.$value.get().items).toHaveLength(2);
    expect(full.getItem(KEY)).toBe(corrupt);

    // Downloaded (or start fresh): from now on it saves.
    store.release();
    expect(savedValue(KEY, full)).toEqual({
      items: [item('a', 'Typed after'), item('b', 'And more')],
    });
    expect(store.$notices.get()).toEqual([{ kind: 'saving-again', label: 'items' }]);
  });

  test('case 1: once the cap of kept copies is reached, a new copy is held on the page, not dropped', async () => {
    for (let n = 0; n < 5; n += 1)
      localStorage.setItem(`${KEY}:backup:2026-11-0${n + 1}T10:00:00.000Z`, `old ${n}`);
    localStorage.setItem(KEY, '{broken');
    const { store, keptCopies } = await openStore();
    expect(keptCopies()).toHaveLength(5);
    expect(store.$notices.get()).toMatchObject([
      { kind: 'recovered', copy: { where: 'page', text: '{broken', reason: 'cap' } },
    ]);
    expect(localStorage.getItem(KEY)).toBe('{broken');
  });

  test('case 2: a second corruption never replaces the first copy; copies can be listed and deleted', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T10:00:00.000Z'), toFake: ['Date'] });
    localStorage.setItem(KEY, '{first');
    await openStore();
    vi.setSystemTime(new Date('2026-11-25T09:00:00.000Z'));
    localStorage.setItem(KEY, '{second');
    const { keptCopies, readRaw, deleteKeptCopy } = await openStore();
    const copies = keptCopies();
    expect(copies.map((copy) => [copy.keptAt, readRaw(copy.key)])).toEqual([
      ['2026-11-24T10:00:00.000Z', '{first'],
      ['2026-11-25T09:00:00.000Z', '{second'],
    ]);
    deleteKeptCopy(copies[0]?.key ?? '');
    expect(keptCopies().map((copy) => readRaw(copy.key))).toEqual(['{second']);
    // Only kept copies can be deleted this way.
    deleteKeptCopy(KEY);
    expect(localStorage.getItem(KEY)).not.toBeNull();
  });

  test('case 2: the same unreadable text is kept once, however often it is opened', async () => {
    const full = new MapStorage(Infinity);
    full.setItem(KEY, '{same');
    await openStoreOn(full);
    full.setItem(KEY, '{same');
    const { keptCopies } = await openStoreOn(full);
    expect(keptCopies()).toHaveLength(1);
  });

  test('case 3: data dropped after loading always keeps its own copy, even when a copy exists already', async () => {
    localStorage.setItem(`${KEY}:backup:2026-11-01T10:00:00.000Z`, 'an older copy');
    const before = { items: [item('a', 'Kept'), item('old', 'Dropped')] };
    localStorage.setItem(KEY, JSON.stringify(before));
    const { store, keptCopies, readRaw } = await openStore();
    store.replaceDropping({ items: [item('a', 'Kept')] }, ['item "old"']);
    store.replaceDropping({ items: [] }, ['item "a"']);
    const copies = keptCopies().map((copy) => readRaw(copy.key));
    expect(copies).toContain('an older copy');
    expect(copies).toContain(JSON.stringify(before));
    expect(copies).toContain(JSON.stringify({ items: [item('a', 'Kept')] }));
    expect(store.$notices.get()).toMatchObject([
      { kind: 'partial', label: 'items', dropped: ['item "old"', 'item "a"'] },
    ]);
    expect(savedValue(KEY)).toEqual({ items: [] });
  });

  describe('case 4: two tabs typing in the same data lose nothing', () => {
    /** Two pages on the same tool, each with its own copy of localStorage. */
    async function openTwoTabs(initial: State) {
      const [storageA, storageB] = twoTabs();
      storageA.setItem(KEY, JSON.stringify(initial));
      storageA.deliver();
      const a = await openStoreOn(storageA);
      const b = await openStoreOn(storageB);
      // Loaded, as soon after the first event; what happens before is tested below.
      await a.mergeLoaded();
      await b.mergeLoaded();
      /** The browser relays a tab's writes to the other, which hears of it by an event. */
      const relay = (from: TabStorage) => {
        if (from.deliver().length > 0) storageEvent();
      };
      return { a: a.store, b: b.store, storageA, storageB, relay };
    }

    test('two writes at the same moment: both tabs end with both changes', async () => {
      const { a, b, storageA, storageB, relay } = await openTwoTabs({
        items: [item('d', 'Dear Dana')],
      });
      // Each tab types a character before hearing of the other's.
      a.update(() => ({ items: [item('d', 'Dear Dana,', '2026-11-24T10:00:01.000Z')] }));
      b.update((state) => ({
        items: [...state.items, item('e', 'Another', '2026-11-24T10:00:01.500Z')],
      }));
      relay(storageA);
      relay(storageB);
      relay(storageA);
      relay(storageB);
      const both = {
        items: [
          item('d', 'Dear Dana,', '2026-11-24T10:00:01.000Z'),
          item('e', 'Another', '2026-11-24T10:00:01.500Z'),
        ],
      };
      expect(a.$value.get()).toEqual(both);
      expect(b.$value.get()).toEqual(both);
      expect(savedValue(KEY, storageA)).toEqual(both);
      expect(savedValue(KEY, storageB)).toEqual(both);
    });

    test('keystrokes typed alternately into the same field, each before the other tab hears of the last, all arrive', async () => {
      const { a, b, storageA, storageB, relay } = await openTwoTabs({ items: [item('d', '')] });
      const typeIn = (store: typeof a, letter: string) =>
        store.update((state) => ({
          items: state.items.map((entry) => ({ ...entry, text: entry.text + letter })),
        }));
      for (const [letterA, letterB] of [
        ['a', '1'],
        ['b', '2'],
        ['c', '3'],
      ] as const) {
        typeIn(a, letterA);
        typeIn(b, letterB);
        relay(storageA);
        relay(storageB);
      }
      relay(storageA);
      relay(storageB);
      const text = a.$value.get().items[0]?.text ?? '';
      expect([...text].sort().join('')).toBe('123abc');
      expect(b.$value.get()).toEqual(a.$value.get());
    });

    test('a tab that hears only the last of several writes from the other still keeps its own', async () => {
      const { a, b, storageA, storageB, relay } = await openTwoTabs({ items: [item('d', '')] });
      const typeIn = (store: typeof a, letter: string) =>
        store.update((state) => ({
          items: state.items.map((entry) => ({ ...entry, text: entry.text + letter })),
        }));
      // Each tab types a burst; the browser applies tab B's first, so tab A's come last and
      // tab B's copy jumps straight to tab A's last write, whose base tab B never saw.
      for (const letter of '12345') typeIn(b, letter);
      for (const letter of 'abcde') typeIn(a, letter);
      relay(storageB);
      relay(storageA);
      relay(storageB);
      relay(storageA);
      const text = b.$value.get().items[0]?.text ?? '';
      expect([...text].sort().join('')).toBe('12345abcde');
      expect(a.$value.get()).toEqual(b.$value.get());
    });

    test('a change made before the merge code has loaded waits on the page, then keeps both tabs’ changes', async () => {
      const [storageA, storageB] = twoTabs();
      storageA.setItem(KEY, JSON.stringify({ items: [item('d', 'Dear Dana')] }));
      storageA.deliver();
      const a = await openStoreOn(storageA);
      const b = await openStoreOn(storageB);
      a.store.update((state) => ({ items: [...state.items, item('e', 'From tab A')] }));
      storageA.deliver();
      const fromA = { items: [item('d', 'Dear Dana'), item('e', 'From tab A')] };
      // Tab B changes its data before it has heard of tab A's write or loaded the merge code:
      // its change shows, and tab A's saved data is not written over.
      b.store.update((state) => ({ items: [...state.items, item('f', 'From tab B')] }));
      expect(b.store.$value.get().items.map(({ id }) => id)).toEqual(['d', 'f']);
      expect(savedValue(KEY, storageB)).toEqual(fromA);
      await b.mergeLoaded();
      const ids = b.store.$value.get().items.map(({ id }) => id);
      expect([...ids].sort()).toEqual(['d', 'e', 'f']);
      expect(savedValue(KEY, storageB)).toEqual(b.store.$value.get());
    });

    test('when the merge code cannot load, the change stays on the page and the notice says it is not saved', async () => {
      const [storageA, storageB] = twoTabs();
      storageA.setItem(KEY, JSON.stringify({ items: [item('d', 'Dear Dana')] }));
      storageA.deliver();
      const a = await openStoreOn(storageA);
      vi.doMock('../../../src/lib/sync-merge', () => {
        throw new Error('offline, and the cached copy is gone');
      });
      const b = await openStoreOn(storageB);
      a.store.update((state) => ({ items: [...state.items, item('e', 'From tab A')] }));
      storageA.deliver();
      b.store.update((state) => ({ items: [...state.items, item('f', 'From tab B')] }));
      await b.mergeLoaded();
      vi.doUnmock('../../../src/lib/sync-merge');
      expect(b.store.$value.get().items.map(({ id }) => id)).toEqual(['d', 'f']);
      expect(b.store.$notices.get()).toEqual([{ kind: 'write-failed', label: 'items' }]);
      expect(savedValue(KEY, storageB)).toEqual({
        items: [item('d', 'Dear Dana'), item('e', 'From tab A')],
      });
    });

    test('an item one tab deleted does not come back when the other tab saves', async () => {
      const { a, b, storageA } = await openTwoTabs({
        items: [item('x', 'Delete me'), item('y', 'Keep me')],
      });
      a.update((state) => ({ items: state.items.filter((entry) => entry.id !== 'x') }));
      storageA.deliver();
      // Tab B had not heard yet when it changed another item.
      b.$value.set({
        items: [item('x', 'Delete me'), item('y', 'Keep me, edited', '2026-11-25T00:00:00.000Z')],
      });
      const expected = { items: [item('y', 'Keep me, edited', '2026-11-25T00:00:00.000Z')] };
      expect(b.$value.get()).toEqual(expected);
      expect(savedValue(KEY, storageA)).toEqual({ items: [item('y', 'Keep me')] });
    });
  });

  test('case 6: data saved by a newer version is reported and left untouched', async () => {
    const newer = JSON.stringify({ shape: 'of version 3' });
    localStorage.setItem('iik:test-items:v3', newer);
    localStorage.setItem(KEY, JSON.stringify({ items: [item('a', 'Version 2 data')] }));
    const { store } = await openStore();
    expect(store.$value.get()).toEqual({ items: [item('a', 'Version 2 data')] });
    expect(store.$notices.get()).toEqual([{ kind: 'newer', label: 'items', version: 3 }]);
    store.$value.set({ items: [] });
    expect(localStorage.getItem('iik:test-items:v3')).toBe(newer);
  });
});
