import { describe, expect, test } from 'vitest';
import { formatCount, plural, pluralWord } from '../../../src/lib/plural';

describe('plural', () => {
  test('writes one and many with the right form of the noun', () => {
    expect(plural(1, 'question')).toBe('1 question');
    expect(plural(0, 'question')).toBe('0 questions');
    expect(plural(3, 'question')).toBe('3 questions');
  });

  test('takes an irregular plural', () => {
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });

  test('groups the digits of large counts', () => {
    expect(plural(5000, 'character')).toBe('5,000 characters');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(-1234)).toBe('-1,234');
    // Only the whole part is grouped.
    expect(formatCount(12345.6789)).toBe('12,345.6789');
  });

  test('picks a verb form to agree with the count', () => {
    expect(pluralWord(1, 'comes', 'come')).toBe('comes');
    expect(pluralWord(4, 'comes', 'come')).toBe('come');
  });
});
