import { describe, expect, test } from 'vitest';
import { readerClockText } from '../../../src/lib/reader-clock';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';

describe('readerClockText', () => {
  const call = (date: string, time: string, timeZone: string) => ({
    date,
    time,
    timeZone,
    minutes: 30,
    format: 'video' as const,
    place: '',
  });

  test('gives a call set in another zone on the reader’s clock, with the day when it differs', () => {
    expect(readerClockText(call('2026-11-27', '10:00', NEW_YORK), LONDON)).toBe(
      '3:00 PM your time',
    );
    expect(readerClockText(call('2026-11-27', '21:00', NEW_YORK), LONDON)).toBe(
      'Nov 28 at 2:00 AM your time',
    );
  });

  test('says nothing when the reader’s clock reads the same', () => {
    expect(readerClockText(call('2026-11-27', '10:00', LONDON), LONDON)).toBe('');
    // Another name for the same clock.
    expect(readerClockText(call('2026-11-27', '10:00', 'Europe/Dublin'), LONDON)).toBe('');
  });
});
