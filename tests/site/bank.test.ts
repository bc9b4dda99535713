import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readDist } from './support/dist';

const PHASES = ['present', 'past', 'future', 'advice'];

describe('the published question bank', () => {
  test('lists every question in arc order, keeping the file’s most-useful-first order within a phase', () => {
    const written = parse(readFileSync('src/content/questions/questions.yaml', 'utf8')) as {
      id: string;
      phase: string;
    }[];
    const expected = PHASES.flatMap((phase) =>
      written.filter((question) => question.phase === phase).map((question) => question.id),
    );
    const { questions } = JSON.parse(readDist('questions/bank.json')) as {
      questions: { id: string }[];
    };
    expect(questions.map((question) => question.id)).toEqual(expected);
  });

  test('the bank page shows the questions in the same order', () => {
    const { questions } = JSON.parse(readDist('questions/bank.json')) as {
      questions: { id: string }[];
    };
    const anchors = [...readDist('questions/index.html').matchAll(/id="q-([^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(anchors).toEqual(questions.map((question) => question.id));
  });
});
