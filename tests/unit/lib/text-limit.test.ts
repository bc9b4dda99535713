import { describe, expect, test } from 'vitest';
import { characters, overLimit } from '../../../src/lib/text-limit';

describe('overLimit', () => {
  test('lets text up to the limit through', () => {
    expect(overLimit('a'.repeat(200), 200)).toBeUndefined();
  });

  test('refuses text past the limit, saying both lengths and that nothing changed', () => {
    expect(overLimit('a'.repeat(7342), 5000)).toBe(
      'That would make it 7,342 characters, and this takes up to 5,000 characters. Nothing was changed: shorten it and try again.',
    );
    expect(characters(1)).toBe('1 character');
  });
});
