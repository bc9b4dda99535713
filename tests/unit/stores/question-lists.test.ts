// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  $activeList,
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
  restoreQuestion,
  renameList,
  setActiveList,
  setLength,
  suggestStarterSet,
  undoDelete,
  questionListsStore,
} from '../../../src/stores/question-lists';
import { clearTabState } from '../../../src/stores/tab-state';
import { MapStorage, savedValue } from '../../support/storage';
import { makeQuestion } from '../../support/question';

const bank = indexBank([
  makeQuestion('n1', 'What does a normal day look like?', 'present'),
  makeQuestion('n2', 'Who do you work with most?', 'present'),
  makeQuestion('p1', 'How did you get into this field?', 'past'),
  makeQuestion('f1', 'Where does this role lead?', 'future'),
  makeQuestion('a1', 'Who else should I talk to?', 'advice'),
]);

const KEY = 'iik:question-lists:v1';
const saved = () => savedValue(KEY);
const state = () => $questionLists.get();
const open = () => $activeList.get();

beforeEach(() => {
  localStorage.clear();
  questionListsStore.reset();
  clearTabState();
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

  test('leaves existing lists alone and, in a tab with none open, opens the first', () => {
    createList('Dana');
    createList('Sam');
    $questionLists.set({ lists: state().lists });
    clearTabState();
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

  test('removeQuestion removes by key and says what it removed, for restoreQuestion', () => {
    addQuestion(id, 'n1', bank);
    addQuestion(id, 'n2', bank);
    const removal = removeQuestion(id, 'bank:n1');
    expect(saved().lists[0].items).toEqual([{ kind: 'bank', questionId: 'n2' }]);
    expect(removal).toEqual({ listId: id, item: { kind: 'bank', questionId: 'n1' }, index: 0 });
    expect(restoreQuestion(removal!)).toMatchObject({ ok: true });
    expect(saved().lists[0].items).toEqual([
      { kind: 'bank', questionId: 'n1' },
      { kind: 'bank', questionId: 'n2' },
    ]);
    expect(removeQuestion(id, 'bank:zz')).toBeUndefined();
    deleteList(id);
    expect(restoreQuestion(removal!)).toMatchObject({ ok: false });
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
    for (const notice of questionListsStore.$notices.get()) questionListsStore.dismiss(notice);
    createList('Dana');
    const id = open()?.id ?? '';
    addQuestion(id, 'n1', bank);
    addQuestion(id, 'p1', bank);
    expect(forgetUnknownQuestions(new Set(['n1']))).toEqual(['p1']);
    expect(saved().lists[0].items).toEqual([{ kind: 'bank', questionId: 'n1' }]);
    expect(questionListsStore.$notices.get()).toMatchObject([
      {
        kind: 'partial',
        label: 'question lists',
        dropped: ['“p1” in “Dana”, a question the bank no longer has'],
      },
    ]);
    const copies = Object.keys(localStorage).filter((key) => key.startsWith(`${KEY}:backup:`));
    expect(copies.map((key) => localStorage.getItem(key))).toEqual([
      expect.stringContaining('"p1"'),
    ]);
  });

  test('counts several, naming each list once, and changes nothing when all are known', () => {
    for (const notice of questionListsStore.$notices.get()) questionListsStore.dismiss(notice);
    createList('Dana');
    const dana = open()?.id ?? '';
    addQuestion(dana, 'p1', bank);
    addQuestion(dana, 'f1', bank);
    createList('Sam');
    addQuestion(open()?.id ?? '', 'p1', bank);
    expect(forgetUnknownQuestions(new Set(['n1']))).toEqual(['p1', 'f1', 'p1']);
    expect(questionListsStore.$notices.get()).toMatchObject([
      { dropped: ['3 questions the bank no longer has, in “Dana”, “Sam”'] },
    ]);
    const before = state();
    expect(forgetUnknownQuestions(new Set(['n1']))).toEqual([]);
    expect(state()).toBe(before);
  });
});

describe('what belongs to the tab, and damaged lists', () => {
  /** A page of the picker in a tab whose sessionStorage is `session` (a fresh module copy). */
  async function openTab(session: Storage) {
    vi.spyOn(window, 'sessionStorage', 'get').mockReturnValue(session);
    vi.resetModules();
    const tab = await import('../../../src/stores/question-lists');
    const { mergeLoaded } = await import('../../../src/stores/persistence');
    vi.restoreAllMocks();
    return { ...tab, mergeLoaded };
  }
  const namesIn = (lists: { name: string; items: unknown[] }[]) =>
    lists.map((list) => `${list.name}: ${list.items.length}`);

  test('case 5: a question added in one tab goes into the list that tab has open, not the one another tab just opened', async () => {
    const tabA = await openTab(new MapStorage());
    tabA.ensureList();
    const tabB = await openTab(new MapStorage());
    tabB.ensureList();
    expect(tabB.$activeList.get()?.name).toBe('My first conversation');

    const dana = tabA.createList('Dana');
    expect(dana.ok).toBe(true);
    expect(tabA.$activeList.get()?.name).toBe('Dana');

    const openInB = tabB.$activeList.get();
    expect(openInB?.name).toBe('My first conversation');
    tabB.addQuestion(openInB?.id ?? '', 'n1', bank);
    // Tab B merges with tab A's new list once the merge code has loaded.
    await tabB.mergeLoaded();
    expect(namesIn(saved().lists)).toEqual(['My first conversation: 1', 'Dana: 0']);
    expect(tabA.$activeList.get()?.name).toBe('Dana');

    // A new tab starts on the list opened last in any tab.
    const tabC = await openTab(new MapStorage());
    expect(tabC.$activeList.get()?.name).toBe('Dana');
  });

  test('case 5: with sessionStorage refused, the open list lives in the page', async () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.resetModules();
    const tab = await import('../../../src/stores/question-lists');
    tab.ensureList();
    tab.createList('Dana');
    expect(tab.$activeList.get()?.name).toBe('Dana');
    tab.editPendingQuestion({ text: 'Still kept on the page?' });
    expect(tab.$pendingQuestion.get().text).toBe('Still kept on the page?');
  });

  test('case 7: one bad list no longer hides the others; the notice names it and a copy is kept', async () => {
    const good = {
      id: 'l2',
      name: 'Sam',
      minutes: 30,
      items: [{ kind: 'bank', questionId: 'n1' }],
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
    };
    const damaged = JSON.stringify({
      lists: [{ ...good, id: 'l1', name: 'Dana', minutes: 25 }, good, { id: 3 }],
      activeListId: 'l2',
    });
    localStorage.setItem(KEY, damaged);
    const tab = await openTab(new MapStorage());
    expect(tab.$questionLists.get().lists).toEqual([good]);
    expect(tab.$activeList.get()?.name).toBe('Sam');
    expect(tab.questionListsStore.$notices.get()).toMatchObject([
      { kind: 'partial', dropped: ['the list “Dana”', 'a list without a name'] },
    ]);
    const copies = Object.keys(localStorage).filter((key) => key.startsWith(`${KEY}:backup:`));
    expect(copies.map((key) => localStorage.getItem(key))).toEqual([damaged]);
  });

  test('case 9: a question and a list name typed but not yet added are kept for the tab across a reload', async () => {
    const session = new MapStorage();
    const before = await openTab(session);
    before.ensureList();
    before.editPendingQuestion({ text: 'How did you find your first role?' });
    before.editPendingQuestion({ phase: 'past' });
    before.editPendingListName('Dana at City Hospital');

    const reloaded = await openTab(session);
    expect(reloaded.$pendingQuestion.get()).toEqual({
      text: 'How did you find your first role?',
      phase: 'past',
    });
    expect(reloaded.$pendingListName.get()).toBe('Dana at City Hospital');

    const list = reloaded.$activeList.get();
    expect(reloaded.addPendingQuestion(list?.id ?? '', bank).ok).toBe(true);
    expect(reloaded.$pendingQuestion.get()).toEqual({ text: '', phase: 'past' });
    expect(reloaded.createList(reloaded.$pendingListName.get()).ok).toBe(true);
    expect(reloaded.$pendingListName.get()).toBe('');

    // Another tab has its own: nothing half typed here shows up there.
    const other = await openTab(new MapStorage());
    expect(other.$pendingQuestion.get().text).toBe('');
  });
});
