/**
 * The data the practice page fetches: the cards (/practice/cards.json) and the question bank
 * (/questions/bank.json), both built from their collections. Checked on arrival with zod/mini,
 * so a stale or broken file is reported instead of breaking the drill.
 */
import { z } from 'zod/mini';
import { DECKS, PHASES, TOPICS } from './vocabulary';

/** A card as the drill shows it. */
export const drillCardSchema = z.object({
  id: z.string(),
  deck: z.enum(DECKS),
  prompt: z.string(),
  answer: z.string(),
});
/** A card as the drill shows it. */
export type DrillCard = z.infer<typeof drillCardSchema>;

/** A question of the bank as /questions/bank.json gives it (the Question type's shape). */
const bankQuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  phase: z.enum(PHASES),
  topics: z.array(z.enum(TOPICS)),
  why: z.string(),
  caution: z.optional(z.string()),
  order: z.number(),
});

const cardsFileSchema = z.object({ cards: z.array(drillCardSchema) });
const bankFileSchema = z.object({ questions: z.array(bankQuestionSchema) });

/** The cards from /practice/cards.json; throws if the file is not what the build writes. */
export function pickCards(json: unknown): DrillCard[] {
  const parsed = cardsFileSchema.safeParse(json);
  if (!parsed.success || parsed.data.cards.length === 0)
    throw new Error('the cards file is not readable');
  return parsed.data.cards;
}

/** The questions from /questions/bank.json; throws if the file is not what the build writes. */
export function pickBank(json: unknown): z.infer<typeof bankQuestionSchema>[] {
  const parsed = bankFileSchema.safeParse(json);
  if (!parsed.success) throw new Error('the question bank is not readable');
  return parsed.data.questions;
}
