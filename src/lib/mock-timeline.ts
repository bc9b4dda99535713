/**
 * The timeline of a mock conversation: its parts (opening, the four phases, the close) with
 * start and end times from the sizing rule (planInterview), the cues said at the right moments,
 * and where a run is at any elapsed time. Times are in seconds from the start.
 */
import type { RunQuestion } from '../schemas/mock-run';
import { planInterview } from './interview-plan';
import { groupByPhase } from './question-bank';
import { PHASES, PHASE_LABELS, type Phase } from './vocabulary';

/** The parts of a conversation, in order. */
export const SEGMENT_IDS = ['opening', ...PHASES, 'closing'] as const;
/** One part of a conversation. */
export type SegmentId = (typeof SEGMENT_IDS)[number];

/** How each part is named to the reader. */
export const SEGMENT_LABELS: Record<SegmentId, string> = {
  opening: 'Opening',
  ...PHASE_LABELS,
  closing: 'The close',
};

/** What to do in each part, shown while it runs (from the guide's chapter on the conversation). */
export const SEGMENT_HINTS: Record<SegmentId, readonly string[]> = {
  opening: [
    'Thank them for their time.',
    'Say why you asked to meet them in particular.',
    'Say what you hope to cover.',
  ],
  present: [
    'Ask what they do now, what a typical week looks like and what their workplace is like.',
  ],
  past: ['Ask about their background, how they found this job and what hiring was like.'],
  future: ['Ask where a role like theirs can lead in the next 5 to 10 years.'],
  advice: ['Ask what they would advise, and who or what you should look at next.'],
  closing: [
    'Thank them, and say what helped most.',
    'Ask for their card, and offer yours.',
    'Ask who else you should talk to.',
    'Ask if you may keep in touch.',
  ],
};

/** One part of the timeline. */
export interface TimelineSegment {
  id: SegmentId;
  /** Seconds from the start when it begins. */
  startSec: number;
  /** Seconds from the start when it ends. */
  endSec: number;
}

/** What a cue is about. */
export type CueKind = 'segment' | 'five-minutes' | 'time-up';

/** A message for the reader at a moment of the run. */
export interface Cue {
  /** Stable within a timeline, e.g. "segment:past", "five-minutes". */
  id: string;
  kind: CueKind;
  /** Seconds from the start when it is given. */
  atSec: number;
  /** What the reader sees and hears. */
  message: string;
}

/** The whole plan of a run. */
export interface MockTimeline {
  minutes: number;
  totalSec: number;
  segments: TimelineSegment[];
  /** Cues in the order they are given; at equal times the later one wins. */
  cues: Cue[];
}

const SEGMENT_CUES: Record<SegmentId, string> = {
  opening: 'Open: thank them, say why you asked to meet them, and say what you hope to cover.',
  present: 'Move on to their present: what they do now.',
  past: 'Move on to their past: how they got where they are.',
  future: 'Move on to their future: where the work is heading.',
  advice: 'Move on to their advice: what they would tell you.',
  closing: 'Start to close: thank them for something specific.',
};

/** The cue five minutes before the end. */
export const FIVE_MINUTE_CUE = 'Five minutes left: ask who else you should talk to.';
/** The cue at the end. */
export const TIME_UP_CUE = 'Time is up: offer to finish.';

/** The timeline of a conversation of `minutes` (10 to 90, see planInterview). */
export function buildTimeline(minutes: number): MockTimeline {
  const plan = planInterview(minutes);
  const lengths: Record<SegmentId, number> = {
    opening: plan.openingMinutes,
    ...plan.phaseMinutes,
    closing: plan.closingMinutes,
  };
  let start = 0;
  const segments = SEGMENT_IDS.map((id) => {
    const segment = { id, startSec: start, endSec: start + lengths[id] * 60 };
    start = segment.endSec;
    return segment;
  });
  const totalSec = minutes * 60;
  const cues: Cue[] = [
    ...segments.map((segment): Cue => ({
      id: `segment:${segment.id}`,
      kind: 'segment',
      atSec: segment.startSec,
      message: SEGMENT_CUES[segment.id],
    })),
    {
      id: 'five-minutes',
      kind: 'five-minutes',
      atSec: totalSec - 5 * 60,
      message: FIVE_MINUTE_CUE,
    },
    { id: 'time-up', kind: 'time-up', atSec: totalSec, message: TIME_UP_CUE },
  ];
  // Stable sort: at equal times the special cues, listed last, come after the segment cue.
  cues.sort((a, b) => a.atSec - b.atSec);
  return { minutes, totalSec, segments, cues };
}

/** Where a run is at a moment. */
export interface TimelinePosition {
  /** Index of the current part in `segments` (the close once time is up). */
  segmentIndex: number;
  segment: TimelineSegment;
  /** Seconds into the current part. */
  segmentElapsedSec: number;
  /** Seconds left in the current part (0 once time is up). */
  segmentRemainingSec: number;
  /** Seconds left overall (0 once time is up). */
  totalRemainingSec: number;
  /** Seconds past the end (0 until time is up). */
  overtimeSec: number;
  /** The latest cue given so far. */
  cue: Cue | undefined;
}

/** Where the run is after `elapsedSec` seconds of talking. */
export function positionAt(timeline: MockTimeline, elapsedSec: number): TimelinePosition {
  // Whole seconds, so the time shown as elapsed and as left always add up to the length.
  const elapsed = Math.max(0, Math.floor(elapsedSec));
  const { segments, totalSec, cues } = timeline;
  const found = segments.findIndex((segment) => elapsed < segment.endSec);
  const segmentIndex = found === -1 ? segments.length - 1 : found;
  const segment = segments[segmentIndex]!;
  const cue = cues.findLast((candidate) => candidate.atSec <= elapsed);
  return {
    segmentIndex,
    segment,
    segmentElapsedSec: Math.min(elapsed, segment.endSec) - segment.startSec,
    segmentRemainingSec: Math.max(0, segment.endSec - elapsed),
    totalRemainingSec: Math.max(0, totalSec - elapsed),
    overtimeSec: Math.max(0, elapsed - totalSec),
    cue,
  };
}

/**
 * The suggested questions for a length: the bank's first questions of each phase (the bank is
 * ordered most useful first), as many as planInterview fits in that phase.
 */
export function suggestedQuestions<
  Q extends { id: string; text: string; phase: Phase; why?: string; order?: number },
>(bank: readonly Q[], minutes: number): RunQuestion[] {
  const { phaseQuestions } = planInterview(minutes);
  const byPhase = groupByPhase(bank);
  return PHASES.flatMap((phase) =>
    byPhase[phase].slice(0, phaseQuestions[phase]).map((question) => {
      const item: RunQuestion = { key: `bank:${question.id}`, text: question.text, phase };
      if (question.why) item.why = question.why;
      return item;
    }),
  );
}

/** "m:ss" for a number of seconds (whole seconds, rounded down). */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
