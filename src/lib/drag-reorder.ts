/**
 * Where a dragged question lands: pure geometry, so the island only measures the page and the
 * rule can be tested without a browser.
 */

/**
 * The position (0-based, over the whole list) a dragged item moves to: the first position of
 * its phase plus how many of the phase's other items have their middle above the pointer.
 */
export function dropPosition(
  pointerY: number,
  otherMidpoints: readonly number[],
  phaseStart: number,
): number {
  return phaseStart + otherMidpoints.filter((middle) => middle < pointerY).length;
}
