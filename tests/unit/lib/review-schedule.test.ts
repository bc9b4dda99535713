import { describe, expect, test } from 'vitest';
import { check } from '../../../src/schemas/validate';
import {
  describeInterval,
  formatInterval,
  isDueNow,
  isDueToday,
  newCardState,
  previewRatings,
  rateCard,
} from '../../../src/lib/review-schedule';
import { savedCardSchema, type SavedCard } from '../../../src/schemas/review-progress';

import { DAY, MINUTE } from '../../../src/lib/time';
const at = (text: string) => new Date(text).getTime();

describe('rateCard', () => {
  const now = at('2026-11-23T10:00:00Z');

  test('brings a new card back in 1 minute after Again and 10 minutes after Good', () => {
    expect(rateCard(undefined, 1, now).intervalMs).toBe(MINUTE);
    expect(rateCard(undefined, 3, now).intervalMs).toBe(10 * MINUTE);
  });

  test('sends an easy new card away for days, not minutes', () => {
    const { card, intervalMs } = rateCard(undefined, 4, now);
    expect(intervalMs).toBeGreaterThanOrEqual(DAY);
    expect(card.state).toBe(2);
  });

  test('saves dates as ISO strings that pass the saved schema and survive JSON', () => {
    const { card } = rateCard(undefined, 3, now);
    expect(card.due).toBe('2026-11-23T10:10:00.000Z');
    expect(card.last_review).toBe('2026-11-23T10:00:00.000Z');
    const reloaded = JSON.parse(JSON.stringify(card)) as unknown;
    expect(check(savedCardSchema, reloaded).success).toBe(true);
  });

  test('continues from a saved state: Good twice graduates the card to a review days later', () => {
    const first = rateCard(undefined, 3, now).card;
    const tenMinutesLater = now + 10 * MINUTE;
    const second = rateCard(JSON.parse(JSON.stringify(first)) as SavedCard, 3, tenMinutesLater);
    expect(second.card.state).toBe(2);
    expect(second.card.reps).toBe(2);
    expect(second.intervalMs).toBeGreaterThanOrEqual(DAY);
  });

  test('counts a lapse when a learned card is forgotten', () => {
    const learned = rateCard(undefined, 4, now).card;
    const due = Date.parse(learned.due);
    const forgotten = rateCard(learned, 1, due).card;
    expect(forgotten.lapses).toBe(1);
    expect(forgotten.state).toBe(3);
  });
});

describe('previewRatings', () => {
  test('gives the four intervals in increasing order, the same as rating would', () => {
    const now = at('2026-11-23T10:00:00Z');
    const preview = previewRatings(undefined, now);
    const intervals = [1, 2, 3, 4].map((grade) => preview[grade as 1 | 2 | 3 | 4].intervalMs);
    expect([...intervals].sort((a, b) => a - b)).toEqual(intervals);
    expect(preview[3]).toEqual(rateCard(undefined, 3, now));
  });
});

describe('newCardState', () => {
  test('is a new card due now', () => {
    const state = newCardState(at('2026-11-23T10:00:00Z'));
    expect(state).toMatchObject({ state: 0, reps: 0, due: '2026-11-23T10:00:00.000Z' });
    expect(isDueNow(state, at('2026-11-23T10:00:00Z'))).toBe(false);
  });
});

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
