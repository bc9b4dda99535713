import { describe, expect, test } from 'vitest';
import { rebaseForm } from '../../../src/lib/form-rebase';

const opened = { name: 'Maya Chen', organization: 'Northwind', notes: '' };

describe('rebaseForm', () => {
  test('untouched fields take what another tab saved; what the reader typed stays', () => {
    const typed = { ...opened, notes: 'Met at the meetup' };
    const saved = { ...opened, organization: 'Northwind Health' };
    expect(rebaseForm(opened, typed, saved)).toEqual({
      values: { name: 'Maya Chen', organization: 'Northwind Health', notes: 'Met at the meetup' },
      opened: saved,
      conflicts: [],
    });
  });

  test('names a field both changed to different values, keeping what the reader typed', () => {
    const typed = { ...opened, notes: 'Mine' };
    const saved = { ...opened, notes: 'Theirs' };
    const rebased = rebaseForm(opened, typed, saved);
    expect(rebased.values.notes).toBe('Mine');
    expect(rebased.conflicts).toEqual(['notes']);
  });

  test('no conflict when both typed the same, or when nothing else changed', () => {
    const typed = { ...opened, notes: 'Same' };
    expect(rebaseForm(opened, typed, { ...opened, notes: 'Same' }).conflicts).toEqual([]);
    expect(rebaseForm(opened, typed, opened)).toEqual({ values: typed, opened, conflicts: [] });
  });
});
