import { describe, expect, test } from 'vitest';
import { pickCards } from '../../../src/lib/practice-data';

describe('pickCards', () => {
  test('takes the cards from the file the build writes', () => {
    const card = {
      id: 'phase-past',
      deck: 'asking',
      prompt: 'Phase: their past.',
      answer: 'Ask how they got here.',
    };
    expect(pickCards({ cards: [card] })).toEqual([card]);
  });

  test('refuses a file without readable cards', () => {
    expect(() => pickCards({ cards: [] })).toThrow();
    expect(() => pickCards({ cards: [{ id: 'x', deck: 'unknown' }] })).toThrow();
    expect(() => pickCards('<html>')).toThrow();
  });
});
