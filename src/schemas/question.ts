/**
 * A question of the bank: one entry of `src/content/questions/questions.yaml`, and one item of
 * the published `/questions/bank.json` that the picker and the practice page fetch.
 */
import * as v from 'valibot';
import { PHASES, TOPICS } from '../lib/vocabulary';
import { slugSchema } from './slug';

/** A question from the bank. */
export const questionSchema = v.object({
  /** Stable identifier: a lowercase slug that never changes once published (saved lists refer to it). */
  id: slugSchema('typical-day'),
  /** The question as the reader would ask it, ending with a question mark. */
  text: v.pipe(
    v.string(),
    v.minLength(10),
    v.maxLength(220),
    v.regex(/\?$/, 'a question ends with "?"'),
  ),
  /** The part of the conversation's arc it belongs to. */
  phase: v.picklist(PHASES),
  /** The topics it covers; at least one. */
  topics: v.pipe(v.array(v.picklist(TOPICS)), v.minLength(1)),
  /** One line on why it is worth asking. */
  why: v.pipe(v.string(), v.minLength(10), v.maxLength(200)),
  /** A warning for sensitive questions (how to ask it without causing offense). Default: none. */
  caution: v.optional(v.pipe(v.string(), v.minLength(10), v.maxLength(200))),
  /** Position in the bank file, set by the loader: within a phase, lower comes first (more useful). */
  order: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
});
/** A question from the bank. */
export type Question = v.InferOutput<typeof questionSchema>;

/** The published bank, `/questions/bank.json`: every question, in arc and bank order. */
export const bankFileSchema = v.object({ questions: v.array(questionSchema) });
/** The published bank file. */
export type BankFile = v.InferOutput<typeof bankFileSchema>;
