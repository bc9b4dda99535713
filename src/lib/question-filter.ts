/**
 * Filtering the question bank as the reader types: by phase, by topic and by words. The bank is
 * indexed once (each question's searchable text folded to plain lowercase), so a keystroke only
 * compares strings; `npm run bench` times `filterQuestions` on a bank of 2,000 questions.
 */
import type { Question } from '../schemas/question';
import { foldForSearch, queryWords } from './search-words';
import { PHASE_LABELS, TOPIC_LABELS, type Phase, type Topic } from './vocabulary';

/** What the reader filters by; an empty value means "any". */
export interface QuestionFilters {
  /** Words that must all appear, each at the start of a word (in the question, why ask it, caution or topic names). */
  text: string;
  phase: Phase | '';
  topic: Topic | '';
}

/** No filter: the whole bank. */
export const NO_FILTERS: QuestionFilters = { text: '', phase: '', topic: '' };

/** A question with its text prepared for matching. */
export interface IndexedQuestion<Q extends Question = Question> {
  question: Q;
  /** Everything a word may match, folded by `foldForSearch`, with a leading space. */
  haystack: string;
}

/** Prepares the bank for filtering; do it once, not on every keystroke. */
export function indexQuestions<Q extends Question>(questions: readonly Q[]): IndexedQuestion<Q>[] {
  return questions.map((question) => {
    const parts = [
      question.text,
      question.why,
      question.caution ?? '',
      PHASE_LABELS[question.phase],
      ...question.topics.map((topic) => TOPIC_LABELS[topic]),
    ];
    // A leading space lets every word be found as " word": the start of a word, never its middle.
    return { question, haystack: ` ${foldForSearch(parts.join(' '))}` };
  });
}

/** The questions that pass every filter, in bank order. */
export function filterQuestions<Q extends Question>(
  index: readonly IndexedQuestion<Q>[],
  filters: QuestionFilters,
): Q[] {
  const words = queryWords(filters.text).map((word) => ` ${word}`);
  const result: Q[] = [];
  for (const { question, haystack } of index) {
    if (filters.phase !== '' && question.phase !== filters.phase) continue;
    if (filters.topic !== '' && !question.topics.includes(filters.topic)) continue;
    if (!words.every((word) => haystack.includes(word))) continue;
    result.push(question);
  }
  return result;
}
