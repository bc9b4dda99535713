import { describe, expect, test } from 'vitest';
import { characterCount, characters, characterUse, overLimit } from '../../../src/lib/text-limit';

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

describe('characterCount', () => {
  test('counts what a reader sees: an emoji, a flag or an accented letter is one character', () => {
    expect(characterCount('Café')).toBe(4);
    expect(characterCount('Cafe\u0301')).toBe(4);
    expect(characterCount('👩‍👩‍👧')).toBe(1);
    expect(characterCount('🇨🇦 ok')).toBe(4);
  });

  test('is the count the limits use: a text of emoji fits by what the reader counts', () => {
    expect(overLimit('👩‍👩‍👧'.repeat(10), 10)).toBeUndefined();
    expect(overLimit('👩‍👩‍👧'.repeat(11), 10)).toMatch(/^That would make it 11 characters/);
  });
});

describe('characterUse', () => {
  test('says how much of the limit a text takes', () => {
    expect(characterUse('Hello', 300)).toBe('5 of 300 characters');
    expect(characterUse('', 1)).toBe('0 of 1 character');
  });
});
