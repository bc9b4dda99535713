import { describe, expect, test } from 'vitest';
import { itemIdentity } from '../../../src/lib/item-identity';

describe('itemIdentity', () => {
  test('knows an item by its id, else by its whole value in any key order', () => {
    expect(itemIdentity({ id: 'a', text: 'x' })).toBe(itemIdentity({ id: 'a', text: 'y' }));
    expect(itemIdentity({ kind: 'bank', questionId: 'q' })).toBe(
      itemIdentity({ questionId: 'q', kind: 'bank' }),
    );
    expect(itemIdentity({ kind: 'bank', questionId: 'q' })).not.toBe(
      itemIdentity({ kind: 'bank', questionId: 'r' }),
    );
  });
});
