/**
 * Turns the question bank into Pagefind custom records: one per question, pointing at its
 * anchor on the /questions/ page, filterable by section, phase and topic.
 */
import type { Question } from '../schemas/question';
import { PHASE_LABELS, TOPIC_LABELS } from './vocabulary';

/** A search record in the shape Pagefind's `addCustomRecord` takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The anchor id a question has on the /questions/ page. */
export const questionAnchor = (id: string) => `q-${id}`;

/** One search record per question, linking to its anchor on /questions/. */
export function questionSearchRecords(questions: readonly Question[]): SearchRecord[] {
  return questions.map((question) => ({
    url: `/questions/#${questionAnchor(question.id)}`,
    content: [question.text, question.why, question.caution].filter(Boolean).join(' '),
    language: 'en',
    meta: { title: question.text, phase: PHASE_LABELS[question.phase] },
    filters: {
      section: ['Questions'],
      phase: [PHASE_LABELS[question.phase]],
      topic: question.topics.map((topic) => TOPIC_LABELS[topic]),
    },
  }));
}
