import { describe, expect, test } from 'vitest';
import { groupByPhase, pickBank, sortByPhase } from '../../../src/lib/question-bank';
import type { Phase } from '../../../src/lib/vocabulary';

const q = (id: string, phase: Phase) => ({ id, phase });

describe('sortByPhase', () => {
  test('puts questions in arc order: present, past, future, advice', () => {
    const mixed = [q('a', 'advice'), q('f', 'future'), q('pa', 'past'), q('pr', 'present')];
    expect(sortByPhase(mixed).map((question) => question.phase)).toEqual([
      'present',
      'past',
      'future',
      'advice',
    ]);
  });

  test('keeps the bank order within a phase', () => {
    const mixed = [
      q('p2', 'past'),
      q('n1', 'present'),
      q('p1', 'past'),
      q('n2', 'present'),
      q('p3', 'past'),
    ];
    expect(sortByPhase(mixed).map((question) => question.id)).toEqual([
      'n1',
      'n2',
      'p2',
      'p1',
      'p3',
    ]);
  });

  test('follows each question’s place in the bank file when it is known, whatever order they arrive in', () => {
    const shuffled = [
      { id: 'later', phase: 'present' as const, order: 5 },
      { id: 'advice', phase: 'advice' as const, order: 0 },
      { id: 'first', phase: 'present' as const, order: 1 },
    ];
    expect(sortByPhase(shuffled).map((question) => question.id)).toEqual([
      'first',
      'later',
      'advice',
    ]);
    expect(groupByPhase(shuffled).present.map((question) => question.id)).toEqual([
      'first',
      'later',
    ]);
  });

  test('gives an empty list for an empty bank and leaves its input unchanged', () => {
    expect(sortByPhase([])).toEqual([]);
    const input = [q('a', 'advice'), q('n', 'present')];
    sortByPhase(input);
    expect(input.map((question) => question.id)).toEqual(['a', 'n']);
  });
});

describe('groupByPhase', () => {
  test('groups questions under their phase, in bank order', () => {
    const groups = groupByPhase([q('n1', 'present'), q('a1', 'advice'), q('n2', 'present')]);
    expect(groups.present.map((question) => question.id)).toEqual(['n1', 'n2']);
    expect(groups.advice.map((question) => question.id)).toEqual(['a1']);
  });

  test('includes every phase, in arc order, even when a phase has no questions', () => {
    const groups = groupByPhase([q('a1', 'advice')]);
    expect(Object.keys(groups)).toEqual(['present', 'past', 'future', 'advice']);
    expect(groups.present).toEqual([]);
    expect(groups.past).toEqual([]);
    expect(groups.future).toEqual([]);
  });
});

describe('pickBank', () => {
  test('takes the questions with their phase, topics and place in the bank', () => {
    const question = {
      id: 'typical-day',
      text: 'What is a typical day like?',
      phase: 'present',
      topics: ['typical-day'],
      why: 'Concrete detail.',
      order: 0,
    };
    expect(pickBank({ questions: [question] })).toEqual([question]);
    expect(() => pickBank({ questions: [{ ...question, phase: 'someday' }] })).toThrow();
  });
});
