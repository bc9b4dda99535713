import { describe, expect, test } from 'vitest';
import type { Question } from '../../../src/content.config';
import { questionListSchema, resolveList, type ListItem } from '../../../src/lib/question-list';

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
    expect(questionListSchema.safeParse(list).success).toBe(true);
  });
  test('refuses a length the picker does not offer', () => {
    expect(questionListSchema.safeParse({ ...list, minutes: 25 }).success).toBe(false);
  });
});
