/**
 * A collection of things the reader makes and keeps several of (question lists, email drafts,
 * debriefs, people), with the behavior every tool shares, written once: which item is open,
 * adding, copying, changing, deleting with a way back, and names that never clash.
 *
 * A collection is its items in the reader's order and, for tools that open one item at a time,
 * the id of the open one. Stores keep their own saved shape and hand it over as a Collection;
 * every function here returns a new collection and leaves the old one as it was.
 */

/** Anything kept in a collection. */
export interface Identified {
  id: string;
}

/** Anything the reader names. */
export interface Named extends Identified {
  name: string;
}

/** Items in the reader's order, and which one is open (absent: the first, or none for tools that open nothing). */
export interface Collection<T extends Identified> {
  items: readonly T[];
  activeId?: string | undefined;
}

/** An item that was deleted, with what is needed to put it back where it was. */
export interface Deleted<T extends Identified> {
  /** The item as it was. */
  item: T;
  /** Its position among the items. */
  index: number;
  /** Whether it was the open item. */
  wasActive: boolean;
}

/** The open item: the one marked open, else the first; undefined when there are none. */
export function activeItem<T extends Identified>(collection: Collection<T>): T | undefined {
  return collection.items.find((item) => item.id === collection.activeId) ?? collection.items[0];
}

/** Opens an item; the collection is unchanged for an id that is not there or already open. */
export function selectItem<T extends Identified>(
  collection: Collection<T>,
  id: string,
): Collection<T> {
  if (collection.activeId === id || !collection.items.some((item) => item.id === id))
    return collection;
  return { ...collection, activeId: id };
}

/** Adds an item first or last and opens it. */
export function addItem<T extends Identified>(
  collection: Collection<T>,
  item: T,
  where: 'first' | 'last',
): Collection<T> {
  const items = where === 'first' ? [item, ...collection.items] : [...collection.items, item];
  return { items, activeId: item.id };
}

/** Replaces the item with this id by `change(item)`; unchanged if there is none, or if `change` returns the item itself. */
export function updateItem<T extends Identified>(
  collection: Collection<T>,
  id: string,
  change: (item: T) => T,
): Collection<T> {
  let changed = false;
  const items = collection.items.map((item) => {
    if (item.id !== id) return item;
    const next = change(item);
    if (next !== item) changed = true;
    return next;
  });
  return changed ? { ...collection, items } : collection;
}

/**
 * Puts a copy of an item right after it and opens the copy. `copy` makes it from the original
 * (a new id, a name from `copyName`, fresh dates); unchanged if there is no such item.
 */
export function duplicateItem<T extends Identified>(
  collection: Collection<T>,
  id: string,
  copy: (original: T) => T,
): Collection<T> {
  const index = collection.items.findIndex((item) => item.id === id);
  const original = collection.items[index];
  if (!original) return collection;
  const made = copy(original);
  return { items: collection.items.toSpliced(index + 1, 0, made), activeId: made.id };
}

/**
 * Deletes an item and says what was deleted, so it can be put back. If it was open, the item
 * after it (or else the one before) opens in its place.
 */
export function deleteItem<T extends Identified>(
  collection: Collection<T>,
  id: string,
): { collection: Collection<T>; deleted?: Deleted<T> } {
  const index = collection.items.findIndex((item) => item.id === id);
  const item = collection.items[index];
  if (!item) return { collection };
  const wasActive = activeItem(collection)?.id === id;
  const items = collection.items.toSpliced(index, 1);
  const activeId = wasActive ? items[Math.min(index, items.length - 1)]?.id : collection.activeId;
  return { collection: { items, activeId }, deleted: { item, index, wasActive } };
}

/**
 * `items` with a removed `item` back at `index` (or at the end, if fewer are left); the same
 * array if an item with its key is there already (another tab put it back). For every Undo of a
 * removal: a collection's items, or the questions in a list.
 */
export function putBack<T>(
  items: readonly T[],
  item: T,
  index: number,
  key: (item: T) => string,
): readonly T[] {
  const wanted = key(item);
  if (items.some((other) => key(other) === wanted)) return items;
  return items.toSpliced(Math.min(index, items.length), 0, item);
}

/**
 * Puts a deleted item back at its place (or at the end, if fewer items are left), and opens it
 * again if it was open; unchanged if it is back already (another tab put it back).
 */
export function restoreItem<T extends Identified>(
  collection: Collection<T>,
  deleted: Deleted<T>,
): Collection<T> {
  const items = putBack(collection.items, deleted.item, deleted.index, ({ id }) => id);
  if (items === collection.items) return collection;
  return { items, activeId: deleted.wasActive ? deleted.item.id : collection.activeId };
}

// ---------------------------------------------------------------------------------------------
// Names

/** A name as it is kept: trimmed, with every run of spaces and line breaks made one space. */
export function tidyName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** A name reduced for comparison, so "Dana" and " dana " are the same name. */
const nameKey = (name: string) => tidyName(name).toLocaleLowerCase('en');

/** Whether another item (not `exceptId`) already has this name, ignoring case and spacing. */
export function nameTaken(name: string, items: readonly Named[], exceptId?: string): boolean {
  const wanted = nameKey(name);
  return items.some((item) => item.id !== exceptId && nameKey(item.name) === wanted);
}

/** The first of `candidates(1)`, `candidates(2)`, … that no item uses. */
function firstFree(items: readonly Named[], candidate: (n: number) => string): string {
  const taken = new Set(items.map((item) => nameKey(item.name)));
  for (let n = 1; ; n += 1) {
    const name = candidate(n);
    if (!taken.has(nameKey(name))) return name;
  }
}

/**
 * A name for a new item that no other item uses: the base ("Thank-you note"), else the base
 * with the first free number ("Thank-you note (2)").
 */
export function uniqueName(base: string, items: readonly Named[]): string {
  const tidy = tidyName(base);
  return firstFree(items, (n) => (n === 1 ? tidy : `${tidy} (${n})`));
}

/**
 * Items whose names never clash with one another's, for items arriving from elsewhere (an
 * imported file): those in `kept` (already here) keep their names, and an arriving item whose
 * name one of them, or an earlier arrival, has takes the first free number ("Dana (2)").
 */
export function withDistinctNames<T extends Named>(
  items: readonly T[],
  kept: ReadonlySet<string>,
): T[] {
  const named: Named[] = items.filter((item) => kept.has(item.id));
  return items.map((item) => {
    if (kept.has(item.id)) return item;
    const name = nameTaken(item.name, named) ? uniqueName(item.name, named) : item.name;
    named.push({ id: item.id, name });
    return name === item.name ? item : { ...item, name };
  });
}

/**
 * A name for a copy that no other item uses: "Dana (copy)", then "Dana (copy 2)". A copy of a
 * copy is named after the original, not "Dana (copy) (copy)".
 */
export function copyName(name: string, items: readonly Named[]): string {
  const original = tidyName(name).replace(/ \(copy(?: \d+)?\)$/, '');
  return firstFree(items, (n) => (n === 1 ? `${original} (copy)` : `${original} (copy ${n})`));
}

/** Whether a name is one `uniqueName` gives for this base (the base, or it numbered). */
export function isNameFor(name: string, base: string): boolean {
  const wanted = nameKey(base);
  const key = nameKey(name);
  return key === wanted || key.replace(/ \(\d+\)$/, '') === wanted;
}
