/**
 * The reader's question lists, saved in the browser. The picker edits them through the verbs
 * below; the mock conversation reads them.
 *
 * Stored under "iik:question-lists:v1" as QuestionListsState (src/lib/question-list.ts). Each
 * verb reads the latest value (which another tab may have changed), applies a pure operation
 * from src/lib/list-operations.ts and writes the result back. Bank questions the bank no longer
 * has (merged or retired) are dropped when the picker opens, and the notice names them.
 */
import { computed } from 'nanostores';
import { planInterview } from '../lib/interview-plan';
import {
  activeItem,
  addItem,
  copyName,
  duplicateItem,
  selectItem,
  updateItem,
  type Collection,
} from '../lib/named-collection';
import * as ops from '../lib/list-operations';
import { withoutUnknownQuestions } from '../lib/question-list';
import type { Phase } from '../lib/vocabulary';
import type { Question } from '../schemas/question';
import {
  questionListsStateSchema,
  type ListLength,
  type QuestionList,
  type QuestionListsState,
} from '../schemas/question-list';
import { validator } from '../schemas/validate';
import { deletionUndo } from './deletion-undo';
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

/** The open list, as the picker shows it: the one marked open, else the first. */
export const $activeList = computed($questionLists, (state) =>
  activeItem(ops.listsCollection(state)),
);

/** The list deleted last, so the picker's undo notice can put it back. */
export const listDeletion = deletionUndo<QuestionList>({
  read: () => ops.listsCollection($questionLists.get()),
  write: (lists) => $questionLists.set(ops.listsState(lists)),
});

/** The bank as the verbs need it: in bank order (most useful first within a phase) and by id. */
export interface BankIndex {
  questions: readonly Question[];
  byId: ops.BankById;
}

/** Indexes the bank once for the verbs. */
export function indexBank(questions: readonly Question[]): BankIndex {
  return { questions, byId: new Map(questions.map((question) => [question.id, question])) };
}

const now = () => Date.now();

const update = (change: (state: QuestionListsState) => QuestionListsState) => {
  const before = $questionLists.get();
  const after = change(before);
  if (after !== before) $questionLists.set(after);
};

/** Applies a change to the lists as a named collection. */
const updateLists = (change: (lists: Collection<QuestionList>) => Collection<QuestionList>) =>
  update((state) => {
    const before = ops.listsCollection(state);
    const after = change(before);
    return after === before ? state : ops.listsState(after);
  });

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
  if (result.ok) replaceList(result.list);
  return result;
}

/** Puts a changed list in place of the one with its id. */
const replaceList = (list: QuestionList) =>
  updateLists((lists) => updateItem(lists, list.id, () => list));

/**
 * Makes sure there is a list to work on: on a first visit, starts "My first conversation"
 * (30 minutes); otherwise opens the first list if none is marked open.
 */
export function ensureList(): void {
  updateLists((lists) => {
    if (lists.items.length === 0)
      return addItem(lists, ops.newList({ id: newId('list'), ...ops.FIRST_LIST }, now()), 'last');
    const open = activeItem(lists);
    return open ? selectItem(lists, open.id) : lists;
  });
}

/** Starts a new, empty list with this name and opens it. */
export function createList(
  name: string,
  minutes: ListLength = ops.FIRST_LIST.minutes,
): { ok: true; id: string } | ops.Refusal {
  const checked = ops.checkListName(name, $questionLists.get().lists);
  if (!checked.ok) return checked;
  const list = ops.newList({ id: newId('list'), name: checked.name, minutes }, now());
  updateLists((lists) => addItem(lists, list, 'last'));
  return { ok: true, id: list.id };
}

/** Renames a list. */
export function renameList(id: string, name: string): { ok: true } | ops.Refusal {
  const checked = ops.checkListName(name, $questionLists.get().lists, id);
  if (!checked.ok) return checked;
  updateLists((lists) =>
    updateItem(lists, id, (list) => ops.renameList(list, checked.name, now())),
  );
  return { ok: true };
}

/** Copies a list right after the original and opens the copy; returns the copy's id. */
export function duplicateList(id: string): string | undefined {
  if (!findList(id)) return undefined;
  const copyId = newId('list');
  updateLists((lists) =>
    duplicateItem(lists, id, (original) =>
      ops.copyOfList(original, { id: copyId, name: copyName(original.name, lists.items) }, now()),
    ),
  );
  return copyId;
}

/** Deletes a list; the picker's undo notice can put it back until the next deletion. */
export const deleteList = (id: string) => listDeletion.delete(id);

/** Puts the last deleted list back where it was, open again; returns it, if there was one. */
export const undoDelete = () => listDeletion.undo();

/** Opens a list. */
export function setActiveList(id: string): void {
  updateLists((lists) => selectItem(lists, id));
}

/** Sets how long a list's conversation is planned to last. */
export function setLength(id: string, minutes: ListLength): void {
  updateLists((lists) => updateItem(lists, id, (list) => ops.setListLength(list, minutes, now())));
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
  if (result?.moved) replaceList(result.list);
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
  if (result?.moved) replaceList(result.list);
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
  if (result.added > 0) replaceList(result.list);
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
