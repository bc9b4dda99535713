import { describe, expect, test } from 'vitest';
import type { Collection, Named } from '../../../src/lib/named-collection';
import { deletionUndo } from '../../../src/stores/deletion-undo';

/** A collection held in a variable, as a store holds its value. */
function setUp() {
  let value: Collection<Named> = {
    items: [
      { id: 'a', name: 'Dana' },
      { id: 'b', name: 'Sam' },
    ],
    activeId: 'b',
  };
  const deletion = deletionUndo<Named>({ read: () => value, write: (next) => (value = next) });
  return { deletion, value: () => value };
}

describe('deletionUndo', () => {
  test('deletes, keeps the deletion, and undo puts the item back open where it was', () => {
    const { deletion, value } = setUp();
    expect(deletion.delete('b')?.item.name).toBe('Sam');
    expect(value().items.map((item) => item.name)).toEqual(['Dana']);
    expect(deletion.$deleted.get()?.index).toBe(1);
    expect(deletion.undo()?.name).toBe('Sam');
    expect(value()).toEqual({
      items: [
        { id: 'a', name: 'Dana' },
        { id: 'b', name: 'Sam' },
      ],
      activeId: 'b',
    });
    expect(deletion.$deleted.get()).toBeUndefined();
    expect(deletion.undo()).toBeUndefined();
  });

  test('a new deletion replaces the one before, and dismissing forgets it', () => {
    const { deletion, value } = setUp();
    deletion.delete('a');
    deletion.delete('b');
    expect(deletion.$deleted.get()?.item.name).toBe('Sam');
    deletion.forget();
    expect(deletion.undo()).toBeUndefined();
    expect(value().items).toEqual([]);
  });

  test('an unknown id deletes nothing and keeps the last deletion', () => {
    const { deletion } = setUp();
    deletion.delete('a');
    expect(deletion.delete('zz')).toBeUndefined();
    expect(deletion.$deleted.get()?.item.name).toBe('Dana');
  });
});
