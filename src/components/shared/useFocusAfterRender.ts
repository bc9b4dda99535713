/**
 * The one way an island moves focus after the reader acts: ask for it before the change, get
 * it once the change is on screen. A change replaces or moves the element the reader was on (a
 * deleted row, a question moved up, a confirmation that closes), so focusing at once would land
 * on an element about to go, and focusing later must wait for the element to exist.
 */
import type { RefObject } from 'preact';
import { useCallback, useLayoutEffect, useRef } from 'preact/hooks';

/** Where focus should go: an element's ref, or a function that finds the element once rendered. */
export type FocusTarget = RefObject<HTMLElement | null> | (() => HTMLElement | null | undefined);

const resolve = (target: FocusTarget) => (typeof target === 'function' ? target() : target.current);

/** Whether focus has gone nowhere (its element was removed or moved), rather than elsewhere. */
const focusLost = () => document.activeElement === null || document.activeElement === document.body;

/**
 * How many frames a request waits for its target to appear: a store re-renders the islands on a
 * timer of its own, which on a busy page can come a frame or two after the change.
 */
const WAIT_FRAMES = 30;

/**
 * Returns `focusAfterRender(target)`. The target is focused after the first render of this
 * component in which it exists, or at a frame, for up to WAIT_FRAMES frames while it does not
 * exist yet. For two frames after it is focused it is focused again if focus gets lost: a change
 * can take several renders (the island's own, then the stores' batched one), and a later one may
 * move the very element focus was put on. Focus the reader moved on is left alone, before as
 * after.
 */
export function useFocusAfterRender(): (target: FocusTarget) => void {
  const pending = useRef<{ target: FocusTarget; focused: boolean; from: Element | null } | null>(
    null,
  );

  const attempt = useCallback(() => {
    const wanted = pending.current;
    const element = wanted && resolve(wanted.target);
    if (!wanted || !element || document.activeElement === element) return;
    const movedOn = wanted.focused || document.activeElement !== wanted.from;
    if (movedOn && !focusLost()) return;
    element.focus();
    wanted.focused = true;
  }, []);

  useLayoutEffect(attempt);

  return useCallback(
    (target: FocusTarget) => {
      const wanted = { target, focused: false, from: document.activeElement };
      pending.current = wanted;
      let frames = 0;
      const atFrame = () => {
        if (pending.current !== wanted) return;
        attempt();
        frames += 1;
        const waiting = !wanted.focused && frames < WAIT_FRAMES;
        if (waiting || frames < 2) requestAnimationFrame(atFrame);
        else pending.current = null;
      };
      requestAnimationFrame(atFrame);
    },
    [attempt],
  );
}

/**
 * Focuses an element once, when the part holding it first appears: for parts that appear
 * because the reader asked for them (an undo notice after a deletion, a form they opened), so
 * their first control is where the reader's next key goes.
 */
export function useFocusWhenShown(target: FocusTarget): void {
  const focusAfterRender = useFocusAfterRender();
  const first = useRef(target);
  useLayoutEffect(() => {
    const element = resolve(first.current);
    if (element) element.focus();
    else focusAfterRender(first.current);
  }, [focusAfterRender]);
}
