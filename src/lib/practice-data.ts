/**
 * The published data the tools fetch instead of carrying it in their pages' HTML: the cards
 * (/practice/cards.json) and the question bank (/questions/bank.json), both built from their
 * collections. Checked on arrival with the collections' own schemas, so a stale or broken file
 * is reported instead of breaking a tool.
 */
import { cardsFileSchema, type DrillCard } from '../schemas/card';
import { bankFileSchema, type Question } from '../schemas/question';
import { check } from '../schemas/validate';

/** The cards from /practice/cards.json; throws if the file is not what the build writes. */
export function pickCards(json: unknown): DrillCard[] {
  const parsed = check(cardsFileSchema, json);
  if (!parsed.success) throw new Error('the cards file is not readable');
  return parsed.data.cards;
}

/** The questions from /questions/bank.json; throws if the file is not what the build writes. */
export function pickBank(json: unknown): Question[] {
  const parsed = check(bankFileSchema, json);
  if (!parsed.success) throw new Error('the question bank is not readable');
  return parsed.data.questions;
}
