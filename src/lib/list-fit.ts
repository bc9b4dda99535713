/**
 * How a list compares with the time the reader has: questions chosen against what fits, in all
 * and per phase, and the gentle words the picker shows about it.
 */
import { planInterview, type InterviewPlan } from './interview-plan';
import { PHASES, type Phase } from './vocabulary';
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

/** Where the list stands: nothing yet, fewer than the plan suggests, about right, or too many. */
export type FitStatus = 'empty' | 'short' | 'good' | 'long';

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
  const status: FitStatus =
    total === 0 ? 'empty' : total < min ? 'short' : total > max ? 'long' : 'good';
  const range = `${min} to ${max}`;
  const message = {
    empty: `For ${minutes} minutes, aim for ${range} questions.`,
    short: `${plural(total, 'question')} so far. For ${minutes} minutes, aim for ${range}.`,
    good: `${plural(total, 'question')}: a good fit for ${minutes} minutes.`,
    long: `${plural(total, 'question')} may be more than ${minutes} minutes allow (about ${max} fit). Keep your favorites, or plan a longer conversation.`,
  }[status];
  return { plan, total, status, phases, message };
}
