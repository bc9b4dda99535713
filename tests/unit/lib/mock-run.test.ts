import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { check } from '../../../src/schemas/validate';
import { buildTimeline, positionAt } from '../../../src/lib/mock-timeline';
import {
  elapsedMs,
  formatDebriefs,
  endRun,
  hasNotes,
  markQuestion,
  pauseRun,
  questionFocus,
  resumeRun,
  salvageMockRuns,
  startRun,
  toDebrief,
} from '../../../src/lib/mock-run';
import { scaledClock } from '../../../src/lib/mock-clock';
import { type RunQuestion, mockRunsStateSchema, type MockRun } from '../../../src/schemas/mock-run';

import { MINUTE } from '../../../src/lib/time';
const questions: RunQuestion[] = [
  { key: 'bank:p1', text: 'What do you do all day?', phase: 'present' },
  { key: 'bank:p2', text: 'Who do you work with?', phase: 'present' },
  { key: 'bank:h1', text: 'How did you start?', phase: 'past' },
  { key: 'custom:f1', text: 'Where is the field going?', phase: 'future' },
  { key: 'bank:a1', text: 'Who else should I talk to?', phase: 'advice' },
];
const newRun = (now: number): MockRun =>
  startRun({ id: 'run', minutes: 15, listName: 'Suggested questions', questions }, now);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('elapsedMs', () => {
  test('is computed from timestamps, so missed ticks in a background tab lose no time', () => {
    const run = newRun(Date.now());
    // No timer callbacks run while the clock jumps, as in a throttled background tab.
    vi.setSystemTime(Date.now() + 7 * MINUTE);
    expect(elapsedMs(run, Date.now())).toBe(7 * MINUTE);
    expect(positionAt(buildTimeline(15), elapsedMs(run, Date.now()) / 1000).segment.id).toBe(
      'past',
    );
  });

  test('stands still while paused and leaves the pause out after resuming', () => {
    let run = newRun(Date.now());
    vi.advanceTimersByTime(2 * MINUTE);
    run = pauseRun(run, Date.now());
    vi.advanceTimersByTime(10 * MINUTE);
    expect(elapsedMs(run, Date.now())).toBe(2 * MINUTE);
    run = resumeRun(run, Date.now());
    vi.advanceTimersByTime(MINUTE);
    expect(elapsedMs(run, Date.now())).toBe(3 * MINUTE);
    expect(run.pausedMs).toBe(10 * MINUTE);
  });

  test('stops at the end, also when ended while paused', () => {
    let run = newRun(Date.now());
    vi.advanceTimersByTime(4 * MINUTE);
    run = pauseRun(run, Date.now());
    vi.advanceTimersByTime(MINUTE);
    run = endRun(run, Date.now());
    vi.advanceTimersByTime(30 * MINUTE);
    expect(elapsedMs(run, Date.now())).toBe(4 * MINUTE);
  });

  test('keeps time with a sped-up clock, as the browser test uses', () => {
    const clock = scaledClock(60);
    const run = newRun(clock());
    vi.advanceTimersByTime(15_000);
    expect(elapsedMs(run, clock())).toBe(15 * MINUTE);
  });
});

describe('questionFocus', () => {
  test('in the opening, shows the first question as next without asking it yet', () => {
    expect(questionFocus(newRun(0), 'opening')).toEqual({ next: questions[0], ahead: false });
  });

  test('asks the current phase’s questions in order, skipping those done', () => {
    const run = markQuestion(newRun(0), 'bank:p1', 'asked');
    expect(questionFocus(run, 'present')).toEqual({
      current: questions[1],
      next: questions[2],
      ahead: false,
    });
  });

  test('leaves behind questions of phases the clock has passed', () => {
    expect(questionFocus(newRun(0), 'future').current).toEqual(questions[3]);
  });

  test('goes ahead to the next phase when this one’s questions are done, and says so', () => {
    let run = markQuestion(newRun(0), 'bank:p1', 'asked');
    run = markQuestion(run, 'bank:p2', 'skipped');
    expect(questionFocus(run, 'present')).toMatchObject({ current: questions[2], ahead: true });
  });

  test('asks nothing new in the close', () => {
    expect(questionFocus(newRun(0), 'closing').current).toBeUndefined();
  });
});

describe('toDebrief', () => {
  test('records the time actually run, the questions asked and skipped, and the notes', () => {
    let run = newRun(Date.now());
    run = markQuestion(markQuestion(run, 'bank:p1', 'asked'), 'bank:p2', 'skipped');
    vi.advanceTimersByTime(12 * MINUTE);
    run = {
      ...endRun(run, Date.now()),
      notes: { learned: 'Night shifts rotate.', askNext: '', contactNext: 'Dana' },
    };
    const debrief = toDebrief(run, 'd1', Date.now());
    expect(debrief).toMatchObject({
      id: 'd1',
      minutes: 15,
      ranSec: 720,
      planned: 5,
      asked: 1,
      skipped: 1,
    });
    expect(debrief.notes.contactNext).toBe('Dana');
    expect(hasNotes(debrief.notes)).toBe(true);
    expect(hasNotes({ learned: ' ', askNext: '', contactNext: '' })).toBe(false);
  });
});

describe('salvageMockRuns', () => {
  test('keeps the readable debriefs and says how many were left out', () => {
    const run = endRun(newRun(Date.now()), Date.now() + MINUTE);
    const good = toDebrief(run, 'd1', Date.now());
    const result = salvageMockRuns({
      debriefs: [good, { id: 'broken' }],
      current: { id: 'half a run' },
    });
    expect(result?.value).toEqual({ debriefs: [good] });
    expect(result?.dropped).toEqual(['1 debrief', 'the conversation in progress']);
    expect(check(mockRunsStateSchema, result?.value).success).toBe(true);
  });

  test('gives up on data without debriefs', () => {
    expect(salvageMockRuns('nope')).toBeUndefined();
  });
});

describe('formatDebriefs', () => {
  test('writes each debrief as plain text with its three notes, newest first', () => {
    const run = {
      ...endRun(newRun(Date.now()), Date.now() + 14 * MINUTE),
      notes: { learned: 'Shifts rotate.', askNext: '', contactNext: 'Dana Ortiz' },
    };
    const older = toDebrief(run, 'd1', Date.parse('2026-11-20T10:00:00Z'));
    const newer = toDebrief(run, 'd2', Date.parse('2026-11-23T10:00:00Z'));
    const text = formatDebriefs([newer, older], (iso) => iso.slice(0, 10));
    expect(text.indexOf('2026-11-23')).toBeLessThan(text.indexOf('2026-11-20'));
    expect(text).toContain('What you learned:\nShifts rotate.');
    expect(text).toContain('What to ask next time:\n(nothing written)');
    expect(text).toContain('Who to contact next:\nDana Ortiz');
    expect(text).toContain('15 minutes planned, ran 14:00.');
  });

  test('says how long a short run ran as its clock did, never "1 minutes"', () => {
    const started = Date.parse('2026-11-20T10:00:00Z');
    const run = endRun(newRun(started), started + 72_600);
    const debrief = toDebrief(run, 'd1', started + 80_000);
    expect(debrief.ranSec).toBe(72);
    expect(formatDebriefs([debrief], (iso) => iso.slice(0, 10))).toContain('ran 1:12.');
  });
});
