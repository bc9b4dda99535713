/**
 * Read-only views of the question bank: ordering and grouping by the phases of the arc.
 */
import type { Question } from '../schemas/question';
import { PHASES, type Phase } from './vocabulary';

/** Something with a phase and, optionally, its place in the bank. */
type Phased = Pick<Question, 'phase'> & { order?: number };

/** Bank order: by `order` where given, else as passed (the sort is stable). */
const byBankOrder = <T extends Phased>(questions: readonly T[]) =>
  [...questions].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

/** Questions in arc order (present, past, future, advice), in the bank's order within a phase. */
export function sortByPhase<T extends Phased>(questions: readonly T[]): T[] {
  const ordered = byBankOrder(questions);
  return PHASES.flatMap((phase) => ordered.filter((question) => question.phase === phase));
}

/** Questions grouped by phase in the bank's order, every phase present even when empty. */
export function groupByPhase<T extends Phased>(questions: readonly T[]): Record<Phase, T[]> {
  const ordered = byBankOrder(questions);
  return Object.fromEntries(
    PHASES.map((phase) => [phase, ordered.filter((question) => question.phase === phase)]),
  ) as Record<Phase, T[]>;
}
