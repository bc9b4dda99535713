/**
 * Noticing that the item open in this tab (a draft, a list) went away without this tab deleting
 * it, so the tool can say so instead of showing another in silence. Apart from
 * ./deletion-undo.ts, which every tool loads, as only the tools that open one item at a time
 * need it.
 */
import type { ReadableAtom } from 'nanostores';
import type { Identified } from '../lib/named-collection';
import type { DeletionUndo } from './deletion-undo';

/**
 * Calls `deletedElsewhere` with the item open in this tab whenever it goes without this tab
 * deleting it (another tab deleted it, or deleted everything); returns the way to stop. Checked
 * once the change is done, as a deletion here marks itself just after removing the item.
 */
export function onOpenDeletedElsewhere<T extends Identified>(
  $open: ReadableAtom<T | undefined>,
  items: () => readonly T[],
  deletion: DeletionUndo<T>,
  deletedElsewhere: (item: T) => void,
): () => void {
  let open = $open.get();
  return $open.listen((next) => {
    const gone = open;
    open = next;
    if (!gone || gone.id === next?.id) return;
    queueMicrotask(() => {
      if (items().some(({ id }) => id === gone.id)) return;
      if (deletion.$deleted.get()?.item.id === gone.id) return;
      deletedElsewhere(gone);
    });
  });
}
