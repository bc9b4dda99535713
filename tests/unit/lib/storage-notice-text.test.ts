import { describe, expect, test } from 'vitest';
import { describeNotice } from '../../../src/lib/storage-notice-text';

describe('describeNotice', () => {
  const inBrowser = { where: 'browser', key: 'iik:x:v1:backup:2026-11-24T10:00:00.000Z' } as const;

  test('tells the reader a copy was kept when saved data could not be read', () => {
    const { tone, message } = describeNotice({
      kind: 'recovered',
      label: 'question lists',
      copy: inBrowser,
    });
    expect(tone).toBe('warn');
    expect(message).toContain('couldn’t read your saved question lists');
    expect(message).toContain('A dated copy of the old data is kept in this browser');
  });

  test('says truthfully that nothing is saved while the copy is only on the page', () => {
    const full = describeNotice({
      kind: 'recovered',
      label: 'drafts',
      copy: { where: 'page', text: '{', reason: 'full' },
    });
    expect(full.tone).toBe('error');
    expect(full.message).toContain('There isn’t room in this browser’s storage to keep a copy');
    expect(full.message).toContain('Nothing you change here is saved yet');
    expect(full.message).not.toContain('is kept');
    const capped = describeNotice({
      kind: 'partial',
      label: 'drafts',
      dropped: ['“Dana”'],
      copy: { where: 'page', text: '{', reason: 'cap' },
    });
    expect(capped.message).toContain('already keeps 5 copies of unreadable data');
  });

  test('names what was dropped when only part of the data was kept', () => {
    expect(
      describeNotice({
        kind: 'partial',
        label: 'progress',
        dropped: ['card "old-card"'],
        copy: inBrowser,
      }).message,
    ).toContain('card "old-card"');
    expect(
      describeNotice({
        kind: 'partial',
        label: 'progress',
        dropped: ['a', 'b', 'c'],
        copy: inBrowser,
      }).message,
    ).toContain('3 items');
  });

  test('says data from a newer version was left untouched, and when saving works again', () => {
    expect(describeNotice({ kind: 'newer', label: 'drafts', version: 2 }).message).toContain(
      'saved by a newer version of this site',
    );
    expect(describeNotice({ kind: 'saving-again', label: 'drafts' }).message).toBe(
      'Your drafts are being saved again.',
    );
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
