/**
 * A reader's own question list as it is asked: each item resolved to its text and phase, and
 * what to keep of damaged saved lists. The saved shape is in src/schemas/question-list.ts.
 */
import type { Question } from '../schemas/question';
import {
  questionListSchema,
  type ListItem,
  type QuestionList,
  type QuestionListsState,
} from '../schemas/question-list';
import { salvageItems } from './salvage';
import type { Phase } from './vocabulary';

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
 * are left out (the bank changed since the list was saved). With a `cache`, an item resolved
 * before gives the very same object again, so a long list's unchanged rows can skip rendering.
 */
export function resolveList(
  items: readonly ListItem[],
  bankById: ReadonlyMap<string, Question>,
  cache?: WeakMap<ListItem, ResolvedQuestion | null>,
): ResolvedQuestion[] {
  return items.flatMap((item): ResolvedQuestion[] => {
    let resolved = cache?.get(item);
    if (resolved === undefined) {
      resolved = resolveItem(item, bankById);
      cache?.set(item, resolved);
    }
    return resolved ? [resolved] : [];
  });
}

/** One item resolved, or null for a bank question that no longer exists. */
function resolveItem(
  item: ListItem,
  bankById: ReadonlyMap<string, Question>,
): ResolvedQuestion | null {
  if (item.kind === 'custom')
    return { key: `custom:${item.id}`, text: item.text, phase: item.phase, source: 'custom' };
  const question = bankById.get(item.questionId);
  return question
    ? {
        key: `bank:${question.id}`,
        text: question.text,
        phase: question.phase,
        source: 'bank',
        question,
      }
    : null;
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

/**
 * Keeps the readable lists of saved data that failed validation as a whole, as the drafts do:
 * one damaged list no longer hides the others. Returns undefined when there is no list of
 * lists to salvage from.
 */
export function salvageQuestionLists(
  data: unknown,
): { value: QuestionListsState; dropped: string[] } | undefined {
  const kept = salvageItems(data, {
    itemsKey: 'lists',
    openKey: 'activeListId',
    itemSchema: questionListSchema,
    describe: (name) => (name ? `the list “${name}”` : 'a list without a name'),
    openLost: 'which list was open',
  });
  if (!kept) return undefined;
  const lists: QuestionList[] = kept.items;
  return {
    value: kept.openId === undefined ? { lists } : { lists, activeListId: kept.openId },
    dropped: kept.dropped,
  };
}
