/**
 * What importing a file does to one tool's data, and what the preview says about it.
 *
 * Merge keeps everything here and adds the file's: items are matched by id (or, without one,
 * by their whole value), and where both have an item the one edited later (`updatedAt`) wins;
 * nothing is deleted. Settings and other single values keep this browser's, unless this
 * browser has no saved data for the tool, when the file's are taken whole. Replace takes the
 * file's data as it is.
 *
 * The preview counts items: a list, a draft, a debrief, a card's progress.
 */
import { itemIdentity } from './item-identity';
import type { CountedItem } from './listed-items';
import { sameValue } from './sync-merge';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const editedAt = (value: unknown): string =>
  isRecord(value) && typeof value.updatedAt === 'string' ? value.updatedAt : '';

/** The file's data merged into this browser's; see the file comment. */
export function mergeImported<T>(current: T, incoming: T): T {
  return mergeValue(current, incoming) as T;
}

function mergeValue(current: unknown, incoming: unknown): unknown {
  if (incoming === undefined || sameValue(current, incoming)) return current;
  if (current === undefined) return incoming;
  if (Array.isArray(current) && Array.isArray(incoming)) return mergeItems(current, incoming);
  if (isRecord(current) && isRecord(incoming)) {
    // An edited item is taken whole from the side edited later; two different things keep ours.
    if (editedAt(current) || editedAt(incoming))
      return editedAt(incoming) > editedAt(current) ? incoming : current;
    if (current.id !== incoming.id) return current;
    const merged: Record<string, unknown> = { ...current };
    for (const [key, value] of Object.entries(incoming))
      merged[key] = mergeValue(current[key], value);
    return merged;
  }
  return current;
}

/** Items of both, matched by identity, ours first in our order; the file's new ones near their neighbors. */
function mergeItems(current: readonly unknown[], incoming: readonly unknown[]): unknown[] {
  const order = current.map((item) => itemIdentity(item));
  const byIdentity = new Map(current.map((item, index) => [order[index] ?? '', item]));
  let previous: string | undefined;
  for (const item of incoming) {
    const identity = itemIdentity(item);
    if (byIdentity.has(identity))
      byIdentity.set(identity, mergeValue(byIdentity.get(identity), item));
    else {
      order.splice(previous === undefined ? 0 : order.indexOf(previous) + 1, 0, identity);
      byIdentity.set(identity, item);
    }
    previous = identity;
  }
  return order.map((identity) => byIdentity.get(identity));
}

/** How many items an import adds, updates, leaves as they are and (for Replace) removes. */
export interface ItemChanges {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** What Merge and Replace would each do to one tool's items. */
export interface ImportPreview {
  /** How many items the file holds for the tool. */
  inFile: number;
  merge: ItemChanges;
  replace: ItemChanges;
}

/** Compares this browser's items with the file's and with the merged ones. */
export function previewChanges(
  current: readonly CountedItem[],
  incoming: readonly CountedItem[],
  merged: readonly CountedItem[],
): ImportPreview {
  const here = new Map(current.map((item) => [item.id, item]));
  const afterMerge = new Map(merged.map((item) => [item.id, item]));
  const fromFile = new Set(incoming.map((item) => item.id));
  const count = (next: (id: string, file: CountedItem) => CountedItem | undefined) => {
    const changes = { added: 0, updated: 0, unchanged: 0, removed: 0 };
    for (const item of incoming) {
      const before = here.get(item.id);
      if (!before) changes.added += 1;
      else if (sameValue(before, next(item.id, item))) changes.unchanged += 1;
      else changes.updated += 1;
    }
    return changes;
  };
  const replace = count((_, file) => file);
  replace.removed = current.filter((item) => !fromFile.has(item.id)).length;
  return {
    inFile: incoming.length,
    merge: count((id) => afterMerge.get(id)),
    replace,
  };
}
