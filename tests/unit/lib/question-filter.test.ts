import { describe, expect, test } from 'vitest';
import type { Question } from '../../../src/schemas/question';
import { filterQuestions, indexQuestions, NO_FILTERS } from '../../../src/lib/question-filter';

const questions: Question[] = [
  {
    id: 'typical-day',
    text: 'What does an ordinary working day look like?',
    phase: 'present',
    topics: ['typical-day'],
    why: 'A concrete day beats a job title; learn to yearn for it.',
    order: 0,
  },
  {
    id: 'pay',
    text: 'What do people earn when they start?',
    phase: 'future',
    topics: ['salary', 'entry-level'],
    why: 'Ask about the field.',
    caution: 'Never ask what they earn themselves.',
    order: 1,
  },
  {
    id: 'resume',
    text: 'Would you look over my résumé?',
    phase: 'advice',
    topics: ['resume'],
    why: 'Feedback from inside the field.',
    order: 2,
  },
  {
    id: 'path',
    text: 'How did you get started?',
    phase: 'past',
    topics: ['career-path', 'getting-started'],
    why: 'Paths are rarely straight.',
    order: 3,
  },
];
const index = indexQuestions(questions);
const ids = (filters: Partial<typeof NO_FILTERS>) =>
  filterQuestions(index, { ...NO_FILTERS, ...filters }).map((question) => question.id);

describe('filterQuestions', () => {
  test('with no filters gives the whole bank in bank order', () => {
    expect(ids({})).toEqual(['typical-day', 'pay', 'resume', 'path']);
  });

  test('filters by phase', () => {
    expect(ids({ phase: 'advice' })).toEqual(['resume']);
  });

  test('filters by topic, including a question’s second topic', () => {
    expect(ids({ topic: 'entry-level' })).toEqual(['pay']);
  });

  test('matches words anywhere in the question, its why, its caution or its topic names, ignoring case', () => {
    expect(ids({ text: 'ORDINARY' })).toEqual(['typical-day']);
    expect(ids({ text: 'straight' })).toEqual(['path']);
    expect(ids({ text: 'themselves' })).toEqual(['pay']);
    expect(ids({ text: 'salary' })).toEqual(['pay']);
  });

  test('needs every word, in any order, and matches the start of a word as it is typed', () => {
    expect(ids({ text: 'day concrete' })).toEqual(['typical-day']);
    expect(ids({ text: 'day earn' })).toEqual([]);
    expect(ids({ text: 'star' })).toEqual(['pay', 'path']);
  });

  test('matches words from their start, so "earn" does not find "learn" or "yearn"', () => {
    expect(ids({ text: 'earn' })).toEqual(['pay']);
    expect(ids({ text: 'ordin wor' })).toEqual(['typical-day']);
    expect(ids({ text: 'rdinary' })).toEqual([]);
  });

  test('matches hyphenated topics and typed hyphens alike', () => {
    expect(ids({ text: 'entry-level' })).toEqual(['pay']);
    expect(ids({ text: 'entry level' })).toEqual(['pay']);
  });

  test('ignores accents, so "resume" finds "résumé"', () => {
    expect(ids({ text: 'resume' })).toEqual(['resume']);
  });

  test('combines phase, topic and words', () => {
    expect(ids({ phase: 'future', text: 'earn' })).toEqual(['pay']);
    expect(ids({ phase: 'past', text: 'earn' })).toEqual([]);
  });

  test('a blank query or punctuation alone filters nothing out', () => {
    expect(ids({ text: '   ' })).toHaveLength(4);
    expect(ids({ text: '?' })).toHaveLength(4);
  });

  test('treats HTML in the query as plain words', () => {
    expect(ids({ text: '<script>' })).toEqual([]);
  });
});
