/**
 * Read-only views of the question bank: ordering and grouping by the phases of the arc.
 */
import type { Question } from '../content.config';
import { PHASES, type Phase } from './vocabulary';

/** Questions in arc order (present, past, future, advice), keeping the bank's order within a phase. */
export function sortByPhase<T extends Pick<Question, 'phase'>>(questions: readonly T[]): T[] {
  return PHASES.flatMap((phase) => questions.filter((question) => question.phase === phase));
}

/** Questions grouped by phase, every phase present even when empty. */
export function groupByPhase<T extends Pick<Question, 'phase'>>(questions: readonly T[]): Record<Phase, T[]> {
  return Object.fromEntries(
    PHASES.map((phase) => [phase, questions.filter((question) => question.phase === phase)]),
  ) as Record<Phase, T[]>;
}
