import { describe, expect, test } from 'vitest';
import { FILTER_VALUE_ORDERS, inFilterOrder } from '../../../src/lib/filter-order';

describe('inFilterOrder', () => {
  test('puts the phases Pagefind lists alphabetically in the order of a conversation', () => {
    expect(
      inFilterOrder(
        ['Their advice', 'Their future', 'Their past', 'Their present'],
        FILTER_VALUE_ORDERS.phase ?? [],
      ),
    ).toEqual(['Their present', 'Their past', 'Their future', 'Their advice']);
  });

  test('keeps the order when only some phases are there', () => {
    expect(
      inFilterOrder(['Their advice', 'Their present'], FILTER_VALUE_ORDERS.phase ?? []),
    ).toEqual(['Their present', 'Their advice']);
  });

  test('puts values the order does not name last, in the order they came', () => {
    expect(inFilterOrder(['Zeta', 'b', 'Alpha', 'a'], ['a', 'b'])).toEqual([
      'a',
      'b',
      'Zeta',
      'Alpha',
    ]);
  });

  test('leaves the list it was given as it was', () => {
    const values = ['b', 'a'];
    inFilterOrder(values, ['a', 'b']);
    expect(values).toEqual(['b', 'a']);
  });
});
