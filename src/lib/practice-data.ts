/**
 * The cards the practice page fetches (/practice/cards.json) instead of carrying them in its
 * HTML, built from their collection. Checked on arrival with the collection's own schema, so a
 * stale or broken file is reported instead of breaking the drill. (The question bank's file is
 * checked in ./question-bank.ts, so neither page carries the other's schema.)
 */
import { cardsFileSchema, type DrillCard } from '../schemas/card';
import { check } from '../schemas/validate';

/** The cards from /practice/cards.json; throws if the file is not what the build writes. */
export function pickCards(json: unknown): DrillCard[] {
  const parsed = check(cardsFileSchema, json);
  if (!parsed.success) throw new Error('the cards file is not readable');
  return parsed.data.cards;
}
