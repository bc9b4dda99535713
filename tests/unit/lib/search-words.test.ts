import { describe, expect, test } from 'vitest';
import { foldForSearch, queryWords } from '../../../src/lib/search-words';

describe('queryWords', () => {
  test('splits on spaces and drops surrounding punctuation', () => {
    expect(queryWords('  “Typical”  day? ')).toEqual(['typical', 'day']);
    expect(queryWords("don't")).toEqual(['don', 't']);
  });
});

describe('foldForSearch', () => {
  test('folds accents and case, and turns punctuation into spaces', () => {
    expect(foldForSearch('Résumé’s (R&D)')).toBe('resume s r d ');
  });
});
