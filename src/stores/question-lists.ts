/**
 * The reader's question lists, saved in the browser. The picker edits them through the verbs
 * below; the mock conversation reads them.
 *
 * Stored under "iik:question-lists:v1" as QuestionListsState (src/lib/question-list.ts). Each
 * verb reads the latest value (which another tab may have changed), applies a pure operation
 * from src/lib/list-operations.ts and writes the result back. Bank questions the bank no longer
 * has (merged or retired) are dropped when the picker opens, and the notice names them.
 */
import { atom } from 'nanostores';
import { planInterview } from '../lib/interview-plan';
import * as ops from '../lib/list-operations';
import { withoutUnknownQuestions } from '../lib/question-list';
import type { Phase } from '../lib/vocabulary';
import {
  questionListsStateSchema,
  type ListLength,
  type QuestionList,
  type QuestionListsState,
} from '../schemas/question-list';
import { validator } from '../schemas/validate';
import { persistedStore, reportDropped } from './persistence';
import { newId } from './new-id';

/** The saved lists, with their storage notice. */
export const questionListsStore = persistedStore<QuestionListsState>({
  key: 'iik:question-lists',
  version: 1,
  schema: validator(questionListsStateSchema),
  fallback: { lists: [] },
  label: 'question lists',
});

/** The reader's question lists and which one is open. */
export const $questionLists = questionListsStore.$value;

/** The list deleted last, kept (in memory only) so it can be put back until the next deletion. */
export const $recentlyDeleted = atom<ops.DeletedList | undefined>(undefined);

/** The bank as the verbs need it: in bank order (most useful first within a phase) and by id. */
export interface BankIndex {
  questions: readonly ops.BankQuestion[];
  byId: ops.BankById;
}

/** Indexes the bank once for the verbs. */
export function indexBank(questions: readonly ops.BankQuestion[]): BankIndex {
  return { questions, byId: new Map(questions.map((question) => [question.id, question])) };
}

const now = () => Date.now();

const update = (change: (state: QuestionListsState) => QuestionListsState) => {
  const before = $questionLists.get();
  const after = change(before);
  if (after !== before) $questionLists.set(after);
};

const findList = (id: string): QuestionList | undefined =>
  $questionLists.get().lists.find((list) => list.id === id);

/** Applies a change to one list if it went through; returns the result either way. */
function changeList(id: string, change: (list: QuestionList) => ops.ListChange): ops.ListChange {
  const list = findList(id);
  if (!list)
    return {
      ok: false,
      reason: 'not-found',
      message: 'That list is no longer here; it may have been deleted in another tab.',
    };
  const result = change(list);
  if (result.ok) update((state) => ops.replaceList(state, result.list));
  return result;
}

/**
 * Makes sure there is a list to work on: on a first visit, starts "My first conversation"
 * (30 minutes); otherwise opens the first list if none is marked open.
 */
export function ensureList(): void {
  update((state) => {
    if (state.lists.length === 0)
      return ops.createList(state, { id: newId('list'), ...ops.FIRST_LIST }, now());
    const open = ops.activeList(state);
    return open && state.activeListId !== open.id ? ops.setActiveList(state, open.id) : state;
  });
}

/** Starts a new, empty list with this name and opens it. */
export function createList(
  name: string,
  minutes: ListLength = ops.FIRST_LIST.minutes,
): { ok: true; id: string } | ops.Refusal {
  const checked = ops.checkListName(name, $questionLists.get());
  if (!checked.ok) return checked;
  const id = newId('list');
  update((state) => ops.createList(state, { id, name: checked.name, minutes }, now()));
  return { ok: true, id };
}

/** Renames a list. */
export function renameList(id: string, name: string): { ok: true } | ops.Refusal {
  const checked = ops.checkListName(name, $questionLists.get(), id);
  if (!checked.ok) return checked;
  update((state) => ops.renameList(state, id, checked.name, now()));
  return { ok: true };
}

/** Copies a list right after the original and opens the copy; returns the copy's id. */
export function duplicateList(id: string): string | undefined {
  if (!findList(id)) return undefined;
  const copyId = newId('list');
  update((state) => ops.duplicateList(state, id, copyId, now()));
  return copyId;
}

/** Deletes a list; it can be put back with `undoDelete` until the next deletion. */
export function deleteList(id: string): ops.DeletedList | undefined {
  const { state, deleted } = ops.deleteList($questionLists.get(), id);
  if (!deleted) return undefined;
  $questionLists.set(state);
  $recentlyDeleted.set(deleted);
  return deleted;
}

/** Puts the last deleted list back where it was and opens it; returns it, if there was one. */
export function undoDelete(): QuestionList | undefined {
  const deleted = $recentlyDeleted.get();
  if (!deleted) return undefined;
  update((state) => ops.restoreList(state, deleted));
  $recentlyDeleted.set(undefined);
  return deleted.list;
}

/** Forgets the last deletion (the reader dismissed the undo notice). */
export function forgetDeleted(): void {
  $recentlyDeleted.set(undefined);
}

/** Opens a list. */
export function setActiveList(id: string): void {
  update((state) => ops.setActiveList(state, id));
}

/** Sets how long a list's conversation is planned to last. */
export function setLength(id: string, minutes: ListLength): void {
  update((state) => ops.setListLength(state, id, minutes, now()));
}

/** Adds a bank question to a list (refused if it is already there). */
export function addQuestion(listId: string, questionId: string, bank: BankIndex): ops.ListChange {
  return changeList(listId, (list) => ops.addBankQuestion(list, questionId, bank.byId, now()));
}

/** Adds a question the reader wrote (refused if empty, too long or already in the list). */
export function addCustomQuestion(
  listId: string,
  text: string,
  phase: Phase,
  bank: BankIndex,
): ops.ListChange {
  return changeList(listId, (list) =>
    ops.addCustomQuestion(list, { id: newId('q'), text, phase }, bank.byId, now()),
  );
}

/** Removes a question (by its item key) from a list. */
export function removeQuestion(listId: string, key: string): void {
  changeList(listId, (list) => ({ ok: true, list: ops.removeItem(list, key, now()) }));
}

/** Moves a question one place up or down within its phase. */
export function moveQuestion(
  listId: string,
  key: string,
  step: -1 | 1,
  bank: BankIndex,
): ops.MoveResult | undefined {
  const list = findList(listId);
  const result = list && ops.moveItemBy(list, key, step, bank.byId, now());
  if (result?.moved) update((state) => ops.replaceList(state, result.list));
  return result;
}

/** Moves a question to a position (0-based, over the whole list), kept within its phase. */
export function moveQuestionTo(
  listId: string,
  key: string,
  position: number,
  bank: BankIndex,
): ops.MoveResult | undefined {
  const list = findList(listId);
  const result = list && ops.moveItem(list, key, position, bank.byId, now());
  if (result?.moved) update((state) => ops.replaceList(state, result.list));
  return result;
}

/** Fills a list with the bank's top questions for each phase, up to what fits its length; returns how many were added. */
export function suggestStarterSet(listId: string, bank: BankIndex): number {
  const list = findList(listId);
  if (!list) return 0;
  const result = ops.suggestStarterSet(
    list,
    bank.questions,
    planInterview(list.minutes),
    bank.byId,
    now(),
  );
  if (result.added > 0) update((state) => ops.replaceList(state, result.list));
  return result.added;
}

/**
 * Drops from every saved list the bank questions the bank no longer has, keeps a copy of the
 * lists as they were, and tells the reader through the store's notice. Returns the ids dropped.
 */
export function forgetUnknownQuestions(knownIds: ReadonlySet<string>): string[] {
  const before = $questionLists.get();
  const { state, dropped } = withoutUnknownQuestions(before, knownIds);
  const [first] = dropped;
  if (!first) return [];
  $questionLists.set(state);
  const what =
    dropped.length === 1
      ? `“${first.questionId}” in “${first.listName}”, a question the bank no longer has`
      : `${dropped.length} questions the bank no longer has, in ${[...new Set(dropped.map(({ listName }) => `“${listName}”`))].join(', ')}`;
  reportDropped(questionListsStore, before, [what]);
  return dropped.map(({ questionId }) => questionId);
}
