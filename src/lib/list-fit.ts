/**
 * How a list compares with the time the reader has: questions chosen against what fits, in all
 * and per phase (a good fit covers every part of the conversation), and the gentle words the
 * picker shows about it.
 */
import { madeOnce } from './made-once';
import { planInterview, type InterviewPlan } from './interview-plan';
import { PHASES, PHASE_LABELS, type Phase } from './vocabulary';

const eitherOf = madeOnce(() => new Intl.ListFormat('en-US', { type: 'disjunction' }));
const allOf = madeOnce(() => new Intl.ListFormat('en-US', { type: 'conjunction' }));
import type { ListLength } from '../schemas/question-list';
import { plural } from './plural';

/** How one phase of the list compares with its share of the time. */
export interface PhaseFit {
  phase: Phase;
  /** Minutes the plan gives this phase. */
  minutes: number;
  /** About how many questions fit in those minutes. */
  fits: number;
  /** How many the reader chose. */
  chosen: number;
  /** Whether the reader chose more than fit. */
  over: boolean;
}

/**
 * Where the list stands: nothing yet, fewer than the plan suggests, the right number but not
 * spread over the conversation (a part left empty, or over its share), about right, or too many.
 */
export type FitStatus = 'empty' | 'short' | 'uneven' | 'good' | 'long';

/** The list measured against its plan. */
export interface ListFit {
  plan: InterviewPlan;
  /** Questions in the list. */
  total: number;
  status: FitStatus;
  /** One per phase, in arc order. */
  phases: PhaseFit[];
  /** One or two sentences for the reader. */
  message: string;
}

/** Measures a list (the phase of each of its questions) against a conversation of `minutes`. */
export function assessFit(questionPhases: readonly Phase[], minutes: ListLength): ListFit {
  const plan = planInterview(minutes);
  const { min, max } = plan.questions;
  const total = questionPhases.length;
  const phases = PHASES.map((phase): PhaseFit => {
    const chosen = questionPhases.filter((other) => other === phase).length;
    const fits = plan.phaseQuestions[phase];
    return { phase, minutes: plan.phaseMinutes[phase], fits, chosen, over: chosen > fits };
  });
  const missing = phases.filter((phase) => phase.chosen === 0);
  const over = phases.filter((phase) => phase.over);
  const status: FitStatus =
    total === 0
      ? 'empty'
      : total < min
        ? 'short'
        : total > max
          ? 'long'
          : missing.length > 0 || over.length > 0
            ? 'uneven'
            : 'good';
  const range = `${min} to ${max}`;
  const names = (list: readonly PhaseFit[], join: () => Intl.ListFormat) =>
    join().format(list.map((phase) => PHASE_LABELS[phase.phase].toLocaleLowerCase('en')));
  // Each status's words are written only when it is the one shown, so the list formatters are
  // made only for an uneven list.
  const messages: Record<FitStatus, () => string> = {
    empty: () => `For ${minutes} minutes, aim for ${range} questions.`,
    short: () => `${plural(total, 'question')} so far. For ${minutes} minutes, aim for ${range}.`,
    uneven: () =>
      missing.length > 0
        ? `${plural(total, 'question')}, but none yet for ${names(missing, eitherOf)}. Give each part of the conversation at least one.`
        : over.length === 1
          ? `${plural(total, 'question')}, but more for ${names(over, allOf)} than its minutes allow (about ${over[0]?.fits} fit). Move some to the other parts.`
          : `${plural(total, 'question')}, but more for ${names(over, allOf)} than their minutes allow. Move some to the other parts.`,
    good: () => `${plural(total, 'question')}: a good fit for ${minutes} minutes.`,
    long: () =>
      `${plural(total, 'question')} may be more than ${minutes} minutes allow (about ${max} fit). Keep your favorites, or plan a longer conversation.`,
  };
  const message = messages[status]();
  return { plan, total, status, phases, message };
}
