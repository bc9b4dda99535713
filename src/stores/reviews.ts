/**
 * The drill's progress, saved in the browser: each card's FSRS state, today's reviews, the undo
 * stack and the daily number of new cards. The shape, its versions and the pure changes are in
 * src/lib/review-progress.ts; this file saves them and exposes the verbs the island calls.
 *
 * Stored under "iik:reviews:v2". Version 1 data is migrated; damaged data keeps its valid cards
 * (the notice names what was dropped); cards the decks no longer have are dropped on open.
 */
import {
  applyRating,
  EMPTY_PROGRESS,
  mergeImportedProgress,
  migrateProgressV1,
  progressItems,
  resetCards,
  salvageProgress,
  undoLast,
  withNewPerDay,
  withoutUnknownCards,
} from '../lib/review-progress';
import { validator } from '../schemas/validate';
import type { Instant } from '../lib/time';
import type * as SchedulerModule from '../lib/fsrs-scheduler';
import { persistedStore } from './persistence';
import {
  reviewProgressSchema,
  type DeckChoice,
  type ReviewProgress,
  type UndoStep,
  type Grade,
} from '../schemas/review-progress';
import { plural } from '../lib/plural';

/** The saved progress, with its storage notice. */
export const reviewsStore = persistedStore<ReviewProgress>({
  key: 'iik:reviews',
  version: 2,
  schema: validator(reviewProgressSchema),
  fallback: EMPTY_PROGRESS,
  label: 'practice progress',
  migrations: { 1: migrateProgressV1 },
  salvage: salvageProgress,
  items: progressItems,
  itemNoun: ['card', 'cards'],
  mergeImport: mergeImportedProgress,
});

/** The reader's practice progress. */
export const $reviews = reviewsStore.$value;

/** The FSRS scheduler, the drill's biggest part, as loaded on demand. */
export type Scheduler = typeof SchedulerModule;

let scheduler: Promise<Scheduler> | undefined;

/**
 * Loads the scheduler the first time it is asked for (the drill asks when a card is first
 * turned over), and hands back the same one after that.
 */
export function loadScheduler(): Promise<Scheduler> {
  scheduler ??= import('../lib/fsrs-scheduler').catch((error: unknown) => {
    // A failed load (offline) may be tried again.
    scheduler = undefined;
    throw error;
  });
  return scheduler;
}

/** Rates a card at `now`; resolves with how many milliseconds until it comes back. */
export async function rateReviewCard(
  cardId: string,
  grade: Grade,
  now: Instant = Date.now(),
): Promise<number> {
  const { rateCard } = await loadScheduler();
  const before = $reviews.get();
  const { card, intervalMs } = rateCard(before.cards[cardId], grade, now);
  $reviews.set(applyRating($reviews.get(), cardId, grade, card, now));
  return intervalMs;
}

/** Takes back the last rating or reset; returns the step undone, or undefined if none. */
export function undoReviewStep(): UndoStep | undefined {
  const undone = undoLast($reviews.get());
  if (!undone) return undefined;
  $reviews.set(undone.progress);
  return undone.step;
}

/** Forgets the progress on a deck's cards (or all); "Undo" brings it back. */
export function resetDeck(cardIds: readonly string[], deck: DeckChoice): void {
  $reviews.set(resetCards($reviews.get(), cardIds, deck));
}

/** Sets how many new cards a day a session brings in. */
export function setNewPerDay(count: number): void {
  $reviews.set(withNewPerDay($reviews.get(), count));
}

/**
 * Drops saved progress on cards the decks no longer have, keeps a copy of the data as it was,
 * and tells the reader through the store's notice. Returns the ids dropped.
 */
export function forgetUnknownCards(knownIds: ReadonlySet<string>): string[] {
  const before = $reviews.get();
  const { progress, dropped } = withoutUnknownCards(before, knownIds);
  if (dropped.length === 0) return [];
  const what =
    dropped.length === 1
      ? `progress on "${dropped[0]}", a card the decks no longer have`
      : `progress on ${plural(dropped.length, 'card')} the decks no longer have`;
  reviewsStore.replaceDropping(progress, [what]);
  return dropped;
}
