import { describe, expect, test } from 'vitest';
import { listedItems } from '../../../src/lib/listed-items';

describe('listedItems', () => {
  test('counts the items of every top-level list of objects with an id', () => {
    expect(listedItems({ lists: [{ id: 'a' }, { id: 'b' }], activeListId: 'a' })).toHaveLength(2);
    expect(listedItems({ debriefs: [{ id: 'd' }], current: { id: 'run' } })).toEqual([{ id: 'd' }]);
    expect(listedItems({ log: [{ cardId: 'x' }], cards: {} })).toEqual([]);
    expect(listedItems(null)).toEqual([]);
  });
});
