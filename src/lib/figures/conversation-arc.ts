/**
 * The conversation arc figure: the parts of a conversation as one bar across its length, top to
 * bottom like a day in a calendar, with the minutes for each part from the sizing rule
 * (planInterview), the same plan the question picker and the mock conversation use.
 */
import type { InterviewPlan } from '../interview-plan';
import { PHASE_LABELS, PHASES, type Phase } from '../vocabulary';
import { plural } from '../plural';

/** One part of the conversation. */
export type ArcPart = 'opening' | Phase | 'closing';

/** One segment of the bar, placed on the figure. */
export interface ArcSegment {
  part: ArcPart;
  /** The part's name, e.g. "Their present". */
  label: string;
  /** What happens in it, in a few words. */
  detail: string;
  minutes: number;
  /** Minutes from the start of the conversation to the start of the part. */
  startMinute: number;
  /** How many questions fit in it, at most (phases only). */
  questions?: number;
  /** Top edge and height of the segment, and the middle of its label, in figure units. */
  y: number;
  height: number;
  labelY: number;
}

/** A mark on the time axis. */
export interface ArcTick {
  minute: number;
  y: number;
}

/** The whole figure, ready to draw. */
export interface ArcFigure {
  width: number;
  height: number;
  /** Where the bar sits across the figure. */
  bar: { x: number; width: number };
  /** Where the labels begin. */
  labelX: number;
  segments: ArcSegment[];
  ticks: ArcTick[];
  /** The figure as one sentence a screen reader can read. */
  description: string;
}

/** What happens in each part, in a few words. */
const PART_DETAILS: Record<ArcPart, string> = {
  opening: 'thanks, why you asked, the agenda',
  present: 'their work and workplace now',
  past: 'their path and how they were hired',
  future: 'where the role and the field lead',
  advice: 'names, places and next steps',
  closing: 'thanks, their card, who else',
};

const PART_LABELS: Record<ArcPart, string> = {
  opening: 'Opening',
  ...PHASE_LABELS,
  closing: 'Closing',
};

/** Figure units per minute, and the margins around the bar. */
const SCALE = 11;
const TOP = 24;
const BOTTOM = 14;
/** Labels closer than this (in figure units) are moved apart so they never overlap. */
const LABEL_GAP = 58;

/** Lays out the arc of a conversation planned by planInterview. */
export function conversationArc(plan: InterviewPlan): ArcFigure {
  const parts: { part: ArcPart; minutes: number; questions?: number }[] = [
    { part: 'opening', minutes: plan.openingMinutes },
    ...PHASES.map((phase) => ({
      part: phase,
      minutes: plan.phaseMinutes[phase],
      questions: plan.phaseQuestions[phase],
    })),
    { part: 'closing', minutes: plan.closingMinutes },
  ];
  let start = 0;
  let previousLabel = Number.NEGATIVE_INFINITY;
  const segments = parts.map(({ part, minutes, questions }) => {
    const y = TOP + start * SCALE;
    const height = minutes * SCALE;
    const labelY = Math.max(y + height / 2, previousLabel + LABEL_GAP);
    previousLabel = labelY;
    const segment: ArcSegment = {
      part,
      label: PART_LABELS[part],
      detail: PART_DETAILS[part],
      minutes,
      startMinute: start,
      y,
      height,
      labelY,
      ...(questions === undefined ? {} : { questions }),
    };
    start += minutes;
    return segment;
  });
  const ticks = Array.from({ length: Math.floor(plan.minutes / 5) + 1 }, (_, index) => ({
    minute: index * 5,
    y: TOP + index * 5 * SCALE,
  }));
  const lastLabel = segments.at(-1)?.labelY ?? 0;
  const description = `A ${plan.minutes}-minute conversation from start to end: ${segments
    .map(
      ({ label, minutes, questions }) =>
        `${label.toLowerCase()}, ${plural(minutes, 'minute')}${
          questions === undefined ? '' : ` (up to ${plural(questions, 'question')})`
        }`,
    )
    .join('; ')}.`;
  return {
    width: 360,
    height: Math.max(TOP + plan.minutes * SCALE, lastLabel + LABEL_GAP / 2) + BOTTOM,
    bar: { x: 46, width: 46 },
    labelX: 108,
    segments,
    ticks,
    description,
  };
}
