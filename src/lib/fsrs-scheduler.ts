/**
 * The FSRS scheduler for the practice cards: a thin wrapper over ts-fsrs, so the rest of the
 * code never touches its Date objects or enums. A card's memory state is saved as plain JSON
 * with ISO 8601 dates; every function takes the time as an argument. The drill loads this
 * module the first time a card is turned over: ts-fsrs is as big as the rest of the drill.
 */
import {
  createEmptyCard,
  fsrs,
  type Card as FsrsCard,
  type CardInput,
  type Grade as FsrsGrade,
} from 'ts-fsrs';
import type { Grade, SavedCard } from '../schemas/review-progress';
import type { Instant } from './time';

/** One scheduler for the whole site; fuzz spreads cards learned together over nearby days. */
const scheduler = fsrs({ request_retention: 0.9, enable_fuzz: true, enable_short_term: true });

/**
 * ts-fsrs 5 marks `elapsed_days` deprecated but still reads it; saved cards keep it until the
 * library stops, so read it without tripping the deprecation check.
 */
const legacyElapsedDays = (card: FsrsCard): number =>
  (card as unknown as Record<string, number | undefined>).elapsed_days ?? 0;

function toSaved(card: FsrsCard): SavedCard {
  const saved: SavedCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: legacyElapsedDays(card),
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) saved.last_review = card.last_review.toISOString();
  return saved;
}

function toInput(saved: SavedCard | undefined, now: Instant): CardInput | FsrsCard {
  if (!saved) return createEmptyCard(new Date(now));
  const { last_review, ...rest } = saved;
  return last_review === undefined ? rest : { ...rest, last_review };
}

/** The memory state of a card that was never reviewed. */
export function newCardState(now: Instant): SavedCard {
  return toSaved(createEmptyCard(new Date(now)));
}

/** The result of one rating: the card's next state and when it comes back. */
export interface RatingOutcome {
  /** The card's memory state after the rating. */
  card: SavedCard;
  /** Milliseconds from the review to the next due time. */
  intervalMs: number;
}

/** Rates a card (`undefined` = never reviewed) at `now` and returns its next state. */
export function rateCard(saved: SavedCard | undefined, grade: Grade, now: Instant): RatingOutcome {
  const { card } = scheduler.next(toInput(saved, now), new Date(now), grade);
  return { card: toSaved(card), intervalMs: card.due.getTime() - now };
}

/** What each of the four ratings would do, for showing the intervals on the buttons. */
export function previewRatings(
  saved: SavedCard | undefined,
  now: Instant,
): Record<Grade, RatingOutcome> {
  const preview = scheduler.repeat(toInput(saved, now), new Date(now));
  const outcome = (grade: Grade): RatingOutcome => {
    const { card } = preview[grade as FsrsGrade];
    return { card: toSaved(card), intervalMs: card.due.getTime() - now };
  };
  return { 1: outcome(1), 2: outcome(2), 3: outcome(3), 4: outcome(4) };
}
