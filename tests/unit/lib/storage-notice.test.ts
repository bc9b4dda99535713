import { describe, expect, test } from 'vitest';
import { describeNotice } from '../../../src/lib/storage-notice';

describe('describeNotice', () => {
  test('tells the reader a copy was kept when saved data could not be read', () => {
    const { tone, message } = describeNotice({ kind: 'recovered', label: 'question lists' });
    expect(tone).toBe('warn');
    expect(message).toContain("couldn't read your saved question lists");
    expect(message).toContain('copy');
  });

  test('names what was dropped when only part of the data was kept', () => {
    expect(
      describeNotice({ kind: 'partial', label: 'progress', dropped: ['card "old-card"'] }).message,
    ).toContain('card "old-card"');
    expect(
      describeNotice({ kind: 'partial', label: 'progress', dropped: ['a', 'b', 'c'] }).message,
    ).toContain('3 items');
  });

  test('warns that nothing will be kept when storage is off', () => {
    expect(describeNotice({ kind: 'unavailable', label: 'drafts' }).message).toContain(
      'will be lost when you leave',
    );
  });

  test('reports a failed save as an error that keeps the change on the page', () => {
    const { tone, message } = describeNotice({ kind: 'write-failed', label: 'drafts' });
    expect(tone).toBe('error');
    expect(message).toContain('still here on the page');
  });
});
