import { describe, expect, test } from 'vitest';
import { NUMBER_WORD_PATTERN, readNumber } from '../../../src/lib/number-words';

describe('readNumber', () => {
  test('reads digits and words, in any case', () => {
    expect(readNumber('48')).toBe(48);
    expect(readNumber('Twenty-four')).toBe(24);
    expect(readNumber('an')).toBe(1);
  });

  test('is undefined for anything that is not a number it knows', () => {
    expect(readNumber('several')).toBeUndefined();
    expect(readNumber('2.5')).toBeUndefined();
  });
});

describe('NUMBER_WORD_PATTERN', () => {
  test('matches the longest word first, so a compound is read whole', () => {
    const [match] =
      new RegExp(`\\b(?:${NUMBER_WORD_PATTERN})\\b`).exec('about forty-five minutes') ?? [];
    expect(match).toBe('forty-five');
  });
});
