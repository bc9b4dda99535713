/**
 * The question picker's saved state, "iik:question-lists:v1": the reader's lists of questions
 * (each for one conversation) and which one is open. The mock conversation reads them too.
 */
import * as v from 'valibot';
import { PHASES } from '../lib/vocabulary';
import { personRefSchema } from './person-ref';

/** The conversation lengths a list can be planned for, in minutes. */
export const LIST_LENGTHS = [15, 20, 30, 45, 60] as const;
/** One of the conversation lengths. */
export type ListLength = (typeof LIST_LENGTHS)[number];

/** An item of a list: a question from the bank, by id, or one the reader wrote. */
export const listItemSchema = v.variant('kind', [
  v.object({
    /** A question from the bank. */
    kind: v.literal('bank'),
    /** The bank question's stable id. */
    questionId: v.string(),
  }),
  v.object({
    /** A question the reader wrote. */
    kind: v.literal('custom'),
    /** A unique id within the list. */
    id: v.string(),
    /** The question as typed (trimmed, plain text). */
    text: v.string(),
    /** The phase of the conversation the reader put it in. */
    phase: v.picklist(PHASES),
  }),
]);
/** An item of a question list. */
export type ListItem = v.InferOutput<typeof listItemSchema>;

/** A named list of questions for one conversation. */
export const questionListSchema = v.object({
  /** Unique id of the list. */
  id: v.string(),
  /** The name the reader gave it, e.g. the person they will meet. */
  name: v.string(),
  /** How long the conversation is planned to last, in minutes. */
  minutes: v.picklist(LIST_LENGTHS),
  /** The questions, in the order the reader will ask them. */
  items: v.array(listItemSchema),
  /** The person on the Conversations page it is planned for, if any, and their name then. */
  person: v.optional(personRefSchema),
  /** When the list was created (ISO 8601). */
  createdAt: v.string(),
  /** When the list last changed (ISO 8601). */
  updatedAt: v.string(),
});
/** A named question list. */
export type QuestionList = v.InferOutput<typeof questionListSchema>;

/** Everything the picker saves: the lists and which one is open. */
export const questionListsStateSchema = v.object({
  /** The reader's lists, in the order they were made. */
  lists: v.array(questionListSchema),
  /** The list open in the picker, if any. */
  activeListId: v.optional(v.string()),
});
/** The picker's saved state. */
export type QuestionListsState = v.InferOutput<typeof questionListsStateSchema>;

/**
 * A question the reader is writing but has not added yet, kept for the tab (sessionStorage
 * "iik:question-lists:new-question"), so a reload keeps what was typed.
 */
export const pendingQuestionSchema = v.object({
  /** The text typed so far. */
  text: v.string(),
  /** The part of the conversation chosen for it. */
  phase: v.picklist(PHASES),
});
/** A question being written. */
export type PendingQuestion = v.InferOutput<typeof pendingQuestionSchema>;
