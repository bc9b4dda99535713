/**
 * Spaced repetition for the practice cards: a thin wrapper over ts-fsrs (the FSRS scheduler),
 * so the rest of the code never touches its Date objects or enums. A card's memory state is
 * saved as plain JSON with ISO 8601 dates; every function takes the time as an argument, so
 * tests and the island decide what "now" is.
 */
import {
  createEmptyCard,
  fsrs,
  type Card as FsrsCard,
  type CardInput,
  type Grade as FsrsGrade,
} from 'ts-fsrs';
import type { Grade, SavedCard } from '../schemas/review-progress';
import { DAY, HOUR, instantOf, localDay, MINUTE, type Instant } from './time';
import { plural } from './plural';

/** How each rating is named on its button and in announcements. */
export const GRADE_LABELS: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** One line on what each rating means, for the buttons' descriptions. */
export const GRADE_HINTS: Record<Grade, string> = {
  1: 'You missed it; see it again soon.',
  2: 'You got there, with effort.',
  3: 'You knew it.',
  4: 'It was easy; wait longer.',
};

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

/**
 * Whether a reviewed card should be shown now. Cards scheduled a day or more ahead are due from
 * the start of their day (as in Anki), so a card due "tomorrow at 15:00" can be done over
 * breakfast; cards in short-term learning wait for their exact minute.
 */
export function isDueNow(saved: SavedCard, now: Instant): boolean {
  if (saved.state === 0) return false;
  if (saved.scheduled_days >= 1) return localDay(saved.due) <= localDay(now);
  return instantOf(saved.due) <= now;
}

/** Whether a reviewed card is due at some point today, in the reader's local time. */
export function isDueToday(saved: SavedCard, now: Instant): boolean {
  return saved.state !== 0 && localDay(saved.due) <= localDay(now);
}

/** A rating's interval in a few characters, for its button: "1 min", "10 min", "3 days", "2 mo". */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
  const days = Math.round(ms / DAY);
  if (days < 31) return plural(days, 'day');
  if (days < 365) return `${Math.round((days / 30.4) * 10) / 10} mo`;
  return `${Math.round((days / 365) * 10) / 10} yr`;
}

/** A rating's interval in words, for announcements: "1 minute", "3 days", "2 months". */
export function describeInterval(ms: number): string {
  if (ms < HOUR) return plural(Math.max(1, Math.round(ms / MINUTE)), 'minute');
  if (ms < DAY) return plural(Math.round(ms / HOUR), 'hour');
  const days = Math.round(ms / DAY);
  if (days < 31) return plural(days, 'day');
  if (days < 365) return plural(Math.round(days / 30.4), 'month');
  return plural(Math.round(days / 365), 'year');
}
