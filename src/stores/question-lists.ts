/**
 * The reader's question lists, saved in the browser. The picker edits them through the verbs
 * below; the mock conversation reads them.
 *
 * Stored under "iik:question-lists:v1" as QuestionListsState (src/schemas/question-list.ts).
 * Each verb applies a pure operation from src/lib/list-operations.ts to the latest stored value
 * (another tab may have changed it) through the store's `update`. Damaged data keeps its
 * readable lists, and the notice names what was dropped.
 *
 * Which list is open belongs to the tab (src/stores/tab-state.ts); the saved `activeListId` only
 * says which list was opened last, for a new tab to start on. Text typed but not yet added (a
 * question, a new list's name) is kept for the tab too.
 *
 * Bank questions the bank no longer has (merged or retired) are dropped when the picker opens,
 * and the notice names them.
 */
import * as v from 'valibot';
import { planInterview } from '../lib/interview-plan';
import {
  activeItem,
  addItem,
  copyName,
  duplicateItem,
  selectItem,
  updateItem,
  withDistinctNames,
  type Collection,
} from '../lib/named-collection';
import * as ops from '../lib/list-operations';
import { salvageQuestionLists, withoutUnknownQuestions } from '../lib/question-list';
import type { Phase } from '../lib/vocabulary';
import type { Question } from '../schemas/question';
import { tabCollection, tabState } from './tab-state';
import {
  pendingQuestionSchema,
  questionListsStateSchema,
  type ListItem,
  type ListLength,
  type PendingQuestion,
  type QuestionList,
  type QuestionListsState,
} from '../schemas/question-list';
import { validator } from '../schemas/validate';
import type { PersonRef } from '../schemas/person-ref';
import { isoString } from '../lib/time';
import { deletionUndo } from './deletion-undo';
import { onOpenDeletedElsewhere } from './deleted-elsewhere';
import { persistedStore } from './persistence';
import { newId } from './new-id';

/** The saved lists, with their storage notice. */
export const questionListsStore = persistedStore<QuestionListsState>({
  key: 'iik:question-lists',
  version: 1,
  schema: validator(questionListsStateSchema),
  fallback: { lists: [] },
  label: 'question lists',
  salvage: salvageQuestionLists,
  itemNoun: ['list', 'lists'],
  // List names are unique (a rename to a taken name is refused), so a list brought in from a
  // file under a name already here is numbered, as a new list would be.
  tidyMerged: (merged, current) => ({
    ...merged,
    lists: withDistinctNames(merged.lists, new Set(current.lists.map((list) => list.id))),
  }),
});

/** The reader's question lists. */
export const $questionLists = questionListsStore.$value;

/** The lists, with the one this tab has open. */
const savedLists = tabCollection<QuestionListsState, QuestionList>({
  store: questionListsStore,
  openKey: 'iik:question-lists:open',
  read: ops.listsCollection,
  write: (_, collection) => ops.listsState(collection),
});

/** The open list, as this tab's picker shows it: the one the tab opened, else the first. */
export const $activeList = savedLists.$open;

/** The question being written in this tab, not yet added. */
export const $pendingQuestion = tabState<PendingQuestion>({
  key: 'iik:question-lists:new-question',
  schema: validator(pendingQuestionSchema),
  fallback: { text: '', phase: 'present' },
});

/** The name typed for a new list in this tab, not yet created ('' when none). */
export const $pendingListName = tabState<string>({
  key: 'iik:question-lists:new-list-name',
  schema: validator(v.string()),
  fallback: '',
});

/** The list deleted last, so the picker's undo notice can put it back. */
export const listDeletion = deletionUndo<QuestionList>({
  read: () => savedLists.current(),
  write: (collection) => savedLists.change(() => collection),
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

/** Applies a change to the latest lists as a named collection. */
const updateLists = (
  change: (lists: Collection<QuestionList>) => Collection<QuestionList>,
  how?: 'update' | 'seed',
) => savedLists.change(change, how);

const findList = (id: string): QuestionList | undefined =>
  $questionLists.get().lists.find((list) => list.id === id);

const gone: ops.Refusal = {
  ok: false,
  reason: 'not-found',
  message: 'That list is no longer here; it may have been deleted in another tab.',
};

/**
 * Applies a change to one list as it is now stored; the change returns the changed list (or
 * none) and what to tell the caller. Returns `missing` if the list is gone.
 */
function withList<R>(
  id: string,
  change: (list: QuestionList) => { list?: QuestionList | undefined; result: R },
  missing: R,
): R {
  let outcome = missing;
  updateLists((lists) => {
    const list = lists.items.find((candidate) => candidate.id === id);
    if (!list) return lists;
    const { list: changed, result } = change(list);
    outcome = result;
    return changed ? updateItem(lists, id, () => changed) : lists;
  });
  return outcome;
}

/** Applies a list change that can be refused; returns the result either way. */
const changeList = (id: string, change: (list: QuestionList) => ops.ListChange): ops.ListChange =>
  withList<ops.ListChange>(
    id,
    (list) => {
      const result = change(list);
      return { list: result.ok ? result.list : undefined, result };
    },
    gone,
  );

/** Applies a move; returns what happened, or undefined if the list is gone. */
const moveIn = (
  id: string,
  move: (list: QuestionList) => ops.MoveResult | undefined,
): ops.MoveResult | undefined =>
  withList<ops.MoveResult | undefined>(
    id,
    (list) => {
      const result = move(list);
      return { list: result?.moved ? result.list : undefined, result };
    },
    undefined,
  );

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
  }, 'seed');
}

/** Starts a new, empty list with this name (planned for `person`, if given) and opens it. */
export function createList(
  name: string,
  minutes: ListLength = ops.FIRST_LIST.minutes,
  person?: PersonRef,
): { ok: true; id: string } | ops.Refusal {
  const checked = ops.checkListName(name, $questionLists.get().lists);
  if (!checked.ok) return checked;
  const made = ops.newList({ id: newId('list'), name: checked.name, minutes }, now());
  const list = person ? { ...made, person } : made;
  updateLists((lists) => addItem(lists, list, 'last'));
  $pendingListName.set('');
  return { ok: true, id: list.id };
}

/** Says a list is planned for a person on the Conversations page. */
export function planListFor(id: string, person: PersonRef): ops.ListChange {
  return changeList(id, (list) => ({
    ok: true,
    list: { ...list, person, updatedAt: isoString(now()) },
  }));
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

/** Calls `deletedElsewhere` with the open list when another tab deletes it (see deleted-elsewhere). */
export const onOpenListDeletedElsewhere = (deletedElsewhere: (list: QuestionList) => void) =>
  onOpenDeletedElsewhere(
    $activeList,
    () => $questionLists.get().lists,
    listDeletion,
    deletedElsewhere,
  );

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

/** Adds the question this tab is writing ($pendingQuestion) to a list, and clears it once added. */
export function addPendingQuestion(listId: string, bank: BankIndex): ops.ListChange {
  const { text, phase } = $pendingQuestion.get();
  const result = addCustomQuestion(listId, text, phase, bank);
  if (result.ok) $pendingQuestion.set({ text: '', phase });
  return result;
}

/** Keeps what the reader has typed of a question, or the part chosen for it, for this tab. */
export function editPendingQuestion(change: Partial<PendingQuestion>): void {
  $pendingQuestion.set({ ...$pendingQuestion.get(), ...change });
}

/** Keeps the name typed for a new list for this tab ('' forgets it). */
export function editPendingListName(name: string): void {
  $pendingListName.set(name);
}

/** Removes a question (by its item key) from a list; says what was removed, for Undo. */
export function removeQuestion(listId: string, key: string): QuestionRemoval | undefined {
  let removal: QuestionRemoval | undefined;
  changeList(listId, (list) => {
    const index = list.items.findIndex((item) => ops.itemKey(item) === key);
    const item = list.items[index];
    if (item) removal = { listId, item, index };
    return { ok: true, list: ops.removeItem(list, key, now()) };
  });
  return removal;
}

/** A question taken out of a list, with where it was: what Undo needs to put it back. */
export interface QuestionRemoval {
  listId: string;
  item: ListItem;
  /** Its place among the list's items. */
  index: number;
}

/** Puts a removed question back in its place, if its list is still there. */
export function restoreQuestion({ listId, item, index }: QuestionRemoval): ops.ListChange {
  return changeList(listId, (list) => ({
    ok: true,
    list: ops.restoreItem(list, item, index, now()),
  }));
}

/** Moves a question one place up or down within its phase. */
export function moveQuestion(
  listId: string,
  key: string,
  step: -1 | 1,
  bank: BankIndex,
): ops.MoveResult | undefined {
  return moveIn(listId, (list) => ops.moveItemBy(list, key, step, bank.byId, now()));
}

/** Moves a question to a position (0-based, over the whole list), kept within its phase. */
export function moveQuestionTo(
  listId: string,
  key: string,
  position: number,
  bank: BankIndex,
): ops.MoveResult | undefined {
  return moveIn(listId, (list) => ops.moveItem(list, key, position, bank.byId, now()));
}

/** Fills a list with the bank's top questions for each phase, up to what fits its length; returns how many were added. */
export function suggestStarterSet(listId: string, bank: BankIndex): number {
  return withList(
    listId,
    (list) => {
      const result = ops.suggestStarterSet(
        list,
        bank.questions,
        planInterview(list.minutes),
        bank.byId,
        now(),
      );
      return { list: result.added > 0 ? result.list : undefined, result: result.added };
    },
    0,
  );
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
  const what =
    dropped.length === 1
      ? `“${first.questionId}” in “${first.listName}”, a question the bank no longer has`
      : `${dropped.length} questions the bank no longer has, in ${[...new Set(dropped.map(({ listName }) => `“${listName}”`))].join(', ')}`;
  questionListsStore.replaceDropping(state, [what]);
  return dropped.map(({ questionId }) => questionId);
}
