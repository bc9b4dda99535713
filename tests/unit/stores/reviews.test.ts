// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { EMPTY_PROGRESS } from '../../../src/lib/review-progress';
import { rate } from '../../support/ratings';
import { savedValue } from '../../support/storage';

const KEY = 'iik:reviews:v2';

/** Imports fresh copies of the store and the persistence layer, as a page load does. */
async function loadStore() {
  vi.resetModules();
  return import('../../../src/stores/reviews');
}

const saved = () => savedValue(KEY);

/** The texts of the copies of unreadable or dropped data kept for the store. */
const keptTexts = () =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith(`${KEY}:backup:`))
    .map((key) => localStorage.getItem(key) ?? '');

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 10, 23, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('the reviews store', () => {
  test('saves a rating under "iik:reviews:v2" and has it back after a reload', async () => {
    const first = await loadStore();
    const interval = await first.rateReviewCard('phase-past', 3);
    expect(interval).toBe(10 * 60_000);
    expect(saved().cards['phase-past'].state).toBe(1);
    const second = await loadStore();
    expect(second.$reviews.get().cards['phase-past']?.state).toBe(1);
    expect(second.$reviews.get().log).toHaveLength(1);
  });

  test('undoes the last rating, also after a reload', async () => {
    await (await loadStore()).rateReviewCard('phase-past', 4);
    const reloaded = await loadStore();
    expect(reloaded.undoReviewStep()).toMatchObject({
      kind: 'rating',
      cardId: 'phase-past',
      grade: 4,
    });
    expect(saved().cards).toEqual({});
    expect(reloaded.undoReviewStep()).toBeUndefined();
  });

  test('resets a deck and brings it back with undo', async () => {
    const store = await loadStore();
    await store.rateReviewCard('a', 3);
    await store.rateReviewCard('b', 3);
    store.resetDeck(['a', 'b'], 'asking');
    expect(saved().cards).toEqual({});
    store.undoReviewStep();
    expect(Object.keys(saved().cards)).toEqual(['a', 'b']);
  });

  test('keeps the valid cards of damaged data and names the dropped one in its notice', async () => {
    const good = rate(EMPTY_PROGRESS, 'phase-past', 3, Date.now()).progress;
    localStorage.setItem(
      KEY,
      JSON.stringify({ ...good, cards: { ...good.cards, 'phase-present': { due: 42 } } }),
    );
    const { $reviews, reviewsStore } = await loadStore();
    expect(Object.keys($reviews.get().cards)).toEqual(['phase-past']);
    expect(reviewsStore.$notices.get()).toMatchObject([
      {
        kind: 'partial',
        label: 'practice progress',
        dropped: ['progress on the card "phase-present"'],
      },
    ]);
    expect(keptTexts()[0]).toContain('phase-present');
  });

  test('opens fresh from unreadable JSON and keeps a copy', async () => {
    localStorage.setItem(KEY, '{"cards": {');
    const { $reviews, reviewsStore } = await loadStore();
    expect($reviews.get()).toEqual(EMPTY_PROGRESS);
    expect(reviewsStore.$notices.get()[0]?.kind).toBe('recovered');
    expect(keptTexts()).toEqual(['{"cards": {']);
  });

  test('carries version 1 progress forward', async () => {
    const due = Date.UTC(2026, 10, 25);
    localStorage.setItem(
      'iik:reviews:v1',
      JSON.stringify({
        cards: {
          'phase-past': {
            due,
            stability: 3,
            difficulty: 5,
            elapsed_days: 1,
            scheduled_days: 2,
            reps: 2,
            lapses: 0,
            state: 2,
            last_review: due - 2 * 86_400_000,
          },
        },
      }),
    );
    const { $reviews, reviewsStore } = await loadStore();
    expect($reviews.get().cards['phase-past']).toMatchObject({
      due: new Date(due).toISOString(),
      reps: 2,
      learning_steps: 0,
    });
    expect(reviewsStore.$notices.get()).toEqual([]);
    expect(saved().cards['phase-past'].reps).toBe(2);
  });

  test('drops progress on cards the decks no longer have, keeps a copy and says so', async () => {
    const store = await loadStore();
    await store.rateReviewCard('phase-past', 3);
    await store.rateReviewCard('retired-card', 3);
    expect(store.forgetUnknownCards(new Set(['phase-past']))).toEqual(['retired-card']);
    expect(Object.keys(saved().cards)).toEqual(['phase-past']);
    expect(store.reviewsStore.$notices.get()).toMatchObject([
      {
        kind: 'partial',
        label: 'practice progress',
        dropped: ['progress on "retired-card", a card the decks no longer have'],
      },
    ]);
    expect(keptTexts()[0]).toContain('retired-card');
  });

  test('works in memory and says progress won’t be kept when storage is switched off', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const store = await loadStore();
    expect(store.reviewsStore.$notices.get()).toEqual([
      { kind: 'unavailable', label: 'practice progress' },
    ]);
    await store.rateReviewCard('phase-past', 3);
    expect(store.$reviews.get().cards['phase-past']?.state).toBe(1);
  });

  test('sets the daily number of new cards', async () => {
    const store = await loadStore();
    store.setNewPerDay(5);
    expect(saved().newPerDay).toBe(5);
  });
});
