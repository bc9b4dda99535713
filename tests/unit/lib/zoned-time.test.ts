import { describe, expect, test } from 'vitest';
import { instantOf, isoString } from '../../../src/lib/time';
import {
  addDays,
  dateIn,
  isTimeZone,
  readerTimeZone,
  startOfDay,
  timeIn,
  usableTimeZone,
  zonedMoment,
} from '../../../src/lib/zoned-time';

describe('addDays', () => {
  test('moves across months, years and leap days', () => {
    expect(addDays('2026-11-27', 7)).toBe('2026-12-04');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  test('counts calendar days, not 24-hour spans, across a clock change', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });
});

describe('zonedMoment and startOfDay', () => {
  test('read a wall-clock time in its own zone', () => {
    expect(isoString(zonedMoment('2026-11-20', '10:30', 'America/New_York'))).toBe(
      '2026-11-20T15:30:00.000Z',
    );
    expect(isoString(zonedMoment('2026-07-20', '10:30', 'Europe/London'))).toBe(
      '2026-07-20T09:30:00.000Z',
    );
    expect(isoString(startOfDay('2026-11-20', 'Pacific/Auckland'))).toBe(
      '2026-11-19T11:00:00.000Z',
    );
  });

  test('take a time that happens twice, when the clocks go back, as the first of the two', () => {
    // New York's clocks go from 02:00 back to 01:00 on 1 November 2026.
    expect(isoString(zonedMoment('2026-11-01', '01:30', 'America/New_York'))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    expect(isoString(zonedMoment('2026-11-01', '02:30', 'America/New_York'))).toBe(
      '2026-11-01T07:30:00.000Z',
    );
  });

  test('read zones with half-hour offsets and zones ahead of UTC across midnight', () => {
    expect(isoString(zonedMoment('2026-11-20', '09:00', 'Asia/Kolkata'))).toBe(
      '2026-11-20T03:30:00.000Z',
    );
    expect(isoString(zonedMoment('2026-11-20', '00:30', 'Pacific/Auckland'))).toBe(
      '2026-11-19T11:30:00.000Z',
    );
  });

  test('take a time the clocks skip as the same time after the change', () => {
    // New York's clocks go from 02:00 to 03:00 on 8 March 2026.
    expect(isoString(zonedMoment('2026-03-08', '02:30', 'America/New_York'))).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  // East of UTC, a wall time read as if it were UTC falls after the real moment, on the far side
  // of the night's clock change: these once gave a skipped time before the change, and a
  // repeated time's second happening.
  test('east of UTC too: a skipped time is read after the change, a repeated one as the first', () => {
    // London's clocks go from 01:00 to 02:00 on 29 March 2026, and back from 02:00 to 01:00 on
    // 25 October.
    const london = zonedMoment('2026-03-29', '01:30', 'Europe/London');
    expect(timeIn(london, 'Europe/London')).toBe('02:30');
    expect(isoString(london)).toBe('2026-03-29T01:30:00.000Z');
    expect(isoString(zonedMoment('2026-10-25', '01:30', 'Europe/London'))).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    // Lord Howe Island moves its clocks half an hour: 02:00 to 02:30 on 4 October 2026, and
    // 02:00 back to 01:30 on 5 April.
    const skipped = zonedMoment('2026-10-04', '02:15', 'Australia/Lord_Howe');
    expect(timeIn(skipped, 'Australia/Lord_Howe')).toBe('02:45');
    expect(isoString(zonedMoment('2026-04-05', '01:45', 'Australia/Lord_Howe'))).toBe(
      '2026-04-04T14:45:00.000Z',
    );
    expect(isoString(zonedMoment('2026-07-01', '09:00', 'Australia/Lord_Howe'))).toBe(
      '2026-06-30T22:30:00.000Z',
    );
    expect(isoString(zonedMoment('2026-12-01', '09:00', 'Australia/Lord_Howe'))).toBe(
      '2026-11-30T22:00:00.000Z',
    );
  });
});

describe('dateIn and timeIn', () => {
  test('give the day and time a moment shows in each zone', () => {
    const moment = instantOf('2026-11-20T23:30:00Z');
    expect(dateIn(moment, 'Europe/London')).toBe('2026-11-20');
    expect(dateIn(moment, 'Pacific/Auckland')).toBe('2026-11-21');
    expect(timeIn(moment, 'Pacific/Auckland')).toBe('12:30');
    expect(timeIn(moment, 'America/Los_Angeles')).toBe('15:30');
  });
});

describe('time zone names', () => {
  test('knows real zones and refuses made-up or empty ones', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    // The answer is kept, and stays the same when asked again.
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  test('falls back to another zone when the one saved is unknown here', () => {
    expect(usableTimeZone('Asia/Tokyo', 'UTC')).toBe('Asia/Tokyo');
    expect(usableTimeZone('Nowhere/Else', 'Europe/London')).toBe('Europe/London');
  });

  test('reads the reader’s zone from the browser', () => {
    expect(isTimeZone(readerTimeZone())).toBe(true);
  });
});
