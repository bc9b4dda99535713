import { describe, expect, test } from 'vitest';
import { applyTextChange, mergeConcurrent, sameValue } from '../../../src/lib/sync-merge';

const draft = (id: string, subject: string, updatedAt: string, body = '') => ({
  id,
  subject,
  body,
  updatedAt,
});

describe('sameValue', () => {
  test('ignores key order and keys set to undefined', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
  });
});

describe('mergeConcurrent', () => {
  test('takes the change of the only side that changed', () => {
    const base = { lists: [{ id: 'a', name: 'A' }] };
    const changed = { lists: [{ id: 'a', name: 'A2' }] };
    expect(mergeConcurrent(base, changed, base)).toEqual(changed);
    expect(mergeConcurrent(base, base, changed)).toEqual(changed);
  });

  test('keeps items each tab added, next to the items they were added beside', () => {
    const base = { drafts: [draft('b', 'B', 't1')] };
    const local = { drafts: [draft('l', 'L', 't2'), draft('b', 'B', 't1')] };
    const remote = { drafts: [draft('b', 'B', 't1'), draft('r', 'R', 't3')] };
    expect(mergeConcurrent(base, local, remote)).toEqual({
      drafts: [draft('l', 'L', 't2'), draft('b', 'B', 't1'), draft('r', 'R', 't3')],
    });
  });

  test('never brings back an item another tab deleted, even if this tab changed it', () => {
    const base = { drafts: [draft('a', 'A', 't1'), draft('b', 'B', 't1')] };
    const deletedElsewhere = { drafts: [draft('b', 'B', 't1')] };
    const untouchedHere = base;
    expect(mergeConcurrent(base, untouchedHere, deletedElsewhere)).toEqual(deletedElsewhere);
    const editedHere = { drafts: [draft('a', 'A changed', 't2'), draft('b', 'B2', 't2')] };
    expect(mergeConcurrent(base, editedHere, deletedElsewhere)).toEqual({
      drafts: [draft('b', 'B2', 't2')],
    });
  });

  test('merges two edits to different fields of the same item, keeping the later time', () => {
    const base = draft('a', 'Hello', '2026-01-01T10:00:00.000Z', 'Body');
    const local = draft('a', 'Hello there', '2026-01-01T10:00:02.000Z', 'Body');
    const remote = draft('a', 'Hello', '2026-01-01T10:00:01.000Z', 'Body text');
    expect(mergeConcurrent(base, local, remote)).toEqual(
      draft('a', 'Hello there', '2026-01-01T10:00:02.000Z', 'Body text'),
    );
  });

  test('keeps every character when two tabs type in the same field at once', () => {
    const base = { notes: { learned: 'We talked' } };
    expect(
      mergeConcurrent(
        base,
        { notes: { learned: 'We talked a' } },
        { notes: { learned: 'We talked b' } },
      ),
    ).toEqual({ notes: { learned: 'We talked a b' } });
    // One tab types at the start while the other deletes at the end.
    expect(mergeConcurrent('abcdef', 'Xabcdef', 'abcd')).toBe('Xabcd');
    // A deletion and an insertion right where it ends both apply.
    expect(mergeConcurrent('abcdef', 'abef', 'abcdXef')).toBe('abXef');
    // Several insertions on each side, as when keystrokes cross between tabs.
    expect(mergeConcurrent('1', 'a1b', '12')).toBe('a1b2');
    expect(mergeConcurrent('Dear Dana', 'Dear Ms Dana,', 'Dear Dana Lee')).toBe(
      'Dear Ms Dana, Lee',
    );
  });

  test('gives a real clash to the later edit, else to the change being made now', () => {
    const base = draft('a', 'One', '2026-01-01T10:00:00.000Z');
    const newer = draft('a', 'Two', '2026-01-01T10:00:05.000Z');
    const older = draft('a', 'Three', '2026-01-01T10:00:03.000Z');
    expect(mergeConcurrent(base, older, newer)).toEqual(newer);
    expect(mergeConcurrent(base, newer, older)).toEqual(newer);
    // An insertion inside text the other side deleted cannot be merged by edit.
    expect(mergeConcurrent('abcdef', 'abXcdef', 'af')).toBe('abXcdef');
    // Nor can two changed dates: they are never mixed digit by digit.
    expect(
      mergeConcurrent(
        '2026-11-24T10:00:00.000Z',
        '2026-11-24T10:00:00.500Z',
        '2026-11-24T10:00:02.000Z',
      ),
    ).toBe('2026-11-24T10:00:00.500Z');
    expect(mergeConcurrent({ newPerDay: 10 }, { newPerDay: 5 }, { newPerDay: 7 })).toEqual({
      newPerDay: 5,
    });
  });

  test('never mixes two different things kept under one key', () => {
    const base = { current: { id: 'run1', notes: 'abc' } };
    const startedAnother = { current: { id: 'run2', notes: '' } };
    const editedOld = { current: { id: 'run1', notes: 'abcd' } };
    expect(mergeConcurrent(base, startedAnother, editedOld)).toEqual(startedAnother);
    expect(mergeConcurrent(base, editedOld, startedAnother)).toEqual(startedAnother);
  });

  test('a key deleted on one side stays deleted', () => {
    const base = { current: { id: 'run1', notes: 'abc' }, debriefs: [] };
    const discarded = { debriefs: [] };
    const typed = { current: { id: 'run1', notes: 'abcd' }, debriefs: [] };
    expect(mergeConcurrent(base, typed, discarded)).toEqual(discarded);
  });

  test('follows the side that reordered a list, and adds what the other side added', () => {
    const base = { items: ['a', 'b', 'c'] };
    const moved = { items: ['c', 'a', 'b'] };
    const added = { items: ['a', 'b', 'c', 'd'] };
    // 'd' was added after 'c', so it stays right after 'c' wherever 'c' moved.
    expect(mergeConcurrent(base, moved, added)).toEqual({ items: ['c', 'd', 'a', 'b'] });
    expect(mergeConcurrent(base, added, moved)).toEqual({ items: ['c', 'd', 'a', 'b'] });
  });

  test('keeps a list whole when it holds two items it cannot tell apart', () => {
    expect(mergeConcurrent(['a'], ['a', 'a'], ['a', 'b'])).toEqual(['a', 'a']);
  });

  test('an item both sides added the same way is kept once', () => {
    const bank = { kind: 'bank', questionId: 'q1' };
    expect(mergeConcurrent({ items: [] }, { items: [bank] }, { items: [{ ...bank }] })).toEqual({
      items: [bank],
    });
  });
});

describe('applyTextChange', () => {
  test('applies a keystroke to the latest text, keeping what another tab added meanwhile', () => {
    expect(applyTextChange('new text', 'anything')).toBe('new text');
    expect(applyTextChange({ before: 'Dear', after: 'Dear ' }, 'Dear')).toBe('Dear ');
    expect(applyTextChange({ before: 'Dear Dan', after: 'Dear Dana' }, 'My Dear Dan')).toBe(
      'My Dear Dana',
    );
    // A clash goes to the reader's own change.
    expect(applyTextChange({ before: 'abc', after: 'aXc' }, 'aYc')).toBe('aXc');
  });
});
