import { describe, expect, test } from 'vitest';
import { newCardState, previewRatings, rateCard } from '../../../src/lib/fsrs-scheduler';
import { isDueNow } from '../../../src/lib/review-schedule';
import { DAY, MINUTE } from '../../../src/lib/time';
import { savedCardSchema, type SavedCard } from '../../../src/schemas/review-progress';
import { check } from '../../../src/schemas/validate';

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
