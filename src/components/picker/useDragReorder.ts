/**
 * Reordering the list by dragging a question's handle with a pointer, always within its own
 * part of the conversation. The page is measured once when the drag starts; after that only
 * the pointer is compared with those measures (src/lib/drag-reorder.ts). Escape puts the
 * question back where it was.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { dropPosition } from '../../lib/drag-reorder';

/** Where a drag started and what it measured. */
interface DragStart {
  key: string;
  pointerId: number;
  from: number;
  phaseStart: number;
  /** Page-y of the middle of each other question in the same part. */
  middles: number[];
}

/** A drag in progress: which question, where it was and where it would land. */
export interface Drag {
  key: string;
  from: number;
  target: number;
}

/** What the hook needs from the list. */
export interface DragOptions {
  /** The list's root, to find the rows to measure. */
  root: { current: HTMLElement | null };
  /** Where a question is (0-based, over the whole list) and the range of its part. */
  locate: (key: string) => { from: number; first: number; last: number } | undefined;
  /** The keys of the questions at positions first…last. */
  keysBetween: (first: number, last: number) => string[];
  /** Moves the question; called on drop with its new position. */
  drop: (key: string, target: number) => void;
  /** Called when the reader cancels with Escape. */
  canceled: () => void;
}

/** The drag state and the handlers for a row's handle. */
export function useDragReorder({ root, locate, keysBetween, drop, canceled }: DragOptions) {
  const start = useRef<DragStart | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  // The latest callbacks, read by the handlers, which stay the same for the rows' sake.
  const latest = useRef({ locate, keysBetween, drop, canceled });
  latest.current = { locate, keysBetween, drop, canceled };

  const dragging = drag !== null;
  useEffect(() => {
    if (!dragging) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      start.current = null;
      setDrag(null);
      latest.current.canceled();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dragging]);

  const handlers = useRef({
    onPointerDown: (event: PointerEvent, key: string) => {
      if (event.button !== 0 || !root.current) return;
      event.preventDefault();
      const place = latest.current.locate(key);
      if (!place) return;
      const middles = latest.current
        .keysBetween(place.first, place.last)
        .filter((other) => other !== key)
        .map((other) => {
          const element = root.current?.querySelector(`[data-key="${CSS.escape(other)}"]`);
          const box = element?.getBoundingClientRect();
          return box ? box.top + window.scrollY + box.height / 2 : 0;
        });
      (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
      start.current = {
        key,
        pointerId: event.pointerId,
        from: place.from,
        phaseStart: place.first,
        middles,
      };
      setDrag({ key, from: place.from, target: place.from });
    },
    onPointerMove: (event: PointerEvent) => {
      const begun = start.current;
      if (begun?.pointerId !== event.pointerId) return;
      const target = dropPosition(event.pageY, begun.middles, begun.phaseStart);
      setDrag((current) =>
        current?.target === target ? current : { key: begun.key, from: begun.from, target },
      );
    },
    onPointerEnd: (event: PointerEvent, dropped: boolean) => {
      const begun = start.current;
      if (begun?.pointerId !== event.pointerId) return;
      start.current = null;
      setDrag(null);
      if (dropped)
        latest.current.drop(begun.key, dropPosition(event.pageY, begun.middles, begun.phaseStart));
    },
  }).current;

  return { drag, handlers };
}

/** The drag handlers a row's handle takes. */
export type DragHandlers = ReturnType<typeof useDragReorder>['handlers'];
