/**
 * Pure operations on the reader's question lists: make, name, copy and size a list, and add,
 * write, remove, move and suggest its questions. Each takes the saved state (or one list) and
 * returns a new one; nothing here reads the clock, makes ids or touches storage, so the store
 * passes those in and the tests can pin them.
 *
 * Order: a list's items are kept in arc order (present, past, future, advice), and the reader
 * orders questions within each part. The printed sheet, the copies and the mock conversation
 * all read the items in this one order.
 */
import type { Question } from '../schemas/question';
import type { InterviewPlan } from './interview-plan';
import { nameTaken, putBack, tidyName, type Collection } from './named-collection';
import { characterCount } from './text-limit';
import { isoString, type Instant } from './time';
import { PHASES, type Phase } from './vocabulary';
import type {
  ListItem,
  ListLength,
  QuestionList,
  QuestionListsState,
} from '../schemas/question-list';

/** The longest question a reader may write, in characters; longer pastes are refused, not cut. */
export const CUSTOM_QUESTION_MAX = 300;
/** The longest list name, in characters. */
export const LIST_NAME_MAX = 80;
/** The list a first visit starts with. */
export const FIRST_LIST = { name: 'My first conversation', minutes: 30 } as const satisfies {
  name: string;
  minutes: ListLength;
};

/** The bank, looked up by id. */
export type BankById = ReadonlyMap<string, Question>;

/** A change that was refused, with the words to show the reader. */
export interface Refusal {
  ok: false;
  /** Why, for code and tests. */
  reason: 'empty' | 'too-long' | 'duplicate' | 'unknown-question' | 'not-found';
  /** What to tell the reader. */
  message: string;
}

/** A change to a list that went through, or a refusal. */
export type ListChange = { ok: true; list: QuestionList } | Refusal;

// ---------------------------------------------------------------------------------------------
// Items

/** The stable key of an item within its list, the same as `ResolvedQuestion.key`. */
export function itemKey(item: ListItem): string {
  return item.kind === 'bank' ? `bank:${item.questionId}` : `custom:${item.id}`;
}

/** The phase an item belongs to, or undefined for a bank question that no longer exists. */
export function itemPhase(item: ListItem, bank: BankById): Phase | undefined {
  return item.kind === 'custom' ? item.phase : bank.get(item.questionId)?.phase;
}

/** Items in arc order, keeping the reader's order within each phase; unknown items go last. */
export function arcOrder(items: readonly ListItem[], bank: BankById): ListItem[] {
  const rank = (item: ListItem) => {
    const phase = itemPhase(item, bank);
    return phase === undefined ? PHASES.length : PHASES.indexOf(phase);
  };
  // Array.prototype.sort is stable, so the order within a phase is kept.
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/**
 * A question's text reduced for comparison: case, spacing and closing punctuation ignored, so
 * "What do you do ?" and "what do you  do?" count as the same question.
 */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?!.…]+$/u, '');
}

/** A typed question tidied for saving: trimmed, with line breaks and runs of spaces made one space. */
export function tidyQuestionText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Inserts an item at the end of its phase, so the list stays in arc order. */
function insertInPhase(items: readonly ListItem[], item: ListItem, bank: BankById): ListItem[] {
  return arcOrder([...arcOrder(items, bank), item], bank);
}

/** Adds a bank question at the end of its phase; refuses one already in the list. */
export function addBankQuestion(
  list: QuestionList,
  questionId: string,
  bank: BankById,
  now: Instant,
): ListChange {
  const question = bank.get(questionId);
  if (!question)
    return {
      ok: false,
      reason: 'unknown-question',
      message: 'That question is no longer in the bank.',
    };
  if (list.items.some((item) => item.kind === 'bank' && item.questionId === questionId)) {
    return { ok: false, reason: 'duplicate', message: 'That question is already in your list.' };
  }
  return {
    ok: true,
    list: {
      ...list,
      items: insertInPhase(list.items, { kind: 'bank', questionId }, bank),
      updatedAt: isoString(now),
    },
  };
}

/**
 * Checks a question the reader wrote: returns the tidied text, or why it is refused (empty,
 * too long, or the same as a question already in the list, bank or custom).
 */
export function checkCustomQuestion(
  text: string,
  list: QuestionList,
  bank: BankById,
): { ok: true; text: string } | Refusal {
  const tidy = tidyQuestionText(text);
  if (tidy === '') return { ok: false, reason: 'empty', message: 'Write your question first.' };
  const length = characterCount(tidy);
  if (length > CUSTOM_QUESTION_MAX) {
    return {
      ok: false,
      reason: 'too-long',
      message: `That is ${length} characters; a question can have up to ${CUSTOM_QUESTION_MAX}. Shorten it so you can ask it in one breath.`,
    };
  }
  const wanted = comparableText(tidy);
  const taken = list.items.some((item) => {
    const existing = item.kind === 'custom' ? item.text : bank.get(item.questionId)?.text;
    return existing !== undefined && comparableText(existing) === wanted;
  });
  if (taken)
    return { ok: false, reason: 'duplicate', message: 'That question is already in your list.' };
  return { ok: true, text: tidy };
}

/** Adds a question the reader wrote at the end of its phase, if `checkCustomQuestion` allows it. */
export function addCustomQuestion(
  list: QuestionList,
  question: { id: string; text: string; phase: Phase },
  bank: BankById,
  now: Instant,
): ListChange {
  const checked = checkCustomQuestion(question.text, list, bank);
  if (!checked.ok) return checked;
  const item: ListItem = {
    kind: 'custom',
    id: question.id,
    text: checked.text,
    phase: question.phase,
  };
  return {
    ok: true,
    list: { ...list, items: insertInPhase(list.items, item, bank), updatedAt: isoString(now) },
  };
}

/** Removes the item with this key; the list is unchanged if it is not there. */
export function removeItem(list: QuestionList, key: string, now: Instant): QuestionList {
  const items = list.items.filter((item) => itemKey(item) !== key);
  return items.length === list.items.length ? list : { ...list, items, updatedAt: isoString(now) };
}

/**
 * Puts a removed item back where it was (`index` in the list's items, or at the end if the list
 * has since grown shorter); the list is unchanged if the item is there already.
 */
export function restoreItem(
  list: QuestionList,
  item: ListItem,
  index: number,
  now: Instant,
): QuestionList {
  const items = putBack(list.items, item, index, itemKey);
  return items === list.items ? list : { ...list, items: [...items], updatedAt: isoString(now) };
}

/** Where an item may move: the first and last positions (0-based) of its phase in the list. */
export function phaseRange(
  items: readonly ListItem[],
  key: string,
  bank: BankById,
): { first: number; last: number } | undefined {
  const ordered = arcOrder(items, bank);
  const index = ordered.findIndex((item) => itemKey(item) === key);
  const item = ordered[index];
  if (!item) return undefined;
  const phase = itemPhase(item, bank);
  const same = ordered.flatMap((other, position) =>
    itemPhase(other, bank) === phase ? [position] : [],
  );
  return { first: same[0] ?? index, last: same[same.length - 1] ?? index };
}

/** The result of a move: the list, and where the item ended up (1-based) for the announcement. */
export interface MoveResult {
  list: QuestionList;
  /** The item's new position, counting from 1 over the whole list. */
  position: number;
  /** How many items the list has. */
  total: number;
  /** Whether anything changed (false at the edge of the phase). */
  moved: boolean;
}

/**
 * Moves an item to a position (0-based, over the whole list), kept within its own phase: a
 * target outside the phase stops at its edge.
 */
export function moveItem(
  list: QuestionList,
  key: string,
  target: number,
  bank: BankById,
  now: Instant,
): MoveResult | undefined {
  const ordered = arcOrder(list.items, bank);
  const from = ordered.findIndex((item) => itemKey(item) === key);
  const range = phaseRange(ordered, key, bank);
  const item = ordered[from];
  if (!item || !range) return undefined;
  const to = Math.min(Math.max(target, range.first), range.last);
  const total = ordered.length;
  if (to === from) return { list, position: from + 1, total, moved: false };
  const items = [...ordered];
  items.splice(from, 1);
  items.splice(to, 0, item);
  return {
    list: { ...list, items, updatedAt: isoString(now) },
    position: to + 1,
    total,
    moved: true,
  };
}

/** Moves an item one place up (-1) or down (+1) within its phase. */
export function moveItemBy(
  list: QuestionList,
  key: string,
  step: -1 | 1,
  bank: BankById,
  now: Instant,
): MoveResult | undefined {
  const from = arcOrder(list.items, bank).findIndex((item) => itemKey(item) === key);
  if (from < 0) return undefined;
  return moveItem(list, key, from + step, bank, now);
}

/**
 * Fills the list from the top of each phase of the bank (its most useful questions first) up
 * to what fits in the plan, skipping questions already there. Phases furthest below their
 * share are filled first, and the whole list never goes past the plan's maximum.
 */
export function suggestStarterSet(
  list: QuestionList,
  bank: readonly Question[],
  plan: InterviewPlan,
  bankById: BankById,
  now: Instant,
): { list: QuestionList; added: number } {
  const chosen = Object.fromEntries(PHASES.map((phase) => [phase, 0])) as Record<Phase, number>;
  for (const item of list.items) {
    const phase = itemPhase(item, bankById);
    if (phase) chosen[phase] += 1;
  }
  const inList = new Set(
    list.items.flatMap((item) => (item.kind === 'bank' ? [item.questionId] : [])),
  );
  const taken = new Set(
    list.items.map((item) =>
      comparableText(
        item.kind === 'custom' ? item.text : (bankById.get(item.questionId)?.text ?? ''),
      ),
    ),
  );
  const candidates = Object.fromEntries(
    PHASES.map((phase) => [
      phase,
      bank.filter(
        (question) =>
          question.phase === phase &&
          !inList.has(question.id) &&
          !taken.has(comparableText(question.text)),
      ),
    ]),
  ) as Record<Phase, Question[]>;

  let total = list.items.length;
  const added: ListItem[] = [];
  for (;;) {
    if (total >= plan.questions.max) break;
    // The phase with the largest share still missing; ties go to the earlier phase.
    let best: Phase | undefined;
    let bestGap = 0;
    for (const phase of PHASES) {
      const fits = plan.phaseQuestions[phase];
      const gap = (fits - chosen[phase]) / fits;
      if (gap > bestGap && candidates[phase].length > 0) {
        best = phase;
        bestGap = gap;
      }
    }
    if (!best) break;
    const next = candidates[best].shift();
    if (!next) break;
    added.push({ kind: 'bank', questionId: next.id });
    chosen[best] += 1;
    total += 1;
  }
  if (added.length === 0) return { list, added: 0 };
  return {
    list: {
      ...list,
      items: arcOrder([...list.items, ...added], bankById),
      updatedAt: isoString(now),
    },
    added: added.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Lists (which list is open, copies and deletions are src/lib/named-collection.ts's job)

/** The saved lists as a named collection, for the functions in src/lib/named-collection.ts. */
export function listsCollection(state: QuestionListsState): Collection<QuestionList> {
  return { items: state.lists, activeId: state.activeListId };
}

/** The saved lists from a collection, in the shape they are saved in. */
export function listsState({ items, activeId }: Collection<QuestionList>): QuestionListsState {
  return activeId === undefined
    ? { lists: [...items] }
    : { lists: [...items], activeListId: activeId };
}

/** Checks a list name: tidied, not empty, not too long, not already used by another list. */
export function checkListName(
  name: string,
  lists: readonly QuestionList[],
  exceptId?: string,
): { ok: true; name: string } | Refusal {
  const tidy = tidyName(name);
  if (tidy === '')
    return {
      ok: false,
      reason: 'empty',
      message: 'Give the list a name, such as the person you will meet.',
    };
  if (characterCount(tidy) > LIST_NAME_MAX) {
    return {
      ok: false,
      reason: 'too-long',
      message: `Keep the name to ${LIST_NAME_MAX} characters or fewer.`,
    };
  }
  if (nameTaken(tidy, lists, exceptId))
    return { ok: false, reason: 'duplicate', message: `You already have a list called “${tidy}”.` };
  return { ok: true, name: tidy };
}

/** A new, empty list. */
export function newList(
  list: { id: string; name: string; minutes: ListLength },
  now: Instant,
): QuestionList {
  const stamp = isoString(now);
  return { ...list, items: [], createdAt: stamp, updatedAt: stamp };
}

/** A copy of a list under a new id and name, with the same questions and length. */
export function copyOfList(
  original: QuestionList,
  copy: { id: string; name: string },
  now: Instant,
): QuestionList {
  const stamp = isoString(now);
  // A copy is the reader's own: the person keeps the list planned for them.
  const { person: _planned, ...rest } = original;
  return {
    ...rest,
    ...copy,
    items: original.items.map((item) => ({ ...item })),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** The list with a new name (already checked with `checkListName`); the same list if unchanged. */
export function renameList(list: QuestionList, name: string, now: Instant): QuestionList {
  return list.name === name ? list : { ...list, name, updatedAt: isoString(now) };
}

/** The list planned for another length; the same list if unchanged. */
export function setListLength(list: QuestionList, minutes: ListLength, now: Instant): QuestionList {
  return list.minutes === minutes ? list : { ...list, minutes, updatedAt: isoString(now) };
}
