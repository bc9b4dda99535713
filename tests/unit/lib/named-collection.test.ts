import { describe, expect, test } from 'vitest';
import {
  activeItem,
  addItem,
  copyName,
  deleteItem,
  duplicateItem,
  isNameFor,
  nameTaken,
  restoreItem,
  selectItem,
  tidyName,
  uniqueName,
  updateItem,
  withDistinctNames,
  type Collection,
  type Named,
} from '../../../src/lib/named-collection';

const item = (id: string, name: string): Named => ({ id, name });
/** Three named items with the middle one open. */
const collection = (): Collection<Named> => ({
  items: [item('a', 'Dana'), item('b', 'Sam'), item('c', 'Lee')],
  activeId: 'b',
});
const names = (c: Collection<Named>) => c.items.map((entry) => entry.name);

describe('activeItem and selectItem', () => {
  test('the open item is the one marked, else the first, else none', () => {
    expect(activeItem(collection())?.id).toBe('b');
    expect(activeItem({ ...collection(), activeId: 'gone' })?.id).toBe('a');
    expect(activeItem({ items: [] })).toBeUndefined();
  });

  test('selectItem opens an item and ignores an unknown or already open one', () => {
    expect(selectItem(collection(), 'c').activeId).toBe('c');
    const c = collection();
    expect(selectItem(c, 'zz')).toBe(c);
    expect(selectItem(c, 'b')).toBe(c);
  });
});

describe('addItem and updateItem', () => {
  test('adds first or last, and opens what it added', () => {
    expect(names(addItem(collection(), item('d', 'Kim'), 'last'))).toEqual([
      'Dana',
      'Sam',
      'Lee',
      'Kim',
    ]);
    const first = addItem(collection(), item('d', 'Kim'), 'first');
    expect(names(first)[0]).toBe('Kim');
    expect(first.activeId).toBe('d');
    expect(addItem({ items: [] }, item('x', 'First'), 'last').activeId).toBe('x');
  });

  test('updateItem changes one item and gives the same collection when nothing changed', () => {
    expect(names(updateItem(collection(), 'c', (lee) => ({ ...lee, name: 'Lee Chen' })))).toEqual([
      'Dana',
      'Sam',
      'Lee Chen',
    ]);
    const c = collection();
    expect(updateItem(c, 'c', (same) => same)).toBe(c);
    expect(updateItem(c, 'zz', (other) => ({ ...other, name: 'x' }))).toBe(c);
  });
});

describe('duplicateItem', () => {
  test('puts the copy right after the original and opens it', () => {
    const after = duplicateItem(collection(), 'a', (original) => ({
      id: 'a2',
      name: copyName(original.name, collection().items),
    }));
    expect(names(after)).toEqual(['Dana', 'Dana (copy)', 'Sam', 'Lee']);
    expect(after.activeId).toBe('a2');
  });

  test('does nothing for an unknown id', () => {
    const c = collection();
    expect(duplicateItem(c, 'zz', () => item('x', 'x'))).toBe(c);
  });
});

describe('deleteItem and restoreItem', () => {
  test('deleting the open item opens the next one and says where it was', () => {
    const { collection: after, deleted } = deleteItem(collection(), 'b');
    expect(names(after)).toEqual(['Dana', 'Lee']);
    expect(after.activeId).toBe('c');
    expect(deleted).toEqual({ item: item('b', 'Sam'), index: 1, wasActive: true });
  });

  test('deleting the last open item opens the one before; deleting the only one leaves none open', () => {
    expect(deleteItem({ ...collection(), activeId: 'c' }, 'c').collection.activeId).toBe('b');
    expect(deleteItem({ items: [item('a', 'Dana')] }, 'a').collection).toEqual({
      items: [],
      activeId: undefined,
    });
  });

  test('deleting another item keeps the open one, and an unknown id changes nothing', () => {
    expect(deleteItem(collection(), 'a').collection.activeId).toBe('b');
    const c = collection();
    expect(deleteItem(c, 'zz')).toEqual({ collection: c });
  });

  test('restoreItem puts it back in its place, opens it if it was open, and only once', () => {
    const { collection: after, deleted } = deleteItem(collection(), 'b');
    const restored = restoreItem(after, deleted!);
    expect(names(restored)).toEqual(['Dana', 'Sam', 'Lee']);
    expect(restored.activeId).toBe('b');
    expect(restoreItem(restored, deleted!)).toBe(restored);
  });

  test('restoreItem leaves the open item alone when the deleted one was not open', () => {
    const { collection: after, deleted } = deleteItem(collection(), 'a');
    expect(restoreItem(after, deleted!).activeId).toBe('b');
  });

  test('restoreItem still works after other items were deleted', () => {
    const first = deleteItem(collection(), 'c');
    const second = deleteItem(first.collection, 'a');
    expect(names(restoreItem(second.collection, first.deleted!))).toEqual(['Sam', 'Lee']);
  });
});

describe('names', () => {
  test('tidyName trims and makes each run of spaces one space', () => {
    expect(tidyName('  Kim \n at   the lab ')).toBe('Kim at the lab');
  });

  test('nameTaken ignores case and spacing, and the item being renamed', () => {
    expect(nameTaken(' dana ', collection().items)).toBe(true);
    expect(nameTaken('Dana', collection().items, 'a')).toBe(false);
    expect(nameTaken('Kim', collection().items)).toBe(false);
  });

  test('uniqueName numbers a taken name from (2), whatever the case', () => {
    const items = [item('a', 'Thank-you note'), item('b', 'thank-you note (2)')];
    expect(uniqueName('Follow-up', items)).toBe('Follow-up');
    expect(uniqueName('Thank-you note', items)).toBe('Thank-you note (3)');
  });

  test('copyName gives "(copy)", then "(copy 2)", and never stacks them', () => {
    const items = [item('a', 'Sam'), item('b', 'Sam (copy)')];
    expect(copyName('Lee', items)).toBe('Lee (copy)');
    expect(copyName('Sam', items)).toBe('Sam (copy 2)');
    expect(copyName('Sam (copy)', items)).toBe('Sam (copy 2)');
  });

  test('isNameFor recognizes a name uniqueName gave, and nothing the reader wrote', () => {
    expect(isNameFor('Thank-you note', 'Thank-you note')).toBe(true);
    expect(isNameFor('Thank-you note (3)', 'Thank-you note')).toBe(true);
    expect(isNameFor('Thanks to Dana', 'Thank-you note')).toBe(false);
    expect(isNameFor('Thank-you note (copy)', 'Thank-you note')).toBe(false);
  });

  test('withDistinctNames numbers arriving items whose names are taken, and leaves the kept ones', () => {
    const items = [
      item('new-1', 'dana'),
      item('a', 'Dana'),
      item('b', 'Sam'),
      item('new-2', 'Dana'),
      item('new-3', 'Kim'),
    ];
    expect(withDistinctNames(items, new Set(['a', 'b'])).map(({ name }) => name)).toEqual([
      'dana (2)',
      'Dana',
      'Sam',
      'Dana (3)',
      'Kim',
    ]);
    // Nothing clashes: the same items come back.
    const apart = [item('a', 'Dana'), item('new', 'Kim')];
    expect(withDistinctNames(apart, new Set(['a']))).toEqual(apart);
  });
});
