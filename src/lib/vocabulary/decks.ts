/**
 * The practice decks and their names.
 * (Part of the shared vocabulary, src/lib/vocabulary: one file per domain, so a page loads only
 * the words it shows.)
 */

/** The practice decks. */
export const DECKS = ['asking', 'answering', 'scenarios'] as const;
/** One practice deck. */
export type Deck = (typeof DECKS)[number];

/** How each deck is named to the reader. */
export const DECK_LABELS: Record<Deck, string> = {
  asking: 'Asking good questions',
  answering: 'Answering their questions',
  scenarios: 'When things go off plan',
};
