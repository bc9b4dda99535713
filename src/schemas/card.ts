/**
 * A practice card: one entry of `src/content/cards/cards.yaml`, and the part of it the drill
 * shows, as published in `/practice/cards.json`.
 */
import * as v from 'valibot';
import { DECKS } from '../lib/vocabulary';
import { slugSchema } from './slug';

/** A practice card. The entry's `id` is its stable identifier (saved reviews refer to it). */
export const cardSchema = v.object({
  /** Stable identifier: a lowercase slug that never changes once published. */
  id: slugSchema('thirty-second-intro'),
  /** The deck it belongs to. */
  deck: v.picklist(DECKS),
  /** The front: a goal, a question they may ask you, or a situation. */
  prompt: v.pipe(v.string(), v.minLength(10), v.maxLength(300)),
  /** The back: a model answer or advice, plain text; blank lines separate paragraphs. */
  answer: v.pipe(v.string(), v.minLength(20), v.maxLength(1200)),
  /** Free-form tags for filtering, e.g. a phase or a topic. Default: none. */
  tags: v.optional(v.array(v.pipe(v.string(), v.minLength(2))), () => []),
  /** Position in the cards file, set by the loader: new cards are introduced in this order. */
  order: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
});
/** A practice card. */
export type Card = v.InferOutput<typeof cardSchema>;

/** A card as the drill shows it: what `/practice/cards.json` publishes of each card. */
export const drillCardSchema = v.object({
  id: cardSchema.entries.id,
  deck: cardSchema.entries.deck,
  prompt: cardSchema.entries.prompt,
  answer: cardSchema.entries.answer,
});
/** A card as the drill shows it. */
export type DrillCard = v.InferOutput<typeof drillCardSchema>;

/** The published decks, `/practice/cards.json`: every card, in the order new cards come. */
export const cardsFileSchema = v.object({
  cards: v.pipe(v.array(drillCardSchema), v.minLength(1, 'the decks are empty')),
});
