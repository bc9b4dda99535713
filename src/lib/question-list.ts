/**
 * A reader's own question list, as the picker saves it and the mock conversation reads it:
 * its schema (zod/mini, small enough for the browser) and the types derived from it.
 */
import { z } from 'zod/mini';
import type { Question } from '../content.config';
import { PHASES, type Phase } from './vocabulary';

/** The conversation lengths a list can be planned for, in minutes. */
export const LIST_LENGTHS = [15, 20, 30, 45, 60] as const;
/** One of the conversation lengths. */
export type ListLength = (typeof LIST_LENGTHS)[number];

/** An item of a list: a question from the bank, by id, or one the reader wrote. */
export const listItemSchema = z.discriminatedUnion('kind', [
  z.object({
    /** A question from the bank. */
    kind: z.literal('bank'),
    /** The bank question's stable id. */
    questionId: z.string(),
  }),
  z.object({
    /** A question the reader wrote. */
    kind: z.literal('custom'),
    /** A unique id within the list. */
    id: z.string(),
    /** The question as typed (trimmed, plain text). */
    text: z.string(),
    /** The phase of the conversation the reader put it in. */
    phase: z.enum(PHASES),
  }),
]);
/** An item of a question list. */
export type ListItem = z.infer<typeof listItemSchema>;

/** A named list of questions for one conversation. */
export const questionListSchema = z.object({
  /** Unique id of the list. */
  id: z.string(),
  /** The name the reader gave it, e.g. the person they will meet. */
  name: z.string(),
  /** How long the conversation is planned to last, in minutes. */
  minutes: z.literal([...LIST_LENGTHS]),
  /** The questions, in the order the reader will ask them. */
  items: z.array(listItemSchema),
  /** When the list was created (ISO 8601). */
  createdAt: z.string(),
  /** When the list last changed (ISO 8601). */
  updatedAt: z.string(),
});
/** A named question list. */
export type QuestionList = z.infer<typeof questionListSchema>;

/** Everything the picker saves: the lists and which one is open. */
export const questionListsStateSchema = z.object({
  /** The reader's lists, in the order they were made. */
  lists: z.array(questionListSchema),
  /** The list open in the picker, if any. */
  activeListId: z.optional(z.string()),
});
/** The picker's saved state. */
export type QuestionListsState = z.infer<typeof questionListsStateSchema>;

/** A list item resolved to what is asked: its text and phase, and where it came from. */
export interface ResolvedQuestion {
  /** Stable key within the list ("bank:<id>" or "custom:<id>"). */
  key: string;
  text: string;
  phase: Phase;
  source: 'bank' | 'custom';
  /** The bank question, for its "why ask it" and caution; absent for custom questions. */
  question?: Question;
}

/**
 * The questions of a list in the reader's order. Bank items whose question no longer exists
 * are left out (the bank changed since the list was saved).
 */
export function resolveList(
  items: readonly ListItem[],
  bankById: ReadonlyMap<string, Question>,
): ResolvedQuestion[] {
  return items.flatMap((item): ResolvedQuestion[] => {
    if (item.kind === 'custom') {
      return [{ key: `custom:${item.id}`, text: item.text, phase: item.phase, source: 'custom' }];
    }
    const question = bankById.get(item.questionId);
    return question
      ? [
          {
            key: `bank:${question.id}`,
            text: question.text,
            phase: question.phase,
            source: 'bank',
            question,
          },
        ]
      : [];
  });
}

/** A bank question dropped from a saved list, because the bank no longer has it. */
export interface DroppedQuestion {
  /** The name of the list it was in. */
  listName: string;
  /** The id the list kept for it. */
  questionId: string;
}

/**
 * The saved lists without the bank questions the bank no longer has (merged or retired), and
 * what was dropped, so the reader can be told. Returns the same state when nothing is dropped.
 */
export function withoutUnknownQuestions(
  state: QuestionListsState,
  knownIds: ReadonlySet<string>,
): { state: QuestionListsState; dropped: DroppedQuestion[] } {
  const dropped: DroppedQuestion[] = [];
  const lists = state.lists.map((list) => {
    const items = list.items.filter(
      (item) => item.kind === 'custom' || knownIds.has(item.questionId),
    );
    if (items.length === list.items.length) return list;
    for (const item of list.items)
      if (item.kind === 'bank' && !knownIds.has(item.questionId))
        dropped.push({ listName: list.name, questionId: item.questionId });
    return { ...list, items };
  });
  return dropped.length === 0 ? { state, dropped } : { state: { ...state, lists }, dropped };
}
