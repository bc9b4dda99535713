import { describe, expect, test } from 'vitest';
import {
  findById,
  prepend,
  removeById,
  replaceById,
  restoreRemoved,
} from '../../../src/lib/people-collection';

const items = [
  { id: 'a', name: 'Ana' },
  { id: 'b', name: 'Ben' },
  { id: 'c', name: 'Cleo' },
];

describe('people collection', () => {
  test('puts a new item first and finds items by id', () => {
    expect(prepend(items, { id: 'z', name: 'Zed' }).map((item) => item.id)).toEqual([
      'z',
      'a',
      'b',
      'c',
    ]);
    expect(findById(items, 'b')?.name).toBe('Ben');
    expect(findById(items, 'x')).toBeUndefined();
  });

  test('replaces an item in its place, and reports one that is gone', () => {
    expect(replaceById(items, { id: 'b', name: 'Benny' })?.map((item) => item.name)).toEqual([
      'Ana',
      'Benny',
      'Cleo',
    ]);
    expect(replaceById(items, { id: 'x', name: 'X' })).toBeUndefined();
    expect(items[1]?.name).toBe('Ben');
  });

  test('deletes an item and puts it back where it was, once', () => {
    const removed = removeById(items, 'b');
    expect(removed?.items.map((item) => item.id)).toEqual(['a', 'c']);
    expect(removed?.removed).toEqual({ item: items[1], index: 1 });
    const back = restoreRemoved(removed!.items, removed!.removed);
    expect(back?.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(restoreRemoved(back!, removed!.removed)).toBeUndefined();
    expect(removeById(items, 'x')).toBeUndefined();
  });

  test('puts an item back last when the list has shrunk since', () => {
    const removed = removeById(items, 'c')!;
    expect(restoreRemoved([], removed.removed)?.map((item) => item.id)).toEqual(['c']);
  });
});
