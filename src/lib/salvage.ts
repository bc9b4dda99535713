/**
 * What to keep of a saved collection that failed validation as a whole: every item that still
 * passes its schema, the open item's id if it survived, and a line for the reader about each
 * item dropped, named by its own name where it has one. Drafts and question lists both keep
 * their readable items this way, so one damaged item never hides the rest.
 */
import type * as v from 'valibot';
import { check } from '../schemas/validate';

/** How one store's collection is laid out in its saved data, and how to name what is dropped. */
export interface SalvageShape<S extends v.GenericSchema> {
  /** The key of the list of items, e.g. "lists". */
  itemsKey: string;
  /** The key of the open item's id, e.g. "activeListId". */
  openKey: string;
  /** The schema each item must pass. */
  itemSchema: S;
  /** How a dropped item is named to the reader, from its name (undefined if it has none). */
  describe: (name: string | undefined) => string;
  /** What to say when every item was fine (so what failed was the note of the open one). */
  openLost: string;
}

/** The readable part: the items kept, the open id if it survived, and what was dropped. */
export interface Salvaged<T> {
  items: T[];
  openId: string | undefined;
  dropped: string[];
}

/** Keeps the valid items of `data[itemsKey]`; undefined when there is no list to keep from. */
export function salvageItems<S extends v.GenericSchema>(
  data: unknown,
  shape: SalvageShape<S>,
): Salvaged<v.InferOutput<S>> | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const list = record[shape.itemsKey];
  if (!Array.isArray(list)) return undefined;
  const items: v.InferOutput<S>[] = [];
  const dropped: string[] = [];
  for (const item of list) {
    const parsed = check(shape.itemSchema, item);
    if (parsed.success) items.push(parsed.data);
    else {
      const name = (item as { name?: unknown } | null)?.name;
      dropped.push(
        shape.describe(typeof name === 'string' && name.trim() ? name.trim() : undefined),
      );
    }
  }
  if (dropped.length === 0) dropped.push(shape.openLost);
  const open = record[shape.openKey];
  const openId =
    typeof open === 'string' && items.some((item) => (item as { id?: unknown }).id === open)
      ? open
      : undefined;
  return { items, openId, dropped };
}
