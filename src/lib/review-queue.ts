/**
 * The drill's session: which card comes next, and the counts the reader sees (due today,
 * reviewed today, new left, per deck). Review cards due now come first, the longest-waiting
 * first (a forgotten one too); then new cards, the decks taking turns, up to what is left of
 * the day's allowance; then cards still being learned that are due now. A card is never shown before it
 * is due, so "Good · next in 10 min" means what it says, and a card seen for the first time
 * today waits until the day's other new cards have had their turn.
 */
import { DECKS, type Deck } from './vocabulary';
import { isDueNow, isDueToday } from './review-schedule';
import { instantOf, type Instant } from './time';
import { reviewsToday } from './review-progress';
import type { DeckChoice, ReviewProgress } from '../schemas/review-progress';

/** A card as the queue needs it: its id and deck, in the order of the collection. */
export interface QueueCard {
  id: string;
  deck: Deck;
}

/** What a queue is built from. */
export interface QueueInput {
  /** Every card, in collection order. */
  cards: readonly QueueCard[];
  progress: ReviewProgress;
  /** The deck chosen, or all. */
  deck: DeckChoice;
  now: Instant;
}

const inDeck = (deck: DeckChoice) => (card: QueueCard) => deck === 'all' || card.deck === deck;

/** How many new cards may still be shown today in the chosen deck. */
function newAllowance({ cards, progress, deck, now }: QueueInput): number {
  const left = Math.max(0, progress.newPerDay - reviewsToday(progress, now).newSeen);
  const unseen = cards.filter(inDeck(deck)).filter((card) => isNew(progress, card.id)).length;
  return Math.min(left, unseen);
}

const isNew = (progress: ReviewProgress, id: string) => {
  const state = progress.cards[id];
  return state === undefined || state.state === 0;
};

/**
 * Cards with the decks taking turns (one of each deck in the order the decks first come, then
 * round again), each deck's own in collection order: with all decks chosen, a day's new cards
 * come from every deck, not all from the first.
 */
function takingTurns(cards: readonly QueueCard[]): QueueCard[] {
  const byDeck = new Map<Deck, QueueCard[]>();
  for (const card of cards) byDeck.set(card.deck, [...(byDeck.get(card.deck) ?? []), card]);
  const decks = [...byDeck.values()];
  const longest = Math.max(0, ...decks.map((deck) => deck.length));
  return Array.from({ length: longest }, (_, turn) =>
    decks.flatMap((deck) => deck[turn] ?? []),
  ).flat();
}

/** The session's cards in the order they will be shown, by id. */
export function buildQueue(input: QueueInput): string[] {
  const { cards, progress, deck, now } = input;
  const position = new Map(cards.map((card, index) => [card.id, index]));
  const byDue = (a: string, b: string) =>
    instantOf(progress.cards[a]?.due ?? '') - instantOf(progress.cards[b]?.due ?? '') ||
    (position.get(a) ?? 0) - (position.get(b) ?? 0);
  const chosen = cards.filter(inDeck(deck));
  const dueNow = (learning: boolean) =>
    chosen
      .filter((card) => {
        const state = progress.cards[card.id];
        return state !== undefined && isDueNow(state, now) && (state.state === 1) === learning;
      })
      .map((card) => card.id)
      .sort(byDue);
  const fresh = takingTurns(chosen.filter((card) => isNew(progress, card.id)))
    .slice(0, newAllowance(input))
    .map((card) => card.id);
  return [...dueNow(false), ...fresh, ...dueNow(true)];
}

/** The counts shown above the card. */
export interface SessionCounts {
  /** Reviewed cards due at some point today (including those due now). */
  dueToday: number;
  /** Cards rated today. */
  reviewedToday: number;
  /** New cards still to come today. */
  newLeft: number;
  /** Cards of the deck never reviewed, today's allowance or not. */
  unseen: number;
  /** When the next card not yet due comes due today, if one does (ISO 8601). */
  nextDueAt?: string;
}

/** The counts for the chosen deck. */
export function sessionCounts(input: QueueInput): SessionCounts {
  const { cards, progress, deck, now } = input;
  const chosen = cards.filter(inDeck(deck));
  const ids = new Set(chosen.map((card) => card.id));
  const states = chosen.flatMap((card) => {
    const state = progress.cards[card.id];
    return state ? [state] : [];
  });
  const dueToday = states.filter((state) => isDueToday(state, now)).length;
  const later = states
    .filter((state) => isDueToday(state, now) && !isDueNow(state, now))
    .map((state) => state.due)
    .sort();
  const counts: SessionCounts = {
    dueToday,
    reviewedToday: reviewsToday(progress, now, ids).reviewed,
    newLeft: newAllowance(input),
    unseen: chosen.length - states.length,
  };
  if (later[0]) counts.nextDueAt = later[0];
  return counts;
}

/** One row of the per-deck summary. */
export interface DeckSummary {
  deck: Deck;
  /** Cards in the deck. */
  total: number;
  /** Cards never reviewed. */
  unseen: number;
  /** Cards due today. */
  dueToday: number;
  /** Cards rated today. */
  reviewedToday: number;
}

/** The per-deck summary, in deck order. */
export function deckSummaries(
  cards: readonly QueueCard[],
  progress: ReviewProgress,
  now: Instant,
): DeckSummary[] {
  return DECKS.map((deck) => {
    const inThisDeck = cards.filter((card) => card.deck === deck);
    const ids = new Set(inThisDeck.map((card) => card.id));
    return {
      deck,
      total: inThisDeck.length,
      unseen: inThisDeck.filter((card) => isNew(progress, card.id)).length,
      dueToday: inThisDeck.filter((card) => {
        const state = progress.cards[card.id];
        return state !== undefined && isDueToday(state, now);
      }).length,
      reviewedToday: reviewsToday(progress, now, ids).reviewed,
    };
  });
}
