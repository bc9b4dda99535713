import { describe, expect, test } from 'vitest';
import { planInterview } from '../../../src/lib/interview-plan';
import { PHASES } from '../../../src/lib/vocabulary';

const total = (plan: ReturnType<typeof planInterview>) =>
  plan.openingMinutes +
  plan.closingMinutes +
  PHASES.reduce((sum, phase) => sum + plan.phaseMinutes[phase], 0);

describe('planInterview', () => {
  test('gives 6 to 10 questions for 30 minutes, with about 10 minutes on their present', () => {
    const plan = planInterview(30);
    expect(plan.questions).toEqual({ min: 6, max: 10 });
    expect(plan.openingMinutes).toBe(1);
    expect(plan.phaseMinutes).toEqual({ present: 10, past: 6, future: 6, advice: 5 });
  });

  test.each([15, 20, 30, 45, 60])(
    'spends exactly %i minutes, with every phase given time',
    (minutes) => {
      const plan = planInterview(minutes);
      expect(total(plan)).toBe(minutes);
      for (const phase of PHASES) expect(plan.phaseMinutes[phase]).toBeGreaterThan(0);
      expect(plan.phaseMinutes.present).toBeGreaterThanOrEqual(plan.phaseMinutes.advice);
    },
  );

  test('fits 3 to 5 questions in 15 minutes, still one for each phase', () => {
    const plan = planInterview(15);
    expect(plan.questions).toEqual({ min: 3, max: 5 });
    for (const phase of PHASES) expect(plan.phaseQuestions[phase]).toBeGreaterThanOrEqual(1);
  });

  test('fits 12 to 20 questions in 60 minutes and keeps the 30-minute proportions', () => {
    const plan = planInterview(60);
    expect(plan.questions).toEqual({ min: 12, max: 20 });
    expect(plan.phaseMinutes.present).toBeGreaterThan(plan.phaseMinutes.past);
    expect(plan.closingMinutes).toBe(4);
  });

  test('per-phase question counts add up to about the most that fits', () => {
    for (const minutes of [15, 20, 30, 45, 60]) {
      const plan = planInterview(minutes);
      const sum = PHASES.reduce((acc, phase) => acc + plan.phaseQuestions[phase], 0);
      expect(Math.abs(sum - plan.questions.max)).toBeLessThanOrEqual(2);
    }
  });

  test('refuses lengths nobody can plan for', () => {
    expect(() => planInterview(5)).toThrow(RangeError);
    expect(() => planInterview(120)).toThrow(RangeError);
    expect(() => planInterview(30.5)).toThrow(RangeError);
  });
});
