/**
 * A mock conversation as it runs (its saved shape is in src/schemas/mock-run.ts): the time it
 * has run (always computed from timestamps, never by counting ticks, so a tab in the background
 * or a reload keeps the right time), pause, resume and end, which question to ask next, and the
 * debrief kept afterward. Every function takes the time as an argument.
 */
import {
  debriefSchema,
  mockRunSchema,
  type Debrief,
  type DebriefNotes,
  type MockRun,
  type MockRunsState,
  type RunQuestion,
} from '../schemas/mock-run';
import { check } from '../schemas/validate';
import { formatClock, SEGMENT_IDS, type SegmentId } from './mock-timeline';
import { plural } from './plural';
import { isoString, SECOND, type Instant } from './time';

/** Empty notes, for a run that has just ended. */
export const EMPTY_NOTES: DebriefNotes = { learned: '', askNext: '', contactNext: '' };

/** What a new run needs. */
export interface NewRun {
  id: string;
  minutes: MockRun['minutes'];
  listName: string;
  questions: readonly RunQuestion[];
}

/** A run that starts at `now`. */
export function startRun({ id, minutes, listName, questions }: NewRun, now: Instant): MockRun {
  return {
    id,
    minutes,
    listName,
    questions: [...questions],
    startedAt: now,
    pausedMs: 0,
    done: {},
    notes: { ...EMPTY_NOTES },
  };
}

/** Milliseconds of talking so far: time since the start, less pauses, up to the end if ended. */
export function elapsedMs(run: MockRun, now: Instant): number {
  const until = run.endedAt ?? run.pausedAt ?? now;
  return Math.max(0, until - run.startedAt - run.pausedMs);
}

/** The run paused at `now` (unchanged if already paused or ended). */
export function pauseRun(run: MockRun, now: Instant): MockRun {
  if (run.pausedAt !== undefined || run.endedAt !== undefined) return run;
  return { ...run, pausedAt: now };
}

/** The run resumed at `now`; the pause does not count as talking. */
export function resumeRun(run: MockRun, now: Instant): MockRun {
  if (run.pausedAt === undefined || run.endedAt !== undefined) return run;
  const { pausedAt, ...rest } = run;
  return { ...rest, pausedMs: run.pausedMs + Math.max(0, now - pausedAt) };
}

/** The run ended at `now` (a paused run ends at the moment it was paused). */
export function endRun(run: MockRun, now: Instant): MockRun {
  if (run.endedAt !== undefined) return run;
  return { ...run, endedAt: run.pausedAt ?? now };
}

/** The question to ask now, and the one after it. */
export interface QuestionFocus {
  /** The question to ask now, if any is left for this part or later ones. */
  current?: RunQuestion | undefined;
  /** The one after it. */
  next?: RunQuestion | undefined;
  /** Whether the current question belongs to a later phase than the clock is in (you are ahead). */
  ahead: boolean;
}

/**
 * Which question to ask during a part: the first not yet asked or skipped in this phase, else
 * the first one left in a later phase. Questions of earlier phases the clock has passed are left
 * behind, as in a real conversation. In the opening, the first question waits as "next".
 */
export function questionFocus(run: MockRun, segment: SegmentId): QuestionFocus {
  const order = SEGMENT_IDS.indexOf(segment);
  const open = run.questions.filter((question) => run.done[question.key] === undefined);
  const fromHere = open.filter((question) => SEGMENT_IDS.indexOf(question.phase) >= order);
  if (segment === 'opening') return { next: fromHere[0], ahead: false };
  if (segment === 'closing') return { ahead: false };
  const [current, next] = fromHere;
  return { current, next, ahead: current !== undefined && current.phase !== segment };
}

/** The run with a question marked as asked or skipped. */
export function markQuestion(run: MockRun, key: string, outcome: 'asked' | 'skipped'): MockRun {
  return { ...run, done: { ...run.done, [key]: outcome } };
}

/** The debrief of an ended run, with its notes, saved at `now`. */
export function toDebrief(run: MockRun, id: string, now: Instant): Debrief {
  const outcomes = Object.values(run.done);
  return {
    id,
    savedAt: isoString(now),
    minutes: run.minutes,
    listName: run.listName,
    // Whole seconds rounded down, as the run's clock and the debrief form show them.
    ranSec: Math.floor(elapsedMs(run, run.endedAt ?? now) / SECOND),
    planned: run.questions.length,
    asked: outcomes.filter((outcome) => outcome === 'asked').length,
    skipped: outcomes.filter((outcome) => outcome === 'skipped').length,
    notes: { ...run.notes },
  };
}

/** Whether a debrief has anything written in it. */
export function hasNotes(notes: DebriefNotes): boolean {
  return Object.values(notes).some((text) => text.trim() !== '');
}

/**
 * Keeps what can be read from damaged saved runs: every valid debrief, and the current run if
 * it is valid. Returns undefined when nothing recognizable is there.
 */
export function salvageMockRuns(
  data: unknown,
): { value: MockRunsState; dropped: string[] } | undefined {
  if (
    typeof data !== 'object' ||
    data === null ||
    !Array.isArray((data as { debriefs?: unknown }).debriefs)
  )
    return undefined;
  const { current, debriefs } = data as { current?: unknown; debriefs: unknown[] };
  const dropped: string[] = [];
  const kept = debriefs.flatMap((item) => {
    const parsed = check(debriefSchema, item);
    return parsed.success ? [parsed.data] : [];
  });
  if (kept.length < debriefs.length) {
    const count = debriefs.length - kept.length;
    dropped.push(plural(count, 'debrief'));
  }
  const value: MockRunsState = { debriefs: kept };
  if (current !== undefined) {
    const parsed = check(mockRunSchema, current);
    if (parsed.success) value.current = parsed.data;
    else dropped.push('the conversation in progress');
  }
  return { value, dropped };
}

/** The most characters one debrief note takes; a longer paste is refused, never cut. */
export const DEBRIEF_NOTE_LIMIT = 2000;

/** How each debrief note is asked for and shown. */
export const DEBRIEF_FIELDS: readonly { key: keyof DebriefNotes; label: string; hint: string }[] = [
  {
    key: 'learned',
    label: 'What you learned',
    hint: 'The facts, tips and surprises worth keeping.',
  },
  {
    key: 'askNext',
    label: 'What to ask next time',
    hint: 'Questions you missed, or ones you would word differently.',
  },
  {
    key: 'contactNext',
    label: 'Who to contact next',
    hint: 'Names they gave you, and who they said you may mention.',
  },
];

/** Saved debriefs as plain text, newest first, for the reader to download and keep. */
export function formatDebriefs(
  debriefs: readonly Debrief[],
  dateText: (iso: string) => string,
): string {
  return debriefs
    .map((debrief) =>
      [
        `Mock conversation, ${dateText(debrief.savedAt)}`,
        `${debrief.minutes} minutes planned, ran ${formatClock(debrief.ranSec)}. ${debrief.listName}: asked ${debrief.asked} of ${debrief.planned} questions, skipped ${debrief.skipped}.`,
        ...DEBRIEF_FIELDS.map(
          ({ key, label }) => `${label}:\n${debrief.notes[key].trim() || '(nothing written)'}`,
        ),
      ].join('\n\n'),
    )
    .join('\n\n----------\n\n');
}
