import { describe, expect, test } from 'vitest';
import { planInterview } from '../../../src/lib/interview-plan';
import {
  addBankQuestion,
  addCustomQuestion,
  arcOrder,
  checkCustomQuestion,
  checkListName,
  comparableText,
  copyOfList,
  CUSTOM_QUESTION_MAX,
  itemKey,
  listsCollection,
  listsState,
  moveItem,
  moveItemBy,
  newList,
  removeItem,
  restoreItem,
  renameList,
  setListLength,
  suggestStarterSet,
  type ListChange,
} from '../../../src/lib/list-operations';
import { PHASES, type Phase } from '../../../src/lib/vocabulary';
import type { Question } from '../../../src/schemas/question';
import { makeQuestion } from '../../support/question';
import type {
  ListItem,
  QuestionList,
  QuestionListsState,
} from '../../../src/schemas/question-list';

/** When the test lists were made, as saved lists write it. */
const T0_ISO = '2026-11-23T10:00:00.000Z';
/** When the operations change them, as they take it (an Instant) and as the lists save it. */
const T1_ISO = '2026-11-23T11:00:00.000Z';
const T1 = Date.parse(T1_ISO);

const bankQuestions: Question[] = [
  makeQuestion('n1', 'What does a normal day look like?', 'present'),
  makeQuestion('n2', 'Who do you work with most?', 'present'),
  makeQuestion('n3', 'What is hardest about the job?', 'present'),
  makeQuestion('n4', 'Which skills matter most?', 'present'),
  makeQuestion('n5', 'What surprised you?', 'present'),
  makeQuestion('p1', 'How did you get into this field?', 'past'),
  makeQuestion('p2', 'What would you do differently?', 'past'),
  makeQuestion('p3', 'How did you find this job?', 'past'),
  makeQuestion('f1', 'Where does this role lead?', 'future'),
  makeQuestion('f2', 'How is the field changing?', 'future'),
  makeQuestion('f3', 'What will entry-level work look like in five years?', 'future'),
  makeQuestion('a1', 'Who else should I talk to?', 'advice'),
  makeQuestion('a2', 'What would you do in my place?', 'advice'),
  makeQuestion('a3', 'Which associations should I join?', 'advice'),
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
      addCustomQuestion(list, makeQuestion('c1', ' Do you <b>like</b> it? ', 'present'), bank, T1),
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
      addCustomQuestion(list, makeQuestion('c2', 'What is your day like?', 'present'), bank, T1),
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

describe('restoreItem', () => {
  test('puts an item back at its place, or at the end of a list grown shorter', () => {
    const list = makeList([bankItem('n1'), bankItem('a1')]);
    const mine = customItem('c1', 'Mine?', 'present');
    expect(keys(restoreItem(list, mine, 1, T1))).toEqual(['bank:n1', 'custom:c1', 'bank:a1']);
    expect(keys(restoreItem(list, mine, 9, T1))).toEqual(['bank:n1', 'bank:a1', 'custom:c1']);
  });

  test('returns the same list when the item is there already', () => {
    const list = makeList([bankItem('n1')]);
    expect(restoreItem(list, bankItem('n1'), 0, T1)).toBe(list);
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
  const lists = (): QuestionList[] => [
    makeList([], { id: 'a', name: 'Dana' }),
    makeList([bankItem('n1')], { id: 'b', name: 'Sam' }),
    makeList([], { id: 'c', name: 'Lee' }),
  ];

  test('newList makes an empty list stamped now', () => {
    expect(newList({ id: 'd', name: 'Kim', minutes: 45 }, T1)).toEqual({
      id: 'd',
      name: 'Kim',
      minutes: 45,
      items: [],
      createdAt: T1_ISO,
      updatedAt: T1_ISO,
    });
  });

  test('checkListName trims, and refuses empty, too long and already used names', () => {
    expect(checkListName('  Kim  at   the lab ', lists())).toEqual({
      ok: true,
      name: 'Kim at the lab',
    });
    expect(checkListName('   ', lists())).toMatchObject({ ok: false, reason: 'empty' });
    expect(checkListName('x'.repeat(81), lists())).toMatchObject({ ok: false, reason: 'too-long' });
    expect(checkListName('dana', lists())).toMatchObject({ ok: false, reason: 'duplicate' });
    expect(checkListName('Dana', lists(), 'a')).toEqual({ ok: true, name: 'Dana' });
  });

  test('renameList and setListLength stamp the change, and return the same list when nothing changes', () => {
    const list = makeList([], { name: 'Lee' });
    expect(renameList(list, 'Lee Chen', T1)).toMatchObject({ name: 'Lee Chen', updatedAt: T1_ISO });
    expect(renameList(list, 'Lee', T1)).toBe(list);
    expect(setListLength(list, 60, T1)).toMatchObject({ minutes: 60, updatedAt: T1_ISO });
    expect(setListLength(list, 30, T1)).toBe(list);
  });

  test('copyOfList keeps the questions and length under a new id and name', () => {
    const original = makeList([bankItem('n1')], { id: 'b', name: 'Sam', minutes: 45 });
    const copy = copyOfList(original, { id: 'b2', name: 'Sam (copy)' }, T1);
    expect(copy).toMatchObject({ id: 'b2', name: 'Sam (copy)', minutes: 45, createdAt: T1_ISO });
    expect(copy.items).toEqual(original.items);
    expect(copy.items[0]).not.toBe(original.items[0]);
  });

  test('copyOfList leaves out who the list is planned for: the person keeps the original', () => {
    const original = {
      ...makeList([bankItem('n1')], { id: 'b', name: 'Sam' }),
      person: { id: 'sam', name: 'Sam Ortiz' },
    };
    expect(copyOfList(original, { id: 'b2', name: 'Sam (copy)' }, T1)).not.toHaveProperty('person');
  });

  test('listsCollection and listsState turn the saved lists into a collection and back', () => {
    const state: QuestionListsState = { lists: lists(), activeListId: 'b' };
    expect(listsState(listsCollection(state))).toEqual(state);
    expect(listsState({ items: [] })).toEqual({ lists: [] });
  });
});
