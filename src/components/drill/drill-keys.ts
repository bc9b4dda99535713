/**
 * The drill's keyboard shortcuts, as the buttons show them: Space or Enter turns the card, 1 to
 * 4 rate it, U undoes. They work wherever focus is on the page, but never while the reader types
 * in a field, and Space and Enter leave a focused button, link or control to do its own job.
 */
import type { Grade } from '../../schemas/review-progress';

/** Elements whose own Space and Enter must keep working (a focused button clicks itself). */
const ACTIVATES = 'button, a[href], input, select, textarea, summary, [contenteditable="true"]';
/** Elements the reader types into, where no shortcut may fire. */
const TYPES_TEXT =
  'textarea, select, [contenteditable="true"], input:not([type="radio"]):not([type="checkbox"]):not([type="button"])';

/** What the shortcuts do. */
export interface DrillKeyActions {
  /** Whether a card is on screen to turn and rate. */
  hasCard: boolean;
  flip: () => void;
  rate: (grade: Grade) => void;
  undo: () => void;
}

/** A keydown handler for the drill's shortcuts. */
export function drillKeyHandler({ hasCard, flip, rate, undo }: DrillKeyActions) {
  return (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target instanceof Element ? event.target : undefined;
    if (target?.closest(TYPES_TEXT)) return;
    if (event.key === ' ' || event.key === 'Enter') {
      if (target?.closest(ACTIVATES) || !hasCard) return;
      event.preventDefault();
      flip();
    } else if (['1', '2', '3', '4'].includes(event.key)) {
      if (!hasCard) return;
      event.preventDefault();
      rate(Number(event.key) as Grade);
    } else if (event.key === 'u' || event.key === 'U') {
      event.preventDefault();
      undo();
    }
  };
}
