/**
 * The question bank as data: every entry valid, unique and placed where the picker expects it,
 * with enough questions in every phase and on every topic, and no two questions that say the
 * same thing.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { questionSchema, type Question } from '../../../src/schemas/question';
import { check } from '../../../src/schemas/validate';
import { sortByPhase } from '../../../src/lib/question-bank';
import { PHASES, TOPICS } from '../../../src/lib/vocabulary';
import { similarity } from './support/similarity';

const bankPath = new URL('../../../src/content/questions/questions.yaml', import.meta.url);
const raw: unknown = parse(readFileSync(bankPath, 'utf8'));
const entries: Record<string, unknown>[] = Array.isArray(raw) ? raw : [];
/** Entries that pass the schema; the other tests read these. */
const questions: Question[] = entries.flatMap((entry) => {
  const result = check(questionSchema, entry);
  return result.success ? [result.data] : [];
});

/** Items that occur more than once (compared after `key`). */
function repeated(
  items: readonly string[],
  key: (item: string) => string = (item) => item,
): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  });
}

describe('questions.yaml', () => {
  test('is a list of entries', () => {
    expect(Array.isArray(raw)).toBe(true);
    expect(entries.length).toBeGreaterThan(0);
  });

  test('every entry passes the question schema', () => {
    const failures = entries.flatMap((entry, index) => {
      const result = check(questionSchema, entry);
      if (result.success) return [];
      const id = typeof entry.id === 'string' ? entry.id : `entry #${index + 1}`;
      return result.issues.map((issue) => `${id}: ${issue.path || '(entry)'}: ${issue.message}`);
    });
    expect(failures).toEqual([]);
  });

  test('ids are unique', () => {
    expect(repeated(questions.map((question) => question.id))).toEqual([]);
  });

  test('no two questions have the same text, ignoring case', () => {
    expect(
      repeated(
        questions.map((question) => question.text),
        (text) => text.toLowerCase(),
      ),
    ).toEqual([]);
  });

  test('the four starter questions keep their ids, which saved lists refer to', () => {
    const ids = new Set(entries.map((entry) => entry.id));
    const missing = ['typical-day', 'how-you-started', 'role-in-five-years', 'who-else'].filter(
      (id) => !ids.has(id),
    );
    expect(missing).toEqual([]);
  });

  test('has at least 90 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(90);
  });

  test('has at least 15 questions in every phase', () => {
    const counts = Object.fromEntries(
      PHASES.map((phase) => [
        phase,
        questions.filter((question) => question.phase === phase).length,
      ]),
    );
    const short = PHASES.filter((phase) => (counts[phase] ?? 0) < 15).map(
      (phase) => `${phase}: ${counts[phase]}`,
    );
    expect(short).toEqual([]);
  });

  test('every topic has at least one question', () => {
    const covered = new Set(questions.flatMap((question) => question.topics));
    expect(TOPICS.filter((topic) => !covered.has(topic))).toEqual([]);
  });

  test('lists the phases in arc order, so the picker suggests from the top of each phase', () => {
    const ids = questions.map((question) => question.id);
    expect(sortByPhase(questions).map((question) => question.id)).toEqual(ids);
  });

  test('asks open questions, not ones answered with yes or no', () => {
    const closed =
      /^(is|are|am|was|were|do|does|did|can|could|would|will|have|has|had|should|may|might)\b/i;
    expect(
      questions.filter((question) => closed.test(question.text)).map((question) => question.id),
    ).toEqual([]);
  });

  describe('no two questions say the same thing', () => {
    /** At or above this share of subjects in common, two questions ask the same thing. */
    const SAME = 0.5;
    /** Within one phase and the same topics, even this much in common is a near-duplicate. */
    const SAME_PHASE_AND_TOPICS = 0.25;

    const pairs = questions.flatMap((a, index) =>
      questions.slice(index + 1).map((b) => ({ a, b, score: similarity(a.text, b.text) })),
    );

    test('the check sees a reworded question, and not two different ones', () => {
      expect(
        similarity(
          'What does a typical day look like for you?',
          'What does your typical working day look like?',
        ),
      ).toBeGreaterThanOrEqual(SAME);
      expect(
        similarity('Which of my résumé gaps matter?', 'What is missing from my resume?'),
      ).toBeGreaterThan(0);
      expect(
        similarity('How did you hear about this job?', 'Where is the field heading?'),
      ).toBeLessThan(SAME_PHASE_AND_TOPICS);
    });

    test(`no pair of questions shares ${SAME * 100}% of its subjects`, () => {
      expect(
        pairs
          .filter(({ score }) => score >= SAME)
          .map(({ a, b, score }) => `${a.id} ~ ${b.id} (${score.toFixed(2)})`),
      ).toEqual([]);
    });

    test('no two questions of one phase on the same topics overlap in their wording', () => {
      const sameTopics = (a: Question, b: Question) =>
        a.phase === b.phase &&
        a.topics.length === b.topics.length &&
        a.topics.every((topic) => b.topics.includes(topic));
      expect(
        pairs
          .filter(({ a, b, score }) => sameTopics(a, b) && score >= SAME_PHASE_AND_TOPICS)
          .map(({ a, b, score }) => `${a.id} ~ ${b.id} (${score.toFixed(2)})`),
      ).toEqual([]);
    });

    test('the merged questions are gone, and the ones that stayed cover what they asked', () => {
      const ids = new Set(questions.map((question) => question.id));
      const text = (id: string) => questions.find((question) => question.id === id)?.text ?? '';
      for (const merged of [
        'what-sparked-your-interest',
        'nearby-fields',
        'crunch-times',
        'resume-gaps',
      ])
        expect(ids.has(merged), merged).toBe(false);
      expect(text('how-you-started')).toMatch(/first drew you/);
      expect(text('role-in-five-years')).toMatch(/neighboring/);
      expect(text('hours-and-after-hours')).toMatch(/busy periods/);
      expect(text('resume-feedback')).toMatch(/change or add/);
    });
  });

  describe('salary questions', () => {
    const salary = questions.filter((question) => question.topics.includes('salary'));

    test('exist', () => {
      expect(salary.length).toBeGreaterThan(0);
    });

    test('each carry a caution that keeps to typical ranges', () => {
      const unsafe = salary.filter((question) => !/\branges?\b/i.test(question.caution ?? ''));
      expect(unsafe.map((question) => question.id)).toEqual([]);
    });

    test('never ask what the person themselves earns', () => {
      const personal =
        /\byou(?:'ve)?\s+(?:earn|make|are paid|get paid)\b|\byour\s+(?:own\s+)?(?:salary|pay|income|earnings|wage)\b/i;
      expect(
        salary.filter((question) => personal.test(question.text)).map((question) => question.id),
      ).toEqual([]);
    });
  });
});
