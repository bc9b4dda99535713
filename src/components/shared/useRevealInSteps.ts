/**
 * How much of a long list to render: a first screenful at once, then a step more after each
 * paint until all of it is shown. A hundred rows rendered in one go block a phone's main thread
 * for one long task; in steps, each task is short and the page answers input throughout.
 */
import { useEffect, useState } from 'preact/hooks';

/** Rows in the first render: more than a tall screen shows. */
export const FIRST_STEP = 12;
/** Rows added after each paint. */
export const NEXT_STEP = 16;

/**
 * The number of rows of a `total`-row list to render now. It only grows, so once the whole
 * list has been shown a later, longer list (filters cleared) renders at once.
 */
export function useRevealInSteps(total: number): number {
  const [shown, setShown] = useState(FIRST_STEP);
  // Effects run after the browser paints, so each step renders in a task of its own.
  useEffect(() => {
    if (shown < total) setShown(shown + NEXT_STEP);
  }, [shown, total]);
  return Math.min(shown, total);
}
