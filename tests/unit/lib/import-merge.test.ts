import { describe, expect, test } from 'vitest';
import { mergeImported, previewChanges } from '../../../src/lib/import-merge';

const list = (id: string, name: string, updatedAt: string) => ({ id, name, updatedAt });

describe('mergeImported', () => {
  test('adds the file’s items, keeps the newer edit of each, and deletes nothing', () => {
    const here = {
      lists: [
        list('a', 'Dana', '2026-11-20T10:00:00Z'),
        list('b', 'Sam (edited here)', '2026-11-22T10:00:00Z'),
      ],
    };
    const file = {
      lists: [
        list('b', 'Sam', '2026-11-21T10:00:00Z'),
        list('c', 'Lee', '2026-11-19T10:00:00Z'),
        list('a', 'Dana (edited there)', '2026-11-23T10:00:00Z'),
      ],
    };
    expect(mergeImported(here, file)).toEqual({
      lists: [
        list('a', 'Dana (edited there)', '2026-11-23T10:00:00Z'),
        list('b', 'Sam (edited here)', '2026-11-22T10:00:00Z'),
        list('c', 'Lee', '2026-11-19T10:00:00Z'),
      ],
    });
  });

  test('keeps this browser’s settings and single values, and adds what only the file has', () => {
    expect(
      mergeImported(
        { newPerDay: 5, activeListId: 'a', debriefs: [{ id: 'd1', notes: 'here' }] },
        {
          newPerDay: 20,
          activeListId: 'c',
          debriefs: [{ id: 'd2', notes: 'there' }],
          setup: { minutes: 30 },
        },
      ),
    ).toEqual({
      newPerDay: 5,
      activeListId: 'a',
      debriefs: [
        { id: 'd2', notes: 'there' },
        { id: 'd1', notes: 'here' },
      ],
      setup: { minutes: 30 },
    });
  });

  test('never mixes two different things under one key: a run in progress here stays', () => {
    const here = { current: { id: 'run-here', notes: 'a' }, debriefs: [] };
    expect(mergeImported(here, { current: { id: 'run-there', notes: 'b' }, debriefs: [] })).toEqual(
      here,
    );
    expect(mergeImported<object>({ debriefs: [] }, here)).toEqual(here);
  });

  test('items without an id are matched by their whole value, so nothing is doubled', () => {
    const bank = (questionId: string) => ({ kind: 'bank', questionId });
    expect(
      mergeImported({ items: [bank('x'), bank('y')] }, { items: [bank('y'), bank('z')] }),
    ).toEqual({
      items: [bank('x'), bank('y'), bank('z')],
    });
  });
});

describe('previewChanges', () => {
  test('says what Merge and Replace would each add, update, leave and remove', () => {
    const here = [list('a', 'A', 't1'), list('b', 'B', 't1'), list('only-here', 'H', 't1')];
    const file = [list('a', 'A', 't1'), list('b', 'B2', 't2'), list('new', 'N', 't1')];
    const merged = [
      list('a', 'A', 't1'),
      list('b', 'B2', 't2'),
      list('only-here', 'H', 't1'),
      list('new', 'N', 't1'),
    ];
    expect(previewChanges(here, file, merged)).toEqual({
      inFile: 3,
      merge: { added: 1, updated: 1, unchanged: 1, removed: 0 },
      replace: { added: 1, updated: 1, unchanged: 1, removed: 1 },
    });
  });

  test('an older copy in the file changes nothing on Merge, but would on Replace', () => {
    const here = [list('a', 'A newer', 't2')];
    const file = [list('a', 'A older', 't1')];
    expect(previewChanges(here, file, here)).toMatchObject({
      merge: { updated: 0, unchanged: 1 },
      replace: { updated: 1, unchanged: 0 },
    });
  });
});
