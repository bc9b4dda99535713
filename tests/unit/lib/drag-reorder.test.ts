import { describe, expect, test } from 'vitest';
import { dropPosition } from '../../../src/lib/drag-reorder';

describe('dropPosition', () => {
  // Three other questions of the phase, whose middles are at 100, 200 and 300 px; the phase starts at position 4.
  const middles = [100, 200, 300];

  test('above every other question, the item goes first in its phase', () => {
    expect(dropPosition(40, middles, 4)).toBe(4);
  });

  test('between the second and third, it goes third', () => {
    expect(dropPosition(250, middles, 4)).toBe(6);
  });

  test('below every other question, it goes last in its phase', () => {
    expect(dropPosition(900, middles, 4)).toBe(7);
  });

  test('alone in its phase, it stays where it is', () => {
    expect(dropPosition(500, [], 2)).toBe(2);
  });
});
