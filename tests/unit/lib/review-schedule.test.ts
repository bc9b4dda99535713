import { describe, expect, test } from 'vitest';
import { rateCard } from '../../../src/lib/fsrs-scheduler';
import {
  describeInterval,
  formatInterval,
  isDueNow,
  isDueToday,
} from '../../../src/lib/review-schedule';
import { DAY, MINUTE } from '../../../src/lib/time';

describe('isDueNow', () => {
  test('shows a card scheduled for a later hour today from the start of its day', () => {
    const reviewed = rateCard(undefined, 4, new Date(2026, 10, 20, 15, 0).getTime()).card;
    const dueDay = new Date(reviewed.due);
    const morningOfDueDay = new Date(
      dueDay.getFullYear(),
      dueDay.getMonth(),
      dueDay.getDate(),
      8,
      0,
    ).getTime();
    const eveningBefore = morningOfDueDay - 12 * 60 * MINUTE;
    expect(isDueNow(reviewed, morningOfDueDay)).toBe(true);
    expect(isDueToday(reviewed, morningOfDueDay)).toBe(true);
    expect(isDueNow(reviewed, eveningBefore)).toBe(false);
  });

  test('makes a card in short-term learning wait for its exact minute', () => {
    const now = new Date(2026, 10, 23, 10, 0).getTime();
    const learning = rateCard(undefined, 3, now).card;
    expect(isDueNow(learning, now + 9 * MINUTE)).toBe(false);
    expect(isDueToday(learning, now + 9 * MINUTE)).toBe(true);
    expect(isDueNow(learning, now + 10 * MINUTE)).toBe(true);
  });
});

describe('formatInterval', () => {
  test.each([
    [30_000, '1 min'],
    [10 * MINUTE, '10 min'],
    [5 * 60 * MINUTE, '5 h'],
    [DAY, '1 day'],
    [3 * DAY, '3 days'],
    [61 * DAY, '2 mo'],
    [730 * DAY, '2 yr'],
  ])('shows %i ms as "%s"', (ms, text) => {
    expect(formatInterval(ms)).toBe(text);
  });
});

describe('describeInterval', () => {
  test('says intervals in words for screen readers', () => {
    expect(describeInterval(MINUTE)).toBe('1 minute');
    expect(describeInterval(10 * MINUTE)).toBe('10 minutes');
    expect(describeInterval(3 * DAY)).toBe('3 days');
    expect(describeInterval(92 * DAY)).toBe('3 months');
  });
});
