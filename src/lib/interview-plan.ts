/**
 * The sizing rule: how a conversation of a given length is spent. It scales one reference plan
 * for 30 minutes (about a minute to open; their present about 10 minutes, their past and their
 * future 5–6 each, advice about 5; a short close; 6 to 10 questions in all) to any length.
 */
import { OPENING_MINUTES } from './method-rules';
import { PHASES, type Phase } from './vocabulary';

/** How a conversation of `minutes` is planned. */
export interface InterviewPlan {
  /** The whole conversation, in minutes. */
  minutes: number;
  /** Minutes to open: thanks, why you asked, the agenda. */
  openingMinutes: number;
  /** Minutes for each phase of the arc, in arc order; they add up to the arc's time. */
  phaseMinutes: Record<Phase, number>;
  /** Minutes to close: thanks, their card, who else to talk to. */
  closingMinutes: number;
  /** How many questions fit in all: at least `min`, at most `max`. */
  questions: { min: number; max: number };
  /** How many questions fit in each phase, at most. */
  phaseQuestions: Record<Phase, number>;
}

/** The reference split of the arc for a 30-minute talk (present 10, past 5.5, future 5.5, advice 5). */
const ARC_WEIGHTS: Record<Phase, number> = { present: 10, past: 5.5, future: 5.5, advice: 5 };

/** Splits a whole number in proportion to weights, rounding so the parts add up exactly. */
function apportion<K extends string>(
  total: number,
  weights: Record<K, number>,
  order: readonly K[],
): Record<K, number> {
  const sum = order.reduce((acc, key) => acc + weights[key], 0);
  const exact = order.map((key) => ({ key, value: (total * weights[key]) / sum }));
  const parts = Object.fromEntries(
    exact.map(({ key, value }) => [key, Math.floor(value)]),
  ) as Record<K, number>;
  let left = total - order.reduce((acc, key) => acc + parts[key], 0);
  // Largest remainders first; ties go to the earlier phase.
  const byRemainder = [...exact].sort(
    (a, b) => b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)),
  );
  for (const { key } of byRemainder) {
    if (left <= 0) break;
    parts[key] += 1;
    left -= 1;
  }
  return parts;
}

/** Plans a conversation of `minutes` (10 to 90): time per part and how many questions fit. */
export function planInterview(minutes: number): InterviewPlan {
  if (!Number.isInteger(minutes) || minutes < 10 || minutes > 90) {
    throw new RangeError(`A conversation is planned for 10 to 90 whole minutes, not ${minutes}`);
  }
  const openingMinutes = OPENING_MINUTES;
  const closingMinutes = Math.max(1, Math.round(minutes / 15));
  const arcMinutes = minutes - openingMinutes - closingMinutes;
  const phaseMinutes = apportion(arcMinutes, ARC_WEIGHTS, PHASES);
  const questions = { min: Math.round(minutes / 5), max: Math.round(minutes / 3) };
  const phaseQuestions = Object.fromEntries(
    PHASES.map((phase) => [
      phase,
      Math.max(1, Math.round((phaseMinutes[phase] * questions.max) / arcMinutes)),
    ]),
  ) as Record<Phase, number>;
  return { minutes, openingMinutes, phaseMinutes, closingMinutes, questions, phaseQuestions };
}
