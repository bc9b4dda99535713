import { vi } from 'vitest';
/**
 * Storage as the tests need it: what a store saved (without the write stamp the persistence
 * helper adds), a Storage that runs out of room like a full localStorage, and two tabs whose
 * copies of localStorage catch up with each other only when told to, as Chromium's do.
 */

/**
 * The value saved under a key, parsed, without the `$sync` stamp; null if nothing is saved.
 * Typed as loosely as JSON.parse, since each test asserts the shape it expects.
 */
export function savedValue(
  key: string,
  storage: Storage = localStorage,
): ReturnType<typeof JSON.parse> {
  const raw = storage.getItem(key);
  if (raw === null) return null;
  const data: unknown = JSON.parse(raw);
  if (typeof data === 'object' && data !== null && '$sync' in data) {
    const { $sync: _stamp, ...rest } = data as Record<string, unknown>;
    return rest;
  }
  return data;
}

/** A Storage kept in a Map, with an optional size limit past which writes throw as a full one does. */
export class MapStorage implements Storage {
  protected readonly data = new Map<string, string>();
  constructor(private readonly limit = Infinity) {}
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
    if (others + key.length + value.length > this.limit)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  clear() {
    this.data.clear();
  }
}

/**
 * One tab's view of a shared localStorage: its writes land in its own copy at once and reach
 * the other tab only on `deliver()`, in the order they were made, the way a browser process
 * relays them. A key this tab wrote and has not yet heard back about keeps its own value, as
 * Chromium's cached storage area does, so both tabs end up agreeing with the last write.
 */
export class TabStorage extends MapStorage {
  private readonly outbox: [string, string | null][] = [];
  private readonly pending = new Map<string, number>();
  other: TabStorage | undefined;

  override setItem(key: string, value: string) {
    super.setItem(key, value);
    this.outbox.push([key, value]);
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
  }

  override removeItem(key: string) {
    super.removeItem(key);
    this.outbox.push([key, null]);
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
  }

  /** Relays this tab's writes to the other tab; returns the keys the other tab heard about. */
  deliver(): string[] {
    const heard: string[] = [];
    for (const [key, value] of this.outbox.splice(0)) {
      const count = (this.pending.get(key) ?? 1) - 1;
      if (count === 0) this.pending.delete(key);
      else this.pending.set(key, count);
      if (this.other && !this.other.pending.has(key)) {
        if (value === null) this.other.data.delete(key);
        else this.other.data.set(key, value);
        heard.push(key);
      }
    }
    return heard;
  }
}

/** Two tabs' storages that relay to each other. */
export function twoTabs(): [TabStorage, TabStorage] {
  const a = new TabStorage();
  const b = new TabStorage();
  a.other = b;
  b.other = a;
  return [a, b];
}

/**
 * Records the event listeners pages add to `window` and `document` from now on, and returns a
 * function that removes them: each test opens its own "pages" (fresh module copies), and a page
 * from an earlier test must not answer this test's storage events.
 */
export function closePagesAfterwards(): () => void {
  const added: [EventTarget, string, EventListenerOrEventListenerObject][] = [];
  const targets: EventTarget[] = [window, document];
  const own = targets.map((target) => Object.getOwnPropertyDescriptor(target, 'addEventListener'));
  for (const target of targets) {
    const original = target.addEventListener.bind(target);
    target.addEventListener = (
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) => {
      if (listener) added.push([target, type, listener]);
      original(type, listener, options);
    };
  }
  return () => {
    targets.forEach((target, index) => {
      const descriptor = own[index];
      if (descriptor) Object.defineProperty(target, 'addEventListener', descriptor);
      else Reflect.deleteProperty(target, 'addEventListener');
    });
    for (const [target, type, listener] of added) target.removeEventListener(type, listener);
  };
}

/**
 * Opens a "page": a fresh copy of the modules `load` imports, seeing `storage` as its
 * localStorage and `session` as its sessionStorage (each tab has its own). The page has the
 * merge code loaded, as one has soon after another tab first writes, so a test can interleave
 * two tabs' keystrokes synchronously (what happens before it loads is tested in
 * tests/unit/stores/persistence.test.ts).
 */
export async function openPage<M>(
  load: () => Promise<M>,
  storage: Storage,
  session: Storage = new MapStorage(),
): Promise<M> {
  const local = vi.spyOn(window, 'localStorage', 'get').mockReturnValue(storage);
  const perTab = vi.spyOn(window, 'sessionStorage', 'get').mockReturnValue(session);
  vi.resetModules();
  try {
    const page = await load();
    await (await import('../../src/stores/persistence')).mergeLoaded();
    return page;
  } finally {
    local.mockRestore();
    perTab.mockRestore();
  }
}

/** The browser relays a tab's writes to the other tab, which hears of them by a storage event. */
export function relay(from: TabStorage): void {
  for (const key of from.deliver()) window.dispatchEvent(new StorageEvent('storage', { key }));
}

/**
 * Makes every write to `storage` fail as a full localStorage's does, until the returned function
 * is called. The method is replaced outright: happy-dom's localStorage binds its own methods, so
 * a spy on Storage.prototype is never reached, and one on the instance cannot be removed again.
 */
export function fillUp(storage: Storage = localStorage): () => void {
  const original = storage.setItem.bind(storage);
  const put = (setItem: Storage['setItem']) =>
    Object.defineProperty(storage, 'setItem', {
      configurable: true,
      writable: true,
      value: setItem,
    });
  put(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  return () => put(original);
}
