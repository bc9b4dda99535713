import { describe, expect, test } from 'vitest';
import { contactPath, contactPathSteps } from '../../../../src/lib/figures/contact-path';
import {
  CONFIRM_DAYS_BEFORE,
  MOVE_ON_AFTER_NUDGE_DAYS,
  NUDGE_AFTER_DAYS,
  PREPARE_DAYS_BEFORE,
} from '../../../../src/lib/method-rules';

describe('contactPathSteps', () => {
  test('follows one contact from the request to job help, with the method’s waits', () => {
    expect(contactPathSteps().map(({ when, title }) => `${when}: ${title}`)).toEqual([
      'Day 0: Ask',
      `Day ${NUDGE_AFTER_DAYS}: No reply? Nudge once`,
      `Day ${NUDGE_AFTER_DAYS + MOVE_ON_AFTER_NUDGE_DAYS}: Still nothing? Move on`,
      'They reply: Agree on a day',
      `${PREPARE_DAYS_BEFORE} days before: Prepare`,
      `${CONFIRM_DAYS_BEFORE} day before: Confirm`,
      'The day: Meet',
      'Within 24 hours: Thank them',
      '3 weeks later: Send an update',
      '4 weeks or more: Job help, if you need it',
    ]);
  });

  test('marks what happens only if needed, and the step that ends the path', () => {
    const kinds = contactPathSteps().map(({ kind }) => kind);
    expect(kinds.filter((kind) => kind === 'exit')).toHaveLength(1);
    expect(kinds[1]).toBe('if');
    expect(kinds.at(-1)).toBe('if');
  });
});

describe('contactPath', () => {
  test('places the steps top to bottom, evenly, with every detail line within its width', () => {
    const figure = contactPath();
    const ys = figure.steps.map(({ y }) => y);
    const gaps = ys.slice(1).map((y, index) => y - (ys[index] ?? 0));
    expect(new Set(gaps).size).toBe(1);
    for (const step of figure.steps)
      for (const line of step.detailLines) expect(line.length).toBeLessThanOrEqual(31);
    expect(figure.height).toBeGreaterThan(ys.at(-1) ?? 0);
  });

  test('describes every step in one sentence', () => {
    expect(contactPath().description).toMatch(
      /^The path of one contact over time: day 0, ask \(for 20 to 30 minutes.*; 4 weeks or more, job help, if you need it \(ask in a separate message\)\.$/,
    );
  });
});
