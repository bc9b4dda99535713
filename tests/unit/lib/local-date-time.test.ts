import { describe, expect, test } from 'vitest';
import { localDateTime } from '../../../src/lib/local-date-time';

describe('localDateTime', () => {
  test('writes a moment on the reader’s clock as en-US does, whatever the zone', () => {
    // Made from the local clock's parts, so the test reads the same in every time zone.
    for (const [date, text] of [
      [new Date(2026, 11, 2, 13, 5), 'Dec 2, 2026, 1:05 PM'],
      [new Date(2026, 0, 31, 0, 0), 'Jan 31, 2026, 12:00 AM'],
      [new Date(2027, 6, 4, 12, 30), 'Jul 4, 2027, 12:30 PM'],
      [new Date(2026, 10, 20, 9, 59), 'Nov 20, 2026, 9:59 AM'],
    ] as const)
      expect(localDateTime(date)).toBe(text);
  });

  test('says what Intl.DateTimeFormat says for en-US, for every hour', () => {
    const intl = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
    for (let hour = 0; hour < 24; hour += 1) {
      const moment = new Date(2026, 4, 9, hour, 7);
      expect(localDateTime(moment)).toBe(intl.format(moment));
    }
  });
});
