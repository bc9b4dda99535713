/**
 * The path of one contact over time, as a timeline: ask, nudge once if no reply comes, move on
 * if nothing follows, agree on a day, prepare, confirm, meet, thank, update, and only later and
 * separately ask about job help. Every wait comes from the method's rules (method-rules.ts), the
 * same numbers the composer's checks and the conversation tracker use.
 */
import {
  CONFIRM_DAYS_BEFORE,
  JOB_HELP_AFTER_WEEKS,
  MOVE_ON_AFTER_NUDGE_DAYS,
  NUDGE_AFTER_DAYS,
  PREPARE_DAYS_BEFORE,
  REQUEST_MINUTES,
  THANK_YOU_HOURS,
  UPDATE_AFTER_WEEKS,
} from '../method-rules';
import { wrapText } from './wrap';
import { plural } from '../plural';

/**
 * A step's place on the path: on the main line, only if something happens ("No reply?"), or a
 * side path that ends this contact's line.
 */
export type PathStepKind = 'step' | 'if' | 'exit';

/** One step of the path. */
export interface PathStep {
  /** When it happens, e.g. "Day 7" or "Within 24 hours". */
  when: string;
  /** What to do, in two or three words. */
  title: string;
  /** A few more words on it. */
  detail: string;
  kind: PathStepKind;
}

/** One step placed on the figure, its detail broken into lines. */
export interface PlacedPathStep extends PathStep {
  y: number;
  detailLines: string[];
}

/** The whole figure, ready to draw. */
export interface ContactPathFigure {
  width: number;
  height: number;
  /** Where the line runs, and where the "when" labels end and the text begins. */
  lineX: number;
  whenX: number;
  textX: number;
  steps: PlacedPathStep[];
  /** The figure as one sentence a screen reader can read. */
  description: string;
}

/** The steps of one contact's path, with the method's waits. */
export function contactPathSteps(): PathStep[] {
  const { dueWithinHours, lateAfterHours } = THANK_YOU_HOURS;
  return [
    {
      when: 'Day 0',
      title: 'Ask',
      detail: `for ${REQUEST_MINUTES.min} to ${REQUEST_MINUTES.max} minutes, at a time that suits them`,
      kind: 'step',
    },
    {
      when: `Day ${NUDGE_AFTER_DAYS}`,
      title: 'No reply? Nudge once',
      detail: 'a short reply to your first email',
      kind: 'if',
    },
    {
      when: `Day ${NUDGE_AFTER_DAYS + MOVE_ON_AFTER_NUDGE_DAYS}`,
      title: 'Still nothing? Move on',
      detail: 'to the next name on your list',
      kind: 'exit',
    },
    {
      when: 'They reply',
      title: 'Agree on a day',
      detail: 'in person, by video or by phone',
      kind: 'step',
    },
    {
      when: `${plural(PREPARE_DAYS_BEFORE, 'day')} before`,
      title: 'Prepare',
      detail: 'read up, write your questions',
      kind: 'step',
    },
    {
      when: `${plural(CONFIRM_DAYS_BEFORE, 'day')} before`,
      title: 'Confirm',
      detail: 'time, time zone, place or link',
      kind: 'step',
    },
    {
      when: 'The day',
      title: 'Meet',
      detail: 'keep to the time you agreed',
      kind: 'step',
    },
    {
      when: `Within ${dueWithinHours} hours`,
      title: 'Thank them',
      detail: `the same day is good; after ${lateAfterHours} hours it is late`,
      kind: 'step',
    },
    {
      when: `${plural(UPDATE_AFTER_WEEKS, 'week')} later`,
      title: 'Send an update',
      detail: 'what you did with their advice',
      kind: 'step',
    },
    {
      when: `${plural(JOB_HELP_AFTER_WEEKS, 'week')} or more`,
      title: 'Job help, if you need it',
      detail: 'ask in a separate message',
      kind: 'if',
    },
  ];
}

/** Figure units between steps, above the first and below the last. */
const ROW = 54;
const TOP = 22;
const BOTTOM = 14;
/** Characters of detail per line at the figure's small size. */
const DETAIL_CHARS = 31;

/** Lays out one contact's path. */
export function contactPath(steps: readonly PathStep[] = contactPathSteps()): ContactPathFigure {
  const placed = steps.map((step, index) => ({
    ...step,
    y: TOP + index * ROW,
    detailLines: wrapText(step.detail, DETAIL_CHARS),
  }));
  const description = `The path of one contact over time: ${steps
    .map(({ when, title, detail }) => `${when.toLowerCase()}, ${title.toLowerCase()} (${detail})`)
    .join('; ')}.`;
  return {
    width: 360,
    height: TOP + (steps.length - 1) * ROW + ROW / 2 + BOTTOM,
    lineX: 124,
    whenX: 112,
    textX: 138,
    steps: placed,
    description,
  };
}
