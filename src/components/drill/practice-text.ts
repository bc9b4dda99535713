/**
 * Words the practice tool uses in more than one place, so they read the same everywhere.
 */
import { DECK_LABELS } from '../../lib/vocabulary';
import type { DeckChoice } from '../../schemas/review-progress';
import { plural } from '../../lib/plural';

/** The two modes of the practice page, as its tabs name them; the id is also the URL hash. */
export const PRACTICE_MODES = [
  { id: 'cards', label: 'Flashcards' },
  { id: 'mock', label: 'Mock conversation' },
] as const;
/** One mode of the practice page. */
export type PracticeMode = (typeof PRACTICE_MODES)[number]['id'];

/** How a deck choice is named: a deck's label, or "All decks". */
export function deckChoiceLabel(deck: DeckChoice): string {
  return deck === 'all' ? 'All decks' : DECK_LABELS[deck];
}

/** A deck choice as it reads inside a sentence: "every deck", or a deck's label. */
export function deckChoiceInSentence(deck: DeckChoice): string {
  return deck === 'all' ? 'every deck' : DECK_LABELS[deck];
}

/** "1 card", "3 cards". */
export function cardCount(count: number): string {
  return plural(count, 'card');
}

/** A time of day in the reader's own format, e.g. "14:30" or "2:30 PM". */
export function timeOfDay(moment: string | number | Date): string {
  return new Date(moment).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
}

/** A date and time in the reader's own format, e.g. "Monday 23 November 2026 at 10:00". */
export function dateAndTime(moment: string | number | Date): string {
  return new Date(moment).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' });
}
