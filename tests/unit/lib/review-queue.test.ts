import { describe, expect, test } from 'vitest';
import { EMPTY_PROGRESS, withNewPerDay } from '../../../src/lib/review-progress';
import {
  buildQueue,
  deckSummaries,
  sessionCounts,
  type QueueCard,
} from '../../../src/lib/review-queue';
import type { ReviewProgress } from '../../../src/schemas/review-progress';

import { DAY, MINUTE } from '../../../src/lib/time';
import { rate } from '../../support/ratings';
const start = new Date(2026, 10, 23, 10, 0).getTime();
const after = (ms: number) => start + ms;

const cards: QueueCard[] = [
  ...Array.from({ length: 6 }, (_, index): QueueCard => ({ id: `ask-${index}`, deck: 'asking' })),
  ...Array.from({ length: 4 }, (_, index): QueueCard => ({
    id: `answer-${index}`,
    deck: 'answering',
  })),
  ...Array.from({ length: 3 }, (_, index): QueueCard => ({
    id: `scene-${index}`,
    deck: 'scenarios',
  })),
];

const rated = (progress: ReviewProgress, id: string, grade: 1 | 2 | 3 | 4, when: number) =>
  rate(progress, id, grade, when).progress;

describe('buildQueue', () => {
  test('on a first visit offers the day’s new cards from every deck in turn', () => {
    const progress = withNewPerDay(EMPTY_PROGRESS, 8);
    expect(buildQueue({ cards, progress, deck: 'all', now: start })).toEqual([
      'ask-0',
      'answer-0',
      'scene-0',
      'ask-1',
      'answer-1',
      'scene-1',
      'ask-2',
      'answer-2',
    ]);
  });

  test('keeps to the chosen deck', () => {
    const queue = buildQueue({ cards, progress: EMPTY_PROGRESS, deck: 'scenarios', now: start });
    expect(queue).toEqual(['scene-0', 'scene-1', 'scene-2']);
  });

  test('puts due cards first, the longest-waiting first, then new ones', () => {
    let progress = withNewPerDay(EMPTY_PROGRESS, 10);
    progress = rated(progress, 'ask-3', 4, start);
    progress = rated(progress, 'answer-1', 4, start);
    const dueOn = (id: string, days: number) => ({
      ...progress.cards[id]!,
      due: new Date(after(days * DAY)).toISOString(),
    });
    progress = {
      ...progress,
      cards: { 'ask-3': dueOn('ask-3', 6), 'answer-1': dueOn('answer-1', 5) },
    };
    const later = after(7 * DAY);
    const queue = buildQueue({ cards, progress, deck: 'all', now: later });
    expect(queue.slice(0, 2)).toEqual(['answer-1', 'ask-3']);
    expect(queue.slice(2, 4)).toEqual(['ask-0', 'answer-0']);
  });

  test('counts new cards seen today against the daily number, across decks', () => {
    let progress = withNewPerDay(EMPTY_PROGRESS, 3);
    progress = rated(progress, 'ask-0', 4, start);
    progress = rated(progress, 'answer-0', 4, after(MINUTE));
    const queue = buildQueue({ cards, progress, deck: 'scenarios', now: after(2 * MINUTE) });
    expect(queue).toEqual(['scene-0']);
  });

  test('brings a new allowance the next day', () => {
    let progress = withNewPerDay(EMPTY_PROGRESS, 1);
    progress = rated(progress, 'ask-0', 4, start);
    expect(buildQueue({ cards, progress, deck: 'asking', now: after(MINUTE) })).toEqual([]);
    const tomorrow = new Date(2026, 10, 24, 8, 0).getTime();
    expect(buildQueue({ cards, progress, deck: 'asking', now: tomorrow })).toContain('ask-1');
  });

  test('never shows a card before it is due: Good means back in ten minutes, not at once', () => {
    let progress = withNewPerDay(EMPTY_PROGRESS, 3);
    progress = rated(progress, 'ask-0', 3, start);
    expect(buildQueue({ cards, progress, deck: 'asking', now: after(MINUTE) })).toEqual([
      'ask-1',
      'ask-2',
    ]);
    progress = rated(progress, 'ask-1', 3, after(MINUTE));
    progress = rated(progress, 'ask-2', 3, after(2 * MINUTE));
    // Every card seen and none due yet: nothing to show until the first comes due.
    expect(buildQueue({ cards, progress, deck: 'asking', now: after(9 * MINUTE) })).toEqual([]);
    expect(buildQueue({ cards, progress, deck: 'asking', now: after(10 * MINUTE) })).toEqual([
      'ask-0',
    ]);
  });

  test('a new card that comes due again waits until the day’s other new cards had their turn', () => {
    let progress = withNewPerDay(EMPTY_PROGRESS, 3);
    progress = rated(progress, 'ask-0', 1, start);
    expect(buildQueue({ cards, progress, deck: 'asking', now: after(MINUTE) })).toEqual([
      'ask-1',
      'ask-2',
      'ask-0',
    ]);
  });

  test('a forgotten review card is still shown first, with the other due reviews', () => {
    let progress = withNewPerDay(EMPTY_PROGRESS, 3);
    progress = rated(progress, 'ask-0', 4, start);
    const due = Date.parse(progress.cards['ask-0']!.due);
    progress = rated(progress, 'ask-0', 1, due);
    const relearning = Date.parse(progress.cards['ask-0']!.due);
    expect(progress.cards['ask-0']?.state).toBe(3);
    expect(buildQueue({ cards, progress, deck: 'asking', now: relearning })[0]).toBe('ask-0');
  });

  test('does not show a card scheduled for tomorrow today', () => {
    let progress = withNewPerDay(EMPTY_PROGRESS, 1);
    progress = rated(progress, 'ask-0', 4, start);
    expect(
      buildQueue({ cards, progress, deck: 'asking', now: after(2 * 60 * MINUTE) }),
    ).not.toContain('ask-0');
  });
});

describe('sessionCounts', () => {
  test('shows due today, reviewed today and new left for a fresh start', () => {
    expect(sessionCounts({ cards, progress: EMPTY_PROGRESS, deck: 'all', now: start })).toEqual({
      dueToday: 0,
      reviewedToday: 0,
      newLeft: 10,
      unseen: cards.length,
    });
  });

  test('after five Good ratings, five cards are due later today and five new ones are left', () => {
    let progress = EMPTY_PROGRESS;
    for (const id of ['ask-0', 'ask-1', 'ask-2', 'ask-3', 'ask-4'])
      progress = rated(progress, id, 3, start);
    const counts = sessionCounts({ cards, progress, deck: 'all', now: after(MINUTE) });
    expect(counts).toEqual({
      dueToday: 5,
      reviewedToday: 5,
      newLeft: 5,
      unseen: cards.length - 5,
      nextDueAt: new Date(after(10 * MINUTE)).toISOString(),
    });
  });

  test('counts only the chosen deck', () => {
    const progress = rated(EMPTY_PROGRESS, 'ask-0', 3, start);
    expect(sessionCounts({ cards, progress, deck: 'answering', now: after(MINUTE) })).toEqual({
      dueToday: 0,
      reviewedToday: 0,
      newLeft: 4,
      unseen: cards.filter((card) => card.deck === 'answering').length,
    });
  });
});

describe('deckSummaries', () => {
  test('gives every deck its size, unseen cards, cards due today and reviews today', () => {
    let progress = rated(EMPTY_PROGRESS, 'ask-0', 3, start);
    progress = rated(progress, 'scene-2', 1, start);
    expect(deckSummaries(cards, progress, after(MINUTE))).toEqual([
      { deck: 'asking', total: 6, unseen: 5, dueToday: 1, reviewedToday: 1 },
      { deck: 'answering', total: 4, unseen: 4, dueToday: 0, reviewedToday: 0 },
      { deck: 'scenarios', total: 3, unseen: 2, dueToday: 1, reviewedToday: 1 },
    ]);
  });
});
