import { describe, expect, test } from 'vitest';
import { wrapText } from '../../../../src/lib/figures/wrap';

describe('wrapText', () => {
  test('breaks between words so no line passes the width', () => {
    expect(wrapText('the same day is good; after 48 hours it is late', 20)).toEqual([
      'the same day is',
      'good; after 48 hours',
      'it is late',
    ]);
  });

  test('keeps a word longer than the width on a line of its own, and ignores extra spaces', () => {
    expect(wrapText('  a  extraordinarily long word ', 8)).toEqual([
      'a',
      'extraordinarily',
      'long',
      'word',
    ]);
    expect(wrapText('', 8)).toEqual([]);
  });
});
