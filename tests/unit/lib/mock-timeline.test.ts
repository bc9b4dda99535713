import { describe, expect, test } from 'vitest';
import {
  buildTimeline,
  FIVE_MINUTE_CUE,
  formatClock,
  positionAt,
  SEGMENT_IDS,
  suggestedQuestions,
  TIME_UP_CUE,
} from '../../../src/lib/mock-timeline';
import { planInterview } from '../../../src/lib/interview-plan';
import { PHASES } from '../../../src/lib/vocabulary';

describe('buildTimeline', () => {
  test('runs a 15-minute conversation through opening, the four phases and the close, back to back', () => {
    const timeline = buildTimeline(15);
    expect(timeline.totalSec).toBe(900);
    expect(timeline.segments.map((segment) => segment.id)).toEqual([...SEGMENT_IDS]);
    expect(timeline.segments[0]).toEqual({ id: 'opening', startSec: 0, endSec: 60 });
    for (let index = 1; index < timeline.segments.length; index += 1) {
      expect(timeline.segments[index]?.startSec).toBe(timeline.segments[index - 1]?.endSec);
    }
    expect(timeline.segments.at(-1)?.endSec).toBe(900);
  });

  test('takes each phase’s minutes from the sizing rule', () => {
    const plan = planInterview(30);
    const timeline = buildTimeline(30);
    for (const phase of PHASES) {
      const segment = timeline.segments.find((candidate) => candidate.id === phase);
      expect((segment?.endSec ?? 0) - (segment?.startSec ?? 0)).toBe(plan.phaseMinutes[phase] * 60);
    }
    expect(timeline.segments.find((segment) => segment.id === 'present')).toEqual({
      id: 'present',
      startSec: 60,
      endSec: 660,
    });
  });

  test.each([15, 20, 30, 45, 60])(
    'for %i minutes, cues five minutes before the end and at the end',
    (minutes) => {
      const { cues, totalSec } = buildTimeline(minutes);
      expect(cues.find((cue) => cue.kind === 'five-minutes')).toMatchObject({
        atSec: totalSec - 300,
        message: FIVE_MINUTE_CUE,
      });
      expect(cues.find((cue) => cue.kind === 'time-up')).toMatchObject({
        atSec: totalSec,
        message: TIME_UP_CUE,
      });
      expect(cues.map((cue) => cue.atSec)).toEqual(
        [...cues.map((cue) => cue.atSec)].sort((a, b) => a - b),
      );
    },
  );
});

describe('positionAt', () => {
  test('shows elapsed and remaining time that add up to the part and the whole, mid-second too', () => {
    const timeline = buildTimeline(30);
    const position = positionAt(timeline, 300.6);
    const segment = timeline.segments[position.segmentIndex];
    const shown = (seconds: number) => {
      const [minutes = 0, rest = 0] = formatClock(seconds).split(':').map(Number);
      return minutes * 60 + rest;
    };
    expect(shown(position.segmentElapsedSec) + shown(position.segmentRemainingSec)).toBe(
      (segment?.endSec ?? 0) - (segment?.startSec ?? 0),
    );
    expect(shown(300.6) + shown(position.totalRemainingSec)).toBe(timeline.totalSec);
  });

  const timeline = buildTimeline(15);

  test('starts in the opening with the opening cue', () => {
    const position = positionAt(timeline, 0);
    expect(position.segment.id).toBe('opening');
    expect(position.segmentRemainingSec).toBe(60);
    expect(position.totalRemainingSec).toBe(900);
    expect(position.cue?.id).toBe('segment:opening');
  });

  test('moves into their present after a minute, with that phase’s clock starting at zero', () => {
    const position = positionAt(timeline, 61);
    expect(position.segment.id).toBe('present');
    expect(position.segmentElapsedSec).toBe(1);
    expect(position.cue?.id).toBe('segment:present');
  });

  test('gives the five-minute cue at 10 minutes into a 15-minute run, and not a second before', () => {
    expect(positionAt(timeline, 599).cue?.kind).toBe('segment');
    expect(positionAt(timeline, 600).cue?.message).toBe(FIVE_MINUTE_CUE);
    expect(positionAt(timeline, 600).totalRemainingSec).toBe(300);
  });

  test('says time is up at the end and keeps counting overtime in the close', () => {
    const position = positionAt(timeline, 960);
    expect(position.segment.id).toBe('closing');
    expect(position.cue?.message).toBe(TIME_UP_CUE);
    expect(position.overtimeSec).toBe(60);
    expect(position.totalRemainingSec).toBe(0);
    expect(position.segmentRemainingSec).toBe(0);
  });

  test('passes through every part in order as time goes on', () => {
    const seen: string[] = [];
    for (let second = 0; second <= 900; second += 15) {
      const { id } = positionAt(timeline, second).segment;
      if (seen.at(-1) !== id) seen.push(id);
    }
    expect(seen).toEqual([...SEGMENT_IDS]);
  });
});

describe('suggestedQuestions', () => {
  const bank = PHASES.flatMap((phase) =>
    Array.from({ length: 8 }, (_, index) => ({
      id: `${phase}-${index}`,
      text: `${phase} ${index}?`,
      phase: phase,
      why: 'Because.',
    })),
  );

  test('takes the top questions of each phase, as many as fit the length', () => {
    const plan = planInterview(30);
    const questions = suggestedQuestions(bank, 30);
    for (const phase of PHASES) {
      const keys = questions
        .filter((question) => question.phase === phase)
        .map((question) => question.key);
      expect(keys).toEqual(
        Array.from({ length: plan.phaseQuestions[phase] }, (_, index) => `bank:${phase}-${index}`),
      );
    }
  });

  test('follows the bank’s order (most useful first), not the order it was passed in', () => {
    const shuffled = [...bank]
      .reverse()
      .map((question, index) => ({ ...question, order: bank.length - 1 - index }));
    expect(suggestedQuestions(shuffled, 15).map((question) => question.key)).toEqual(
      suggestedQuestions(bank, 15).map((question) => question.key),
    );
  });

  test('asks at least one question per phase even in 15 minutes', () => {
    const questions = suggestedQuestions(bank, 15);
    expect(new Set(questions.map((question) => question.phase))).toEqual(new Set(PHASES));
    expect(questions.length).toBeLessThanOrEqual(planInterview(15).questions.max + 1);
  });
});

describe('formatClock', () => {
  test('shows minutes and seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65.9)).toBe('1:05');
    expect(formatClock(3600)).toBe('60:00');
  });
});
