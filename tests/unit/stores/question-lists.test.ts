// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  $questionLists,
  addCustomQuestion,
  addQuestion,
  createList,
  deleteList,
  duplicateList,
  ensureList,
  forgetUnknownQuestions,
  indexBank,
  listDeletion,
  moveQuestion,
  moveQuestionTo,
  removeQuestion,
  renameList,
  setActiveList,
  setLength,
  suggestStarterSet,
  undoDelete,
  questionListsStore,
} from '../../../src/stores/question-lists';
import { makeQuestion } from '../../support/question';

const bank = indexBank([
  makeQuestion('n1', 'What does a normal day look like?', 'present'),
  makeQuestion('n2', 'Who do you work with most?', 'present'),
  makeQuestion('p1', 'How did you get into this field?', 'past'),
  makeQuestion('f1', 'Where does this role lead?', 'future'),
  makeQuestion('a1', 'Who else should I talk to?', 'advice'),
]);

const KEY = 'iik:question-lists:v1';
const saved = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');
const state = () => $questionLists.get();
const open = () => state().lists.find((list) => list.id === state().activeListId);

beforeEach(() => {
  localStorage.clear();
  $questionLists.set({ lists: [] });
  listDeletion.forget();
});
afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('ensureList', () => {
  test('on a first visit starts "My first conversation" for 30 minutes, opens it and saves it', () => {
    ensureList();
    expect(open()).toMatchObject({ name: 'My first conversation', minutes: 30, items: [] });
    expect(saved().lists).toHaveLength(1);
  });

  test('leaves existing lists alone and opens the first if none is marked open', () => {
    createList('Dana');
    createList('Sam');
    $questionLists.set({ lists: state().lists });
    ensureList();
    expect(state().lists.map((list) => list.name)).toEqual(['Dana', 'Sam']);
    expect(open()?.name).toBe('Dana');
  });
});

describe('the list verbs', () => {
  test('createList refuses a blank name and saves a good one', () => {
    expect(createList('   ')).toMatchObject({ ok: false, reason: 'empty' });
    const created = createList(' Dana ', 45);
    expect(created.ok).toBe(true);
    expect(saved().lists[0]).toMatchObject({ name: 'Dana', minutes: 45 });
    expect(saved().activeListId).toBe(created.ok ? created.id : '');
  });

  test('renameList renames and refuses a name another list has', () => {
    createList('Dana');
    const sam = createList('Sam');
    const id = sam.ok ? sam.id : '';
    expect(renameList(id, 'dana')).toMatchObject({ ok: false, reason: 'duplicate' });
    expect(renameList(id, 'Sam Lee')).toEqual({ ok: true });
    expect(saved().lists[1].name).toBe('Sam Lee');
  });

  test('duplicateList copies the questions into a new list that opens', () => {
    const dana = createList('Dana');
    const id = dana.ok ? dana.id : '';
    addQuestion(id, 'n1', bank);
    const copyId = duplicateList(id);
    expect(open()).toMatchObject({
      id: copyId,
      name: 'Dana (copy)',
      items: [{ kind: 'bank', questionId: 'n1' }],
    });
  });

  test('deleteList can be undone, putting the list back in its place, until the next deletion', () => {
    const ids = ['Dana', 'Sam', 'Lee'].map((name) => {
      const created = createList(name);
      return created.ok ? created.id : '';
    });
    // The picker deletes the open list, so open it first.
    setActiveList(ids[1]!);
    deleteList(ids[1]!);
    expect(saved().lists.map((list: { name: string }) => list.name)).toEqual(['Dana', 'Lee']);
    expect(listDeletion.$deleted.get()?.item.name).toBe('Sam');
    expect(undoDelete()?.name).toBe('Sam');
    expect(saved().lists.map((list: { name: string }) => list.name)).toEqual([
      'Dana',
      'Sam',
      'Lee',
    ]);
    expect(open()?.name).toBe('Sam');
    expect(undoDelete()).toBeUndefined();

    deleteList(ids[0]!);
    deleteList(ids[2]!);
    expect(undoDelete()?.name).toBe('Lee');
    expect(state().lists.map((list) => list.name)).toEqual(['Sam', 'Lee']);
  });

  test('setActiveList and setLength are saved', () => {
    const dana = createList('Dana');
    createList('Sam');
    const id = dana.ok ? dana.id : '';
    setActiveList(id);
    setLength(id, 60);
    expect(saved()).toMatchObject({ activeListId: id, lists: [{ minutes: 60 }, { minutes: 30 }] });
  });
});

describe('the question verbs', () => {
  let id = '';
  beforeEach(() => {
    const created = createList('Dana');
    id = created.ok ? created.id : '';
  });

  test('addQuestion adds once and refuses the same question again', () => {
    expect(addQuestion(id, 'a1', bank).ok).toBe(true);
    expect(addQuestion(id, 'n1', bank).ok).toBe(true);
    expect(addQuestion(id, 'n1', bank)).toMatchObject({ ok: false, reason: 'duplicate' });
    expect(saved().lists[0].items).toEqual([
      { kind: 'bank', questionId: 'n1' },
      { kind: 'bank', questionId: 'a1' },
    ]);
  });

  test('addCustomQuestion saves the tidied text with a fresh id and refuses a duplicate of a bank question', () => {
    addQuestion(id, 'n1', bank);
    expect(
      addCustomQuestion(id, '  What does a NORMAL day look like  ', 'present', bank),
    ).toMatchObject({
      ok: false,
      reason: 'duplicate',
    });
    expect(addCustomQuestion(id, ' Do you enjoy it? ', 'future', bank).ok).toBe(true);
    const custom = saved().lists[0].items[1];
    expect(custom).toMatchObject({ kind: 'custom', text: 'Do you enjoy it?', phase: 'future' });
    expect(custom.id).toMatch(/^q-/);
  });

  test('a verb on a list deleted meanwhile (in another tab) is refused, not thrown', () => {
    deleteList(id);
    expect(addQuestion(id, 'n1', bank)).toMatchObject({ ok: false, reason: 'not-found' });
  });

  test('removeQuestion removes by key', () => {
    addQuestion(id, 'n1', bank);
    addQuestion(id, 'n2', bank);
    removeQuestion(id, 'bank:n1');
    expect(saved().lists[0].items).toEqual([{ kind: 'bank', questionId: 'n2' }]);
  });

  test('moveQuestion moves within a phase and reports the position; moveQuestionTo clamps to the phase', () => {
    addQuestion(id, 'n1', bank);
    addQuestion(id, 'n2', bank);
    addQuestion(id, 'p1', bank);
    expect(moveQuestion(id, 'bank:n1', 1, bank)).toMatchObject({
      position: 2,
      total: 3,
      moved: true,
    });
    expect(saved().lists[0].items.map((item: { questionId: string }) => item.questionId)).toEqual([
      'n2',
      'n1',
      'p1',
    ]);
    expect(moveQuestionTo(id, 'bank:p1', 0, bank)).toMatchObject({ position: 3, moved: false });
  });

  test('suggestStarterSet fills to the list’s own length', () => {
    setLength(id, 15);
    expect(suggestStarterSet(id, bank)).toBe(5);
    expect(suggestStarterSet(id, bank)).toBe(0);
  });

  test('every change stamps the list with the time it changed', () => {
    vi.useFakeTimers({ now: new Date('2027-01-02T03:04:05Z'), toFake: ['Date'] });
    addQuestion(id, 'n1', bank);
    expect(saved().lists[0].updatedAt).toBe('2027-01-02T03:04:05.000Z');
  });
});

describe('forgetUnknownQuestions', () => {
  test('drops questions the bank no longer has, keeps a copy and names them in the notice', () => {
    questionListsStore.$notice.set(undefined);
    createList('Dana');
    const id = open()?.id ?? '';
    addQuestion(id, 'n1', bank);
    addQuestion(id, 'p1', bank);
    expect(forgetUnknownQuestions(new Set(['n1']))).toEqual(['p1']);
    expect(saved().lists[0].items).toEqual([{ kind: 'bank', questionId: 'n1' }]);
    expect(questionListsStore.$notice.get()).toEqual({
      kind: 'partial',
      label: 'question lists',
      dropped: ['“p1” in “Dana”, a question the bank no longer has'],
    });
    expect(localStorage.getItem(questionListsStore.backupKey)).toContain('"p1"');
  });

  test('counts several, naming each list once, and changes nothing when all are known', () => {
    questionListsStore.$notice.set(undefined);
    createList('Dana');
    const dana = open()?.id ?? '';
    addQuestion(dana, 'p1', bank);
    addQuestion(dana, 'f1', bank);
    createList('Sam');
    addQuestion(open()?.id ?? '', 'p1', bank);
    expect(forgetUnknownQuestions(new Set(['n1']))).toEqual(['p1', 'f1', 'p1']);
    expect(questionListsStore.$notice.get()).toMatchObject({
      dropped: ['3 questions the bank no longer has, in “Dana”, “Sam”'],
    });
    const before = state();
    expect(forgetUnknownQuestions(new Set(['n1']))).toEqual([]);
    expect(state()).toBe(before);
  });
});
