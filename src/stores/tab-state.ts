/**
 * What belongs to one tab rather than to the browser: which list or draft is open, and text
 * typed but not yet added. Two tabs on the same tool each keep their own, so a question added
 * in one tab never lands in the list the other tab just opened, and a reload of the tab keeps
 * what was half typed.
 *
 * Stored shape: `sessionStorage["<key>"] = JSON.stringify(value)`, validated on read; anything
 * unreadable gives the fallback. If sessionStorage is missing or refuses, the value lives in
 * memory for the page, and the tool works the same.
 */
import { atom, batch, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import { activeItem, type Collection, type Identified } from '../lib/named-collection';
import type { Validator } from '../schemas/validate';
import type { PersistedStore } from './persistence';

/** sessionStorage if it can be read and written, else undefined. */
function probeSession(): Storage | undefined {
  if (typeof window === 'undefined') return undefined;
  try {
    const candidate = window.sessionStorage;
    candidate.setItem('iik:probe', '1');
    candidate.removeItem('iik:probe');
    return candidate;
  } catch {
    return undefined;
  }
}

const session = probeSession();

/** How to put each tab state back to its fallback without saving it, for deleting all data. */
const resets: (() => void)[] = [];

/** How to build a tab state. */
export interface TabStateOptions<T> {
  /** Its sessionStorage key, starting "iik:". */
  key: string;
  /** Validates what is read back. */
  schema: Validator<T>;
  /** The value when the tab has none yet. */
  fallback: T;
}

/** An atom kept for this tab (see the file comment); `set` saves it. */
export function tabState<T>({ key, schema, fallback }: TabStateOptions<T>): WritableAtom<T> {
  let initial = fallback;
  try {
    const raw = session?.getItem(key);
    if (raw) {
      const parsed = schema.safeParse(JSON.parse(raw));
      if (parsed.success) initial = parsed.data;
    }
  } catch {
    // Unreadable: the tab starts from the fallback.
  }
  const $state = atom<T>(initial);
  const show = $state.set.bind($state);
  $state.set = (value: T) => {
    try {
      if (value === undefined) session?.removeItem(key);
      else session?.setItem(key, JSON.stringify(value));
    } catch {
      // Full or refused: the value still lives on the page.
    }
    show(value);
  };
  resets.push(() => show(fallback));
  return $state;
}

/** Forgets everything this tab kept (the reader deleted all their data). */
export function clearTabState(): void {
  try {
    for (let index = (session?.length ?? 0) - 1; index >= 0; index -= 1) {
      const key = session?.key(index);
      if (key?.startsWith('iik:')) session?.removeItem(key);
    }
  } catch {
    // Nothing more to do: the atoms below still reset.
  }
  for (const reset of resets) reset();
}

const optionalId: Validator<string | undefined> = {
  safeParse: (value) =>
    value === undefined || typeof value === 'string'
      ? { success: true, data: value }
      : { success: false },
};

/** How a store's saved state holds a collection the reader opens one item of at a time. */
export interface TabCollectionOptions<S, T extends Identified> {
  /** The store the collection is saved in. */
  store: PersistedStore<S>;
  /** The sessionStorage key of the tab's open item, e.g. "iik:email-drafts:open". */
  openKey: string;
  /** The collection as the saved state holds it: its items and the item opened last in any tab. */
  read: (state: S) => Collection<T>;
  /** The saved state with the collection's items and the item opened last. */
  write: (state: S, collection: Collection<T>) => S;
}

/** A saved collection with the item this tab has open, and the one way to change it. */
export interface TabCollection<T extends Identified> {
  /** The open item: the one this tab opened, else the first; none when there are none. */
  $open: ReadableAtom<T | undefined>;
  /** The collection as stored now, with this tab's open item. */
  current(): Collection<T>;
  /**
   * Applies a change to the latest stored collection (`store.update`, or `store.seed` for
   * content the tool makes itself); the item it opens becomes this tab's open item, and the one
   * a new tab starts on.
   */
  change(change: (collection: Collection<T>) => Collection<T>, how?: 'update' | 'seed'): void;
}

/**
 * A saved collection whose open item belongs to the tab. A new tab opens the item opened last
 * in any tab, else the first. Once the tab shows an item it keeps showing it while it exists,
 * even when another tab adds one before it.
 */
export function tabCollection<S, T extends Identified>({
  store,
  openKey,
  read,
  write,
}: TabCollectionOptions<S, T>): TabCollection<T> {
  const saved = read(store.$value.get());
  const $openId = tabState<string | undefined>({
    key: openKey,
    schema: optionalId,
    fallback: saved.activeId ?? saved.items[0]?.id,
  });
  // Pin what this tab starts on, so a reload of the tab reopens it, whatever other tabs open.
  if ($openId.get() !== undefined) $openId.set($openId.get());
  const $items = computed(store.$value, (state) => read(state).items);
  const $open = computed([$items, $openId], (items, activeId) => activeItem({ items, activeId }));
  // Keep what the tab shows: a first item appearing, or a neighbor in place of one deleted.
  $open.listen((item) => {
    const openId = $openId.get();
    if (item && item.id !== openId && !$items.get().some(({ id }) => id === openId))
      $openId.set(item.id);
  });
  const current = () => ({ items: read(store.$value.get()).items, activeId: $openId.get() });

  return {
    $open,
    current,
    change: (change, how = 'update') => {
      const opened: { id?: string | undefined; changed: boolean } = { changed: false };
      batch(() => {
        store[how]((state) => {
          const saved = read(state);
          const before = { items: saved.items, activeId: $openId.get() };
          const after = change(before);
          if (after === before) return state;
          if (after.activeId !== before.activeId) {
            opened.id = after.activeId;
            opened.changed = true;
          }
          // The saved open item is the one opened last in any tab: only an opening changes it.
          return write(state, {
            items: after.items,
            activeId: opened.changed ? after.activeId : saved.activeId,
          });
        });
        if (opened.changed) $openId.set(opened.id);
      });
    },
  };
}
