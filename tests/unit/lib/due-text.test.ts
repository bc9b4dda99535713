import { describe, expect, test } from 'vitest';
import type { DueStep } from '../../../src/lib/due-steps';
import { clockTime, dayAndTime, dayWord, dueText, shortDate } from '../../../src/lib/due-text';
import { DAY, HOUR, instantOf, MINUTE, type Instant } from '../../../src/lib/time';
import { startOfDay } from '../../../src/lib/zoned-time';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const now = instantOf('2026-11-20T10:00:00Z');
const options = { now, readerZone: LONDON };

/** A day step due on `date` in London, late from the next day. */
const dayStep = (date: string, lateAfterDays = 1): Pick<DueStep, 'kind' | 'timing'> => ({
  kind: 'nudge',
  timing: {
    startsAt: startOfDay(date, LONDON),
    dueAt: startOfDay(date, LONDON),
    lateAt: startOfDay(date, LONDON) + lateAfterDays * DAY,
    precision: 'day',
    timeZone: LONDON,
  },
});

/** A timed step that opens at `start` and is due a day later, late a day after that. */
const timedStep = (start: number, timeZone = LONDON): Pick<DueStep, 'kind' | 'timing'> => ({
  kind: 'thank-you',
  timing: {
    startsAt: start,
    dueAt: start + 24 * HOUR,
    lateAt: start + 48 * HOUR,
    precision: 'time',
    timeZone,
  },
});

describe('shortDate and dayWord', () => {
  test('write a date as written, and the days around today in words', () => {
    expect(shortDate('2026-11-27')).toBe('Nov 27');
    expect(dayWord(now, LONDON, now)).toBe('today');
    expect(dayWord(now + DAY, LONDON, now)).toBe('tomorrow');
    expect(dayWord(now - DAY, LONDON, now)).toBe('yesterday');
    expect(dayWord(now + 3 * DAY, LONDON, now)).toBe('Nov 23');
  });

  test('read the day in the zone given: late evening in New York is the next day in London', () => {
    const evening = instantOf('2026-11-21T02:00:00Z');
    expect(dayWord(evening, NEW_YORK, now)).toBe('today');
    expect(dayWord(evening, LONDON, now)).toBe('tomorrow');
  });
});

describe('clockTime and dayAndTime', () => {
  test('name the zone only when it is not the reader’s', () => {
    const moment = instantOf('2026-11-20T19:30:00Z');
    expect(clockTime(moment, LONDON, LONDON)).toBe('7:30 PM');
    expect(clockTime(moment, NEW_YORK, LONDON)).toBe('2:30 PM EST');
    expect(dayAndTime(moment, LONDON, options)).toBe('today at 7:30 PM');
  });
});

describe('dueText', () => {
  test('says nothing for a step with no date', () => {
    expect(dueText({ kind: 'request', timing: undefined }, options)).toBe('');
  });

  test('gives a day step’s day before it, “Due today” on it, and “Late” after it', () => {
    expect(dueText(dayStep('2026-11-27'), options)).toBe('Due Nov 27');
    expect(dueText(dayStep('2026-11-21'), options)).toBe('Due tomorrow');
    expect(dueText(dayStep('2026-11-20'), options)).toBe('Due today');
    expect(dueText(dayStep('2026-11-19'), options)).toBe('Late: was due yesterday');
  });

  test('gives the last day of a step due over several days', () => {
    expect(dueText(dayStep('2026-11-19', 3), options)).toBe('Due by tomorrow');
    expect(dueText(dayStep('2026-11-19', 4), options)).toBe('Due by Nov 22');
  });

  test('gives both ends of a step due over several days before it opens, so its deadline stays put', () => {
    // Preparing for a call on Nov 30: from 3 days before until the day before.
    expect(dueText(dayStep('2026-11-27', 3), options)).toBe('From Nov 27, due by Nov 29');
    expect(dueText(dayStep('2026-11-21', 3), options)).toBe('From tomorrow, due by Nov 23');
  });

  test('gives a timed step’s opening, its deadline, and its lateness', () => {
    expect(dueText(timedStep(now + 2 * HOUR), options)).toBe('From today at 12:00 PM');
    expect(dueText(timedStep(now - 2 * HOUR), options)).toBe('Due by tomorrow at 8:00 AM');
    expect(dueText(timedStep(now - 50 * HOUR), options)).toBe('Late: was due yesterday at 8:00 AM');
  });

  test('calls a deadline or opening at midnight the end or start of a day', () => {
    const midnight = instantOf('2026-11-21T00:00:00Z');
    const step = (startsAt: Instant, dueAt: Instant): Pick<DueStep, 'kind' | 'timing'> => ({
      kind: 'thank-you',
      timing: { startsAt, dueAt, lateAt: dueAt + DAY, precision: 'time', timeZone: LONDON },
    });
    expect(dueText(step(midnight, midnight + DAY), options)).toBe('From tomorrow');
    expect(dueText(step(now - HOUR, midnight + DAY), options)).toBe('Due by the end of tomorrow');
    expect(dueText(step(now - HOUR, midnight), options)).toBe('Due by the end of today');
    expect(dueText(step(now - 3 * DAY, midnight - 2 * DAY), options)).toBe(
      'Late: was due by the end of Nov 18',
    );
    expect(dueText(step(now - 2 * DAY, midnight - DAY), options)).toBe(
      'Past due since the end of yesterday',
    );
  });

  test('never says “Due by” a time gone: past the deadline and not yet late, it says so', () => {
    expect(dueText(timedStep(now - 30 * HOUR), options)).toBe('Past due since today at 4:00 AM');
    const dueOnOpening = {
      kind: 'mark-met' as const,
      timing: { ...timedStep(now - 8 * HOUR).timing!, dueAt: now - 8 * HOUR },
    };
    expect(dueText(dueOnOpening, options)).toBe('Ended today at 2:00 AM');
    expect(dueText({ ...dueOnOpening, kind: 'thank-you' }, options)).toBe(
      'Due since today at 2:00 AM',
    );
  });

  test('says when a conversation is, and that it has started once it has', () => {
    const meet = (start: number): Pick<DueStep, 'kind' | 'timing'> => ({
      kind: 'meet',
      timing: {
        startsAt: start - 10 * HOUR,
        dueAt: start,
        lateAt: start + 30 * MINUTE,
        precision: 'time',
        timeZone: NEW_YORK,
      },
    });
    expect(dueText(meet(instantOf('2026-11-21T19:30:00Z')), options)).toBe(
      'Tomorrow at 2:30 PM EST',
    );
    expect(dueText(meet(now - 10 * MINUTE), options)).toBe('Started today at 4:50 AM EST');
  });
});
