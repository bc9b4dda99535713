import { describe, expect, test } from 'vitest';
import { planInterview } from '../../../src/lib/interview-plan';
import {
  activeList,
  addBankQuestion,
  addCustomQuestion,
  arcOrder,
  checkCustomQuestion,
  checkListName,
  comparableText,
  copyName,
  createList,
  CUSTOM_QUESTION_MAX,
  deleteList,
  duplicateList,
  itemKey,
  moveItem,
  moveItemBy,
  removeItem,
  renameList,
  restoreList,
  setActiveList,
  setListLength,
  suggestStarterSet,
  type BankQuestion,
  type ListChange,
} from '../../../src/lib/list-operations';
import { PHASES, type Phase } from '../../../src/lib/vocabulary';
import type {
  ListItem,
  QuestionList,
  QuestionListsState,
} from '../../../src/schemas/question-list';

/** Two moments, as the operations take them (Instant) and as saved lists write them (ISO). */
const T0_ISO = '2026-11-23T10:00:00.000Z';
const T1_ISO = '2026-11-23T11:00:00.000Z';
const T0 = Date.parse(T0_ISO);
const T1 = Date.parse(T1_ISO);

const bankQuestions: BankQuestion[] = [
  { id: 'n1', text: 'What does a normal day look like?', phase: 'present' },
  { id: 'n2', text: 'Who do you work with most?', phase: 'present' },
  { id: 'n3', text: 'What is hardest about the job?', phase: 'present' },
  { id: 'n4', text: 'Which skills matter most?', phase: 'present' },
  { id: 'n5', text: 'What surprised you?', phase: 'present' },
  { id: 'p1', text: 'How did you get into this field?', phase: 'past' },
  { id: 'p2', text: 'What would you do differently?', phase: 'past' },
  { id: 'p3', text: 'How did you find this job?', phase: 'past' },
  { id: 'f1', text: 'Where does this role lead?', phase: 'future' },
  { id: 'f2', text: 'How is the field changing?', phase: 'future' },
  { id: 'f3', text: 'What will entry-level work look like in five years?', phase: 'future' },
  { id: 'a1', text: 'Who else should I talk to?', phase: 'advice' },
  { id: 'a2', text: 'What would you do in my place?', phase: 'advice' },
  { id: 'a3', text: 'Which associations should I join?', phase: 'advice' },
];
const bank = new Map(bankQuestions.map((question) => [question.id, question]));

const bankItem = (questionId: string): ListItem => ({ kind: 'bank', questionId });
const customItem = (id: string, text: string, phase: Phase): ListItem => ({
  kind: 'custom',
  id,
  text,
  phase,
});

function makeList(items: ListItem[] = [], overrides: Partial<QuestionList> = {}): QuestionList {
  return {
    id: 'l1',
    name: 'Dana',
    minutes: 30,
    items,
    createdAt: T0_ISO,
    updatedAt: T0_ISO,
    ...overrides,
  };
}

const keys = (list: QuestionList) => list.items.map(itemKey);
const changed = (result: ListChange): QuestionList => {
  if (!result.ok) throw new Error(`expected the change to go through, got: ${result.message}`);
  return result.list;
};
const phasesOf = (list: QuestionList) =>
  list.items.map((item) =>
    item.kind === 'custom' ? item.phase : bank.get(item.questionId)?.phase,
  );

describe('arcOrder', () => {
  test('puts items in arc order and keeps the reader’s order within a phase', () => {
    const items = [
      bankItem('a1'),
      bankItem('n2'),
      customItem('c1', 'Mine?', 'present'),
      bankItem('p1'),
      bankItem('n1'),
    ];
    expect(arcOrder(items, bank).map(itemKey)).toEqual([
      'bank:n2',
      'custom:c1',
      'bank:n1',
      'bank:p1',
      'bank:a1',
    ]);
  });

  test('puts bank questions that no longer exist at the end instead of dropping them', () => {
    expect(arcOrder([bankItem('retired'), bankItem('a1')], bank).map(itemKey)).toEqual([
      'bank:a1',
      'bank:retired',
    ]);
  });
});

describe('addBankQuestion', () => {
  test('adds a question at the end of its own phase, not at the end of the list', () => {
    const list = makeList([bankItem('n1'), bankItem('a1')]);
    const after = changed(addBankQuestion(list, 'n2', bank, T1));
    expect(keys(after)).toEqual(['bank:n1', 'bank:n2', 'bank:a1']);
    expect(after.updatedAt).toBe(T1_ISO);
    expect(list.items).toHaveLength(2);
  });

  test('refuses a question that is already in the list, with a message', () => {
    const result = addBankQuestion(makeList([bankItem('n1')]), 'n1', bank, T1);
    expect(result).toMatchObject({
      ok: false,
      reason: 'duplicate',
      message: 'That question is already in your list.',
    });
  });

  test('refuses an id the bank does not have', () => {
    expect(addBankQuestion(makeList(), 'nope', bank, T1)).toMatchObject({
      ok: false,
      reason: 'unknown-question',
    });
  });
});

describe('checkCustomQuestion', () => {
  test('trims the text and turns line breaks and runs of spaces into single spaces', () => {
    expect(
      checkCustomQuestion('  How do you\n handle   night shifts?  ', makeList(), bank),
    ).toEqual({
      ok: true,
      text: 'How do you handle night shifts?',
    });
  });

  test('refuses an empty or blank question', () => {
    expect(checkCustomQuestion('', makeList(), bank)).toMatchObject({ ok: false, reason: 'empty' });
    expect(checkCustomQuestion(' \n\t ', makeList(), bank)).toMatchObject({
      ok: false,
      reason: 'empty',
    });
  });

  test(`accepts ${CUSTOM_QUESTION_MAX} characters and refuses one more, saying how long it is instead of cutting it`, () => {
    const longest = `${'a'.repeat(CUSTOM_QUESTION_MAX - 1)}?`;
    expect(checkCustomQuestion(longest, makeList(), bank)).toEqual({ ok: true, text: longest });
    const tooLong = checkCustomQuestion(`${longest}?`, makeList(), bank);
    expect(tooLong).toMatchObject({ ok: false, reason: 'too-long' });
    expect(tooLong.ok ? '' : tooLong.message).toContain(`${CUSTOM_QUESTION_MAX + 1} characters`);
  });

  test('counts an emoji as one character', () => {
    expect(
      checkCustomQuestion(`${'a'.repeat(CUSTOM_QUESTION_MAX - 1)}🙂`, makeList(), bank).ok,
    ).toBe(true);
  });

  test('refuses a duplicate whatever its case and spacing, against custom and bank questions', () => {
    const list = makeList([
      bankItem('n1'),
      customItem('c1', 'How do you handle night shifts?', 'present'),
    ]);
    expect(checkCustomQuestion('how do you   HANDLE night shifts ?', list, bank)).toMatchObject({
      ok: false,
      reason: 'duplicate',
    });
    expect(checkCustomQuestion('WHAT does a normal day look like', list, bank)).toMatchObject({
      ok: false,
      reason: 'duplicate',
    });
    expect(checkCustomQuestion('What does a normal week look like?', list, bank).ok).toBe(true);
  });
});

describe('comparableText', () => {
  test('ignores case, spacing and the closing question mark', () => {
    expect(comparableText('  What  do YOU do ?')).toBe(comparableText('what do you do'));
  });
});

describe('addCustomQuestion', () => {
  test('adds the tidied question at the end of the phase the reader chose', () => {
    const list = makeList([bankItem('n1'), bankItem('p1')]);
    const after = changed(
      addCustomQuestion(
        list,
        { id: 'c1', text: ' Do you <b>like</b> it? ', phase: 'present' },
        bank,
        T1,
      ),
    );
    expect(keys(after)).toEqual(['bank:n1', 'custom:c1', 'bank:p1']);
    expect(after.items[1]).toEqual({
      kind: 'custom',
      id: 'c1',
      text: 'Do you <b>like</b> it?',
      phase: 'present',
    });
  });

  test('works on a list of custom questions only', () => {
    let list = makeList();
    list = changed(
      addCustomQuestion(list, { id: 'c1', text: 'Any advice?', phase: 'advice' }, bank, T1),
    );
    list = changed(
      addCustomQuestion(
        list,
        { id: 'c2', text: 'What is your day like?', phase: 'present' },
        bank,
        T1,
      ),
    );
    expect(keys(list)).toEqual(['custom:c2', 'custom:c1']);
  });

  test('leaves the list as it was when the question is refused', () => {
    const list = makeList([bankItem('n1')]);
    expect(addCustomQuestion(list, { id: 'c1', text: '   ', phase: 'past' }, bank, T1).ok).toBe(
      false,
    );
    expect(list.items).toEqual([bankItem('n1')]);
  });
});

describe('removeItem', () => {
  test('removes the item with that key and keeps the others in order', () => {
    const list = makeList([bankItem('n1'), customItem('c1', 'Mine?', 'present'), bankItem('a1')]);
    expect(keys(removeItem(list, 'custom:c1', T1))).toEqual(['bank:n1', 'bank:a1']);
  });

  test('returns the same list when the key is not there', () => {
    const list = makeList([bankItem('n1')]);
    expect(removeItem(list, 'bank:zz', T1)).toBe(list);
  });

  test('can empty a list', () => {
    expect(removeItem(makeList([bankItem('n1')]), 'bank:n1', T1).items).toEqual([]);
  });
});

describe('moveItem', () => {
  const list = makeList([
    bankItem('n1'),
    bankItem('n2'),
    bankItem('n3'),
    bankItem('p1'),
    bankItem('p2'),
    bankItem('a1'),
  ]);

  test('moves a question down one place and reports its new position out of the total', () => {
    const result = moveItemBy(list, 'bank:n1', 1, bank, T1);
    expect(keys(result!.list)).toEqual([
      'bank:n2',
      'bank:n1',
      'bank:n3',
      'bank:p1',
      'bank:p2',
      'bank:a1',
    ]);
    expect(result).toMatchObject({ position: 2, total: 6, moved: true });
  });

  test('moves a question up one place', () => {
    const result = moveItemBy(list, 'bank:p2', -1, bank, T1);
    expect(keys(result!.list).slice(3, 5)).toEqual(['bank:p2', 'bank:p1']);
    expect(result?.position).toBe(4);
  });

  test('stops at the edge of the question’s phase', () => {
    expect(moveItemBy(list, 'bank:n3', 1, bank, T1)).toMatchObject({
      moved: false,
      position: 3,
      list,
    });
    expect(moveItemBy(list, 'bank:p1', -1, bank, T1)).toMatchObject({ moved: false, position: 4 });
    expect(moveItemBy(list, 'bank:a1', 1, bank, T1)).toMatchObject({ moved: false, position: 6 });
  });

  test('moves to a position within the phase, clamping a target outside it', () => {
    expect(keys(moveItem(list, 'bank:n3', 0, bank, T1)!.list).slice(0, 3)).toEqual([
      'bank:n3',
      'bank:n1',
      'bank:n2',
    ]);
    const clamped = moveItem(list, 'bank:n1', 5, bank, T1);
    expect(keys(clamped!.list).slice(0, 3)).toEqual(['bank:n2', 'bank:n3', 'bank:n1']);
    expect(clamped?.position).toBe(3);
  });

  test('gives undefined for an item that is not in the list', () => {
    expect(moveItemBy(list, 'bank:zz', 1, bank, T1)).toBeUndefined();
  });
});

describe('suggestStarterSet', () => {
  const total = (list: QuestionList) => list.items.length;
  const count = (list: QuestionList, phase: Phase) =>
    phasesOf(list).filter((other) => other === phase).length;

  test('fills an empty 30-minute list from the top of each phase up to what fits (4, 2, 2, 2)', () => {
    const { list, added } = suggestStarterSet(
      makeList(),
      bankQuestions,
      planInterview(30),
      bank,
      T1,
    );
    expect(added).toBe(10);
    expect(keys(list)).toEqual([
      'bank:n1',
      'bank:n2',
      'bank:n3',
      'bank:n4',
      'bank:p1',
      'bank:p2',
      'bank:f1',
      'bank:f2',
      'bank:a1',
      'bank:a2',
    ]);
  });

  test('fills a 15-minute list with one question per phase and two for their present', () => {
    const { list } = suggestStarterSet(
      makeList([], { minutes: 15 }),
      bankQuestions,
      planInterview(15),
      bank,
      T1,
    );
    expect(PHASES.map((phase) => count(list, phase))).toEqual([2, 1, 1, 1]);
  });

  test('never suggests past the most that fits in all, even when the phases’ shares add up to more (20 minutes)', () => {
    const plan = planInterview(20);
    const { list } = suggestStarterSet(
      makeList([], { minutes: 20 }),
      bankQuestions,
      plan,
      bank,
      T1,
    );
    expect(total(list)).toBe(plan.questions.max);
    for (const phase of PHASES) expect(count(list, phase)).toBeGreaterThanOrEqual(1);
  });

  test('keeps what the reader chose, counts their own questions and skips questions already there', () => {
    const start = makeList([
      bankItem('n2'),
      customItem('c1', 'My own?', 'present'),
      bankItem('a1'),
    ]);
    const { list, added } = suggestStarterSet(start, bankQuestions, planInterview(30), bank, T1);
    expect(keys(list).slice(0, 4)).toEqual(['bank:n2', 'custom:c1', 'bank:n1', 'bank:n3']);
    expect(count(list, 'advice')).toBe(2);
    expect(keys(list)).toContain('bank:a1');
    expect(added).toBe(7);
  });

  test('adds nothing to a list that already fills the time', () => {
    const full = suggestStarterSet(makeList(), bankQuestions, planInterview(30), bank, T1).list;
    const again = suggestStarterSet(full, bankQuestions, planInterview(30), bank, T1);
    expect(again.added).toBe(0);
    expect(again.list).toBe(full);
  });

  test('stops when a phase runs out of bank questions (60 minutes, small bank)', () => {
    const { list } = suggestStarterSet(
      makeList([], { minutes: 60 }),
      bankQuestions,
      planInterview(60),
      bank,
      T1,
    );
    expect(total(list)).toBe(bankQuestions.length);
  });

  test('skips a bank question whose text the reader already wrote as their own', () => {
    const start = makeList([customItem('c1', 'what does a normal day look like', 'present')]);
    expect(
      keys(suggestStarterSet(start, bankQuestions, planInterview(30), bank, T1).list),
    ).not.toContain('bank:n1');
  });
});

describe('lists', () => {
  const state = (): QuestionListsState => ({
    lists: [
      makeList([], { id: 'a', name: 'Dana' }),
      makeList([bankItem('n1')], { id: 'b', name: 'Sam' }),
      makeList([], { id: 'c', name: 'Lee' }),
    ],
    activeListId: 'b',
  });
  const names = (s: QuestionListsState) => s.lists.map((list) => list.name);

  test('createList adds an empty list at the end and opens it', () => {
    const after = createList(state(), { id: 'd', name: 'Kim', minutes: 45 }, T1);
    expect(names(after)).toEqual(['Dana', 'Sam', 'Lee', 'Kim']);
    expect(after.activeListId).toBe('d');
    expect(after.lists[3]).toEqual({
      id: 'd',
      name: 'Kim',
      minutes: 45,
      items: [],
      createdAt: T1_ISO,
      updatedAt: T1_ISO,
    });
  });

  test('createList works on the very first visit', () => {
    expect(
      createList({ lists: [] }, { id: 'x', name: 'My first conversation', minutes: 30 }, T0)
        .activeListId,
    ).toBe('x');
  });

  test('activeList falls back to the first list when the open one is gone, and to nothing when there are none', () => {
    expect(activeList({ ...state(), activeListId: 'gone' })?.id).toBe('a');
    expect(activeList({ lists: [] })).toBeUndefined();
  });

  test('checkListName trims, and refuses empty, too long and already used names', () => {
    expect(checkListName('  Kim  at   the lab ', state())).toEqual({
      ok: true,
      name: 'Kim at the lab',
    });
    expect(checkListName('   ', state())).toMatchObject({ ok: false, reason: 'empty' });
    expect(checkListName('x'.repeat(81), state())).toMatchObject({ ok: false, reason: 'too-long' });
    expect(checkListName('dana', state())).toMatchObject({ ok: false, reason: 'duplicate' });
    expect(checkListName('Dana', state(), 'a')).toEqual({ ok: true, name: 'Dana' });
  });

  test('renameList changes only that list’s name', () => {
    const after = renameList(state(), 'c', 'Lee Chen', T1);
    expect(names(after)).toEqual(['Dana', 'Sam', 'Lee Chen']);
    expect(after.lists[2]?.updatedAt).toBe(T1_ISO);
    expect(after.lists[0]?.updatedAt).toBe(T0_ISO);
  });

  test('setListLength changes the planned length', () => {
    expect(setListLength(state(), 'b', 60, T1).lists[1]?.minutes).toBe(60);
  });

  test('duplicateList puts a copy with the same questions right after the original and opens it', () => {
    const after = duplicateList(state(), 'b', 'b2', T1);
    expect(names(after)).toEqual(['Dana', 'Sam', 'Sam (copy)', 'Lee']);
    expect(after.lists[2]?.items).toEqual([bankItem('n1')]);
    expect(after.lists[2]?.items[0]).not.toBe(after.lists[1]?.items[0]);
    expect(after.activeListId).toBe('b2');
  });

  test('copyName numbers further copies and does not stack "(copy)"', () => {
    const s = {
      lists: [makeList([], { name: 'Sam' }), makeList([], { id: 'x', name: 'Sam (copy)' })],
    };
    expect(copyName('Sam', s)).toBe('Sam (copy 2)');
    expect(copyName('Sam (copy)', s)).toBe('Sam (copy 2)');
  });

  test('deleteList removes the list, opens its neighbour and says where it was', () => {
    const { state: after, deleted } = deleteList(state(), 'b');
    expect(names(after)).toEqual(['Dana', 'Lee']);
    expect(after.activeListId).toBe('c');
    expect(deleted).toMatchObject({ index: 1, wasActive: true, list: { id: 'b', name: 'Sam' } });
  });

  test('deleting the last list in the row opens the one before; deleting the only list leaves none open', () => {
    const s = { ...state(), activeListId: 'c' };
    expect(deleteList(s, 'c').state.activeListId).toBe('b');
    const only = { lists: [makeList()], activeListId: 'l1' };
    expect(deleteList(only, 'l1').state).toEqual({ lists: [] });
  });

  test('deleting a list that is not open keeps the open one', () => {
    expect(deleteList(state(), 'a').state.activeListId).toBe('b');
  });

  test('restoreList puts a deleted list back in its place, opens it, and only once', () => {
    const { state: after, deleted } = deleteList(state(), 'b');
    const restored = restoreList(after, deleted!);
    expect(names(restored)).toEqual(['Dana', 'Sam', 'Lee']);
    expect(restored.activeListId).toBe('b');
    expect(restoreList(restored, deleted!)).toBe(restored);
  });

  test('restoreList still works after other lists were deleted', () => {
    const first = deleteList(state(), 'c');
    const second = deleteList(first.state, 'a');
    expect(names(restoreList(second.state, first.deleted!))).toEqual(['Sam', 'Lee']);
  });

  test('setActiveList opens an existing list and ignores an unknown id', () => {
    expect(setActiveList(state(), 'c').activeListId).toBe('c');
    const s = state();
    expect(setActiveList(s, 'zz')).toBe(s);
  });
});
