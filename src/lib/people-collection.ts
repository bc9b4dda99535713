/**
 * The list operations the people store needs: put a new item first, replace one, delete one
 * keeping what undo needs, and put it back where it was. Pure and generic over items with an
 * id. Kept apart from the store so the shared "named collection" module (being extracted from
 * the drafts and question-list stores) can take its place without touching the verbs.
 */

/** An item that was deleted, with where it was, so undo can put it back in its place. */
export interface Removed<T> {
  item: T;
  /** Its position in the list when it was deleted. */
  index: number;
}

/** The list with a new item first (lists show the newest first). */
export function prepend<T>(items: readonly T[], item: T): T[] {
  return [item, ...items];
}

/** The item with this id, if it is there. */
export function findById<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  return items.find((item) => item.id === id);
}

/** The list with the item of the same id replaced, or undefined if it isn't there. */
export function replaceById<T extends { id: string }>(
  items: readonly T[],
  item: T,
): T[] | undefined {
  const index = items.findIndex((other) => other.id === item.id);
  if (index === -1) return undefined;
  const next = [...items];
  next[index] = item;
  return next;
}

/** The list without the item of this id and what undo needs, or undefined if it isn't there. */
export function removeById<T extends { id: string }>(
  items: readonly T[],
  id: string,
): { items: T[]; removed: Removed<T> } | undefined {
  const index = items.findIndex((item) => item.id === id);
  const item = items[index];
  if (item === undefined) return undefined;
  return { items: items.filter((_, at) => at !== index), removed: { item, index } };
}

/**
 * The list with a deleted item back where it was (or last, if the list is shorter now), or
 * undefined if it is back already (undo pressed twice, or in another tab).
 */
export function restoreRemoved<T extends { id: string }>(
  items: readonly T[],
  { item, index }: Removed<T>,
): T[] | undefined {
  if (items.some((other) => other.id === item.id)) return undefined;
  const next = [...items];
  next.splice(Math.min(index, next.length), 0, item);
  return next;
}
