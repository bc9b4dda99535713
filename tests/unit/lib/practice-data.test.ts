import { describe, expect, test } from 'vitest';
import { pickBank, pickCards } from '../../../src/lib/practice-data';

describe('pickCards', () => {
  test('takes the cards from the file the build writes', () => {
    const card = {
      id: 'phase-past',
      deck: 'asking',
      prompt: 'Phase: their past.',
      answer: 'Ask how they got here.',
    };
    expect(pickCards({ cards: [card] })).toEqual([card]);
  });

  test('refuses a file without readable cards', () => {
    expect(() => pickCards({ cards: [] })).toThrow();
    expect(() => pickCards({ cards: [{ id: 'x', deck: 'unknown' }] })).toThrow();
    expect(() => pickCards('<html>')).toThrow();
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
