/**
 * Deleting from a tool's collection with a way back, one behavior for every tool: the store
 * keeps the last deletion, a new deletion replaces the one before, Undo puts the item back where
 * it was (open again if it was open) and Dismiss forgets it. The deletion lives in memory only:
 * a reload, or another tab, never offers to undo what this page did not delete.
 */
import { atom, type ReadableAtom } from 'nanostores';
import {
  deleteItem,
  restoreItem,
  type Collection,
  type Deleted,
  type Identified,
} from '../lib/named-collection';

/** How a store's saved value is read and written as a collection. */
export interface CollectionAccess<T extends Identified> {
  read(): Collection<T>;
  write(collection: Collection<T>): void;
}

/** A tool's deletions: the last one, and the verbs its undo notice calls. */
export interface DeletionUndo<T extends Identified> {
  /** The last deletion, while it can still be undone. */
  $deleted: ReadableAtom<Deleted<T> | undefined>;
  /** Deletes an item and keeps it for undo; returns the deletion, or undefined for an unknown id. */
  delete(id: string): Deleted<T> | undefined;
  /** Puts the last deleted item back and returns it; undefined if there is nothing to undo. */
  undo(): T | undefined;
  /** Forgets the last deletion: the reader dismissed the notice. */
  forget(): void;
}

/** Deletion with undo over one store's collection. */
export function deletionUndo<T extends Identified>(access: CollectionAccess<T>): DeletionUndo<T> {
  const $deleted = atom<Deleted<T> | undefined>(undefined);
  return {
    $deleted,
    delete: (id) => {
      const { collection, deleted } = deleteItem(access.read(), id);
      if (!deleted) return undefined;
      access.write(collection);
      $deleted.set(deleted);
      return deleted;
    },
    undo: () => {
      const deleted = $deleted.get();
      if (!deleted) return undefined;
      $deleted.set(undefined);
      const before = access.read();
      const after = restoreItem(before, deleted);
      if (after !== before) access.write(after);
      return deleted.item;
    },
    forget: () => $deleted.set(undefined),
  };
}
