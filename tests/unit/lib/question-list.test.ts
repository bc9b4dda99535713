import { describe, expect, test } from 'vitest';
import { check } from '../../../src/schemas/validate';
import type { Question } from '../../../src/schemas/question';
import { resolveList, withoutUnknownQuestions } from '../../../src/lib/question-list';
import {
  questionListSchema,
  type ListItem,
  type QuestionList,
} from '../../../src/schemas/question-list';

const bank = new Map<string, Question>([
  [
    'typical-day',
    {
      id: 'typical-day',
      text: 'What is a typical day like?',
      phase: 'present',
      topics: ['typical-day'],
      why: 'Concrete detail beats job titles.',
      order: 0,
    },
  ],
  [
    'who-else',
    {
      id: 'who-else',
      text: 'Who else should I talk to?',
      phase: 'advice',
      topics: ['referrals'],
      why: 'One talk leads to the next.',
      order: 1,
    },
  ],
]);

describe('resolveList', () => {
  test('keeps the reader’s order and mixes bank and custom questions', () => {
    const items: ListItem[] = [
      { kind: 'bank', questionId: 'who-else' },
      { kind: 'custom', id: 'c1', text: 'How do you handle night shifts?', phase: 'present' },
      { kind: 'bank', questionId: 'typical-day' },
    ];
    expect(
      resolveList(items, bank).map((question) => [question.key, question.phase, question.source]),
    ).toEqual([
      ['bank:who-else', 'advice', 'bank'],
      ['custom:c1', 'present', 'custom'],
      ['bank:typical-day', 'present', 'bank'],
    ]);
  });

  test('leaves out bank questions that no longer exist', () => {
    expect(resolveList([{ kind: 'bank', questionId: 'retired-question' }], bank)).toEqual([]);
  });
});

describe('questionListSchema', () => {
  const list = {
    id: 'l1',
    name: 'Dana',
    minutes: 30,
    items: [],
    createdAt: '2026-11-23T10:00:00Z',
    updatedAt: '2026-11-23T10:00:00Z',
  };
  test('accepts a list planned for one of the offered lengths', () => {
    expect(check(questionListSchema, list).success).toBe(true);
  });
  test('refuses a length the picker does not offer', () => {
    expect(check(questionListSchema, { ...list, minutes: 25 }).success).toBe(false);
  });
});

describe('withoutUnknownQuestions', () => {
  const list = (id: string, items: ListItem[]): QuestionList => ({
    id,
    name: `List ${id}`,
    minutes: 30,
    items,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
  });
  const known = new Set(['typical-day', 'who-else']);

  test('drops bank questions the bank no longer has, keeping custom ones and the order', () => {
    const state = {
      lists: [
        list('a', [
          { kind: 'bank', questionId: 'retired' },
          { kind: 'custom', id: 'c1', text: 'Mine?', phase: 'past' },
          { kind: 'bank', questionId: 'who-else' },
        ]),
        list('b', [{ kind: 'bank', questionId: 'typical-day' }]),
      ],
      activeListId: 'b',
    };
    const { state: after, dropped } = withoutUnknownQuestions(state, known);
    expect(dropped).toEqual([{ listName: 'List a', questionId: 'retired' }]);
    expect(after.lists[0]?.items.map((item) => item.kind)).toEqual(['custom', 'bank']);
    expect(after.lists[1]).toBe(state.lists[1]);
    expect(after.activeListId).toBe('b');
  });

  test('returns the same state when every question is known', () => {
    const state = { lists: [list('a', [{ kind: 'bank', questionId: 'typical-day' }])] };
    const result = withoutUnknownQuestions(state, known);
    expect(result.state).toBe(state);
    expect(result.dropped).toEqual([]);
  });
});

describe('resolveList with a cache', () => {
  test('gives the same object for an item resolved before, and a new one for a new item', () => {
    const cache = new WeakMap<ListItem, ReturnType<typeof resolveList>[number] | null>();
    const kept: ListItem = { kind: 'custom', id: 'c1', text: 'What surprised you?', phase: 'past' };
    const first = resolveList([kept], new Map(), cache);
    const added: ListItem = { kind: 'custom', id: 'c2', text: 'Who else?', phase: 'advice' };
    const second = resolveList([kept, added], new Map(), cache);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toMatchObject({ key: 'custom:c2', text: 'Who else?' });
  });
});
