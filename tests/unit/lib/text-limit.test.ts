import { describe, expect, test } from 'vitest';
import {
  characterCount,
  characters,
  characterUse,
  overLimit,
  refusedChange,
  tooLongNow,
} from '../../../src/lib/text-limit';

describe('overLimit', () => {
  test('lets text up to the limit through', () => {
    expect(overLimit('a'.repeat(200), 200)).toBeUndefined();
  });

  test('refuses text past the limit, saying both lengths and that nothing changed', () => {
    expect(overLimit('a'.repeat(7342), 5000)).toBe(
      'That would make it 7,342 characters, and this field takes up to 5,000 characters. Nothing was changed: shorten it and try again.',
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
    // Plain typing is counted by its length, with a line break as one character each way.
    expect(characterCount('Hi Sam,\n\tthanks!')).toBe(16);
    expect(characterCount('line one\r\nline two')).toBe(17);
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

describe('refusedChange', () => {
  test('refuses a change that takes a text past its limit', () => {
    expect(refusedChange('a'.repeat(10), 'a'.repeat(11), 10)).toMatch(/^That would make it 11/);
    expect(refusedChange('abc', 'abcd', 10)).toBeUndefined();
  });

  test('case 8: an edit that shortens a text already over its limit is always accepted', () => {
    const tooLong = 'x'.repeat(230);
    expect(refusedChange(tooLong, tooLong.slice(0, -1), 200)).toBeUndefined();
    expect(refusedChange(tooLong, 'x'.repeat(150), 200)).toBeUndefined();
    // Typing more, or replacing with text as long, is still refused.
    expect(refusedChange(tooLong, `${tooLong}y`, 200)).toBeDefined();
    expect(refusedChange(tooLong, 'y'.repeat(230), 200)).toBeDefined();
  });
});

describe('tooLongNow', () => {
  test('case 8: says how far over its limit a text is that got long without being typed', () => {
    expect(tooLongNow('x'.repeat(230), 200)).toBe(
      'This is 230 characters, more than the 200 it takes. Shorten it by 30 characters.',
    );
    expect(tooLongNow('x'.repeat(200), 200)).toBeUndefined();
  });
});
