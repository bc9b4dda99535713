/** Bank questions for tests, with the fields a test does not care about filled in validly. */
import type { Phase } from '../../src/lib/vocabulary';
import type { Question } from '../../src/schemas/question';

/** A valid bank question with this id, text and phase; `extra` overrides any other field. */
export function makeQuestion(
  id: string,
  text: string,
  phase: Phase,
  extra: Partial<Question> = {},
): Question {
  return { id, text, phase, topics: ['skills'], why: 'It is worth asking.', order: 0, ...extra };
}
