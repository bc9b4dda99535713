import { describe, expect, test } from 'vitest';
import { check } from '../../../src/schemas/validate';
import {
  EMPTY_PROGRESS,
  mergeImportedProgress,
  migrateProgressV1,
  progressItems,
  resetCards,
  reviewsToday,
  salvageProgress,
  UNDO_LIMIT,
  undoLast,
  withNewPerDay,
  withoutUnknownCards,
} from '../../../src/lib/review-progress';
import {
  DEFAULT_NEW_PER_DAY,
  reviewProgressSchema,
  type ReviewProgress,
} from '../../../src/schemas/review-progress';

import { MINUTE } from '../../../src/lib/time';
import { rate } from '../../support/ratings';
const start = new Date(2026, 10, 23, 10, 0).getTime();
const later = (minutes: number) => start + minutes * MINUTE;

/** Rates cards one after another, a minute apart. */
function rateAll(ratings: [string, 1 | 2 | 3 | 4][], progress: ReviewProgress = EMPTY_PROGRESS) {
  return ratings.reduce(
    (current, [id, grade], index) => rate(current, id, grade, later(index)).progress,
    progress,
  );
}

describe('applyRating', () => {
  test('saves the card’s next state, logs the review as new and keeps an undo step', () => {
    const { progress, intervalMs } = rate(EMPTY_PROGRESS, 'a', 3, start);
    expect(intervalMs).toBe(10 * MINUTE);
    expect(progress.cards.a?.state).toBe(1);
    expect(progress.log).toEqual([
      { cardId: 'a', grade: 3, reviewedAt: new Date(start).toISOString(), wasNew: true },
    ]);
    expect(progress.undo).toEqual([
      { kind: 'rating', cardId: 'a', grade: 3, reviewedAt: new Date(start).toISOString() },
    ]);
    expect(check(reviewProgressSchema, JSON.parse(JSON.stringify(progress))).success).toBe(true);
  });

  test('logs a second review of the same card as not new', () => {
    const progress = rateAll([
      ['a', 1],
      ['a', 3],
    ]);
    expect(progress.log.map((entry) => entry.wasNew)).toEqual([true, false]);
    expect(reviewsToday(progress, later(5))).toEqual({ reviewed: 2, newSeen: 1 });
  });

  test('forgets log entries older than two days, so the saved data stays small', () => {
    const old = rate(EMPTY_PROGRESS, 'a', 4, start).progress;
    const threeDaysLater = start + 3 * 24 * 60 * MINUTE;
    const progress = rate(old, 'b', 3, threeDaysLater).progress;
    expect(progress.log.map((entry) => entry.cardId)).toEqual(['b']);
    expect(reviewsToday(progress, threeDaysLater).reviewed).toBe(1);
  });
});

describe('undoLast', () => {
  test('makes a new card new again and takes its review out of today’s counts', () => {
    const rated = rateAll([['a', 3]]);
    const undone = undoLast(rated);
    expect(undone?.step).toMatchObject({ kind: 'rating', cardId: 'a', grade: 3 });
    expect(undone?.progress.cards).toEqual({});
    expect(undone?.progress.log).toEqual([]);
    expect(undone?.progress.undo).toEqual([]);
  });

  test('restores the exact state a reviewed card had before the rating', () => {
    const once = rateAll([['a', 3]]);
    const twice = rate(once, 'a', 4, later(12)).progress;
    expect(undoLast(twice)?.progress.cards.a).toEqual(once.cards.a);
  });

  test('goes back one step at a time, newest first', () => {
    const progress = rateAll([
      ['a', 3],
      ['b', 1],
      ['c', 4],
    ]);
    const first = undoLast(progress);
    const second = first && undoLast(first.progress);
    expect(
      [first?.step, second?.step].map((step) => step?.kind === 'rating' && step.cardId),
    ).toEqual(['c', 'b']);
    expect(Object.keys(second?.progress.cards ?? {})).toEqual(['a']);
  });

  test('says there is nothing to undo on fresh progress', () => {
    expect(undoLast(EMPTY_PROGRESS)).toBeUndefined();
  });

  test(`keeps only the last ${UNDO_LIMIT} steps`, () => {
    const ids = Array.from(
      { length: UNDO_LIMIT + 5 },
      (_, index) => [`c${index}`, 3] as [string, 3],
    );
    const progress = rateAll(ids);
    expect(progress.undo).toHaveLength(UNDO_LIMIT);
    expect(progress.undo[0]).toMatchObject({ cardId: 'c5' });
  });
});

describe('resetCards', () => {
  const progress = rateAll([
    ['a', 3],
    ['b', 4],
    ['x', 3],
  ]);

  test('makes a deck’s cards new again and drops today’s reviews of them', () => {
    const reset = resetCards(progress, ['a', 'b'], 'asking');
    expect(Object.keys(reset.cards)).toEqual(['x']);
    expect(reset.log.map((entry) => entry.cardId)).toEqual(['x']);
    expect(reviewsToday(reset, later(5)).newSeen).toBe(1);
  });

  test('can be undone, bringing back every state and review', () => {
    const reset = resetCards(progress, ['a', 'b'], 'asking');
    const undone = undoLast(reset);
    expect(undone?.step).toMatchObject({ kind: 'reset', deck: 'asking' });
    expect(undone?.progress.cards).toEqual(progress.cards);
    expect(undone?.progress.log).toEqual(progress.log);
  });

  test('keeps only the newest reset in the undo stack', () => {
    const twice = resetCards(resetCards(progress, ['a'], 'asking'), ['x'], 'scenarios');
    expect(
      twice.undo
        .filter((step) => step.kind === 'reset')
        .map((step) => step.kind === 'reset' && step.deck),
    ).toEqual(['scenarios']);
  });
});

describe('withNewPerDay', () => {
  test('keeps the daily number of new cards between 0 and 100', () => {
    expect(withNewPerDay(EMPTY_PROGRESS, 25).newPerDay).toBe(25);
    expect(withNewPerDay(EMPTY_PROGRESS, -3).newPerDay).toBe(0);
    expect(withNewPerDay(EMPTY_PROGRESS, 500).newPerDay).toBe(100);
    expect(withNewPerDay(EMPTY_PROGRESS, Number.NaN).newPerDay).toBe(DEFAULT_NEW_PER_DAY);
  });
});

describe('withoutUnknownCards', () => {
  test('drops states, reviews and undo steps of cards the decks no longer have', () => {
    const progress = rateAll([
      ['kept', 3],
      ['retired', 3],
    ]);
    const { progress: pruned, dropped } = withoutUnknownCards(progress, new Set(['kept']));
    expect(dropped).toEqual(['retired']);
    expect(Object.keys(pruned.cards)).toEqual(['kept']);
    expect(pruned.log.map((entry) => entry.cardId)).toEqual(['kept']);
    expect(pruned.undo.map((step) => step.kind === 'rating' && step.cardId)).toEqual(['kept']);
  });

  test('leaves progress alone when every card is still there', () => {
    const progress = rateAll([['kept', 3]]);
    expect(withoutUnknownCards(progress, new Set(['kept']))).toEqual({ progress, dropped: [] });
  });
});

describe('salvageProgress', () => {
  const good = rateAll([
    ['a', 3],
    ['b', 3],
  ]);

  test('keeps the readable cards and names the ones it left out', () => {
    const damaged = { ...good, cards: { ...good.cards, broken: { due: 'yesterday', state: 9 } } };
    const result = salvageProgress(JSON.parse(JSON.stringify(damaged)));
    expect(Object.keys(result?.value.cards ?? {})).toEqual(['a', 'b']);
    expect(result?.value.log).toEqual(good.log);
    expect(result?.dropped).toEqual(['progress on the card "broken"']);
  });

  test('drops unreadable log entries and a bad daily number, saying so', () => {
    const damaged = { ...good, log: [...good.log, { cardId: 'a' }], newPerDay: 'lots' };
    const result = salvageProgress(damaged);
    expect(result?.value.log).toEqual(good.log);
    expect(result?.value.newPerDay).toBe(DEFAULT_NEW_PER_DAY);
    expect(result?.dropped).toEqual(['1 of the recent reviews', 'your number of new cards a day']);
  });

  test('gives up on data that is not progress at all', () => {
    expect(salvageProgress(['not', 'progress'])).toBeUndefined();
    expect(salvageProgress({ cards: 'none' })).toBeUndefined();
  });
});

describe('migrateProgressV1', () => {
  test('carries version 1 cards (epoch dates, no learning steps) forward as valid version 2 progress', () => {
    const due = Date.UTC(2026, 10, 25, 9, 0);
    const reviewed = Date.UTC(2026, 10, 20, 9, 0);
    const v1 = {
      cards: {
        'learn-a-typical-day': {
          due,
          stability: 4.2,
          difficulty: 5.1,
          elapsed_days: 3,
          scheduled_days: 5,
          reps: 3,
          lapses: 0,
          state: 2,
          last_review: reviewed,
        },
        'phase-past': {
          due,
          stability: 0,
          difficulty: 0,
          elapsed_days: 0,
          scheduled_days: 0,
          reps: 0,
          lapses: 0,
          state: 0,
          last_review: null,
        },
      },
    };
    const migrated = check(reviewProgressSchema, migrateProgressV1(v1));
    if (!migrated.success) throw new Error(JSON.stringify(migrated.issues));
    const card = migrated.data.cards['learn-a-typical-day'];
    expect(card).toMatchObject({
      due: new Date(due).toISOString(),
      last_review: new Date(reviewed).toISOString(),
      learning_steps: 0,
      reps: 3,
    });
    expect(migrated.data.cards['phase-past']?.last_review).toBeUndefined();
    expect(migrated.data.newPerDay).toBe(DEFAULT_NEW_PER_DAY);
  });

  test('refuses data that is not version 1 progress', () => {
    expect(() => migrateProgressV1('nonsense')).toThrow();
  });
});

describe('mergeImportedProgress', () => {
  test('keeps each card’s state reviewed last, joins the logs, and keeps this browser’s undo and setting', () => {
    const day = (date: number) => Date.UTC(2026, 10, date, 10);
    const here = rate(rate(EMPTY_PROGRESS, 'a', 3, day(20)).progress, 'b', 3, day(22)).progress;
    const there = rate(
      rate({ ...EMPTY_PROGRESS, newPerDay: 30 }, 'a', 4, day(21)).progress,
      'c',
      2,
      day(19),
    ).progress;
    const merged = mergeImportedProgress(here, there);
    expect(merged.cards).toEqual({ a: there.cards.a, b: here.cards.b, c: there.cards.c });
    expect(merged.log).toEqual(
      [...there.log, ...here.log].sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt)),
    );
    expect(merged.undo).toEqual(here.undo);
    expect(merged.newPerDay).toBe(here.newPerDay);
    expect(
      progressItems(merged)
        .map((card) => card.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(mergeImportedProgress(merged, there)).toEqual(merged);
  });
});
