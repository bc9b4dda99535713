/**
 * Read-only views of the question bank: the published file (/questions/bank.json, fetched by the
 * picker and the mock conversation instead of carried in their HTML, checked on arrival with the
 * collection's own schema), and ordering and grouping by the phases of the arc.
 */
import { bankFileSchema, type Question } from '../schemas/question';
import { check } from '../schemas/validate';
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

/** The questions from /questions/bank.json; throws if the file is not what the build writes. */
export function pickBank(json: unknown): Question[] {
  const parsed = check(bankFileSchema, json);
  if (!parsed.success) throw new Error('the question bank is not readable');
  return parsed.data.questions;
}
