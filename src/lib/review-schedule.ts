/**
 * Spaced repetition for the practice cards, without the scheduler itself (that is
 * src/lib/fsrs-scheduler.ts, loaded on demand): how ratings are named, when a saved card is due,
 * and intervals in words. Every function takes the time as an argument, so tests and the
 * island decide what "now" is.
 */
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
