import { describe, expect, test } from 'vitest';
import { conversationArc } from '../../../../src/lib/figures/conversation-arc';
import { planInterview } from '../../../../src/lib/interview-plan';

describe('conversationArc', () => {
  test('lays out opening, the four phases and the close in order, with the plan’s minutes', () => {
    const figure = conversationArc(planInterview(30));
    expect(figure.segments.map(({ part, minutes }) => [part, minutes])).toEqual([
      ['opening', 1],
      ['present', 10],
      ['past', 6],
      ['future', 6],
      ['advice', 5],
      ['closing', 2],
    ]);
    expect(figure.segments.map(({ questions }) => questions)).toEqual([
      undefined,
      4,
      2,
      2,
      2,
      undefined,
    ]);
  });

  test('draws each segment where the last one ended, in proportion to its minutes', () => {
    const { segments } = conversationArc(planInterview(30));
    for (const [index, segment] of segments.entries()) {
      const previous = segments[index - 1];
      if (previous) expect(segment.y).toBeCloseTo(previous.y + previous.height);
      expect(segment.height / segment.minutes).toBeCloseTo(
        segments[0]!.height / segments[0]!.minutes,
      );
    }
    expect(segments.at(-1)!.startMinute + segments.at(-1)!.minutes).toBe(30);
  });

  test('never lets two labels overlap, and keeps the last inside the figure', () => {
    for (const minutes of [15, 20, 30, 45]) {
      const figure = conversationArc(planInterview(minutes));
      const labels = figure.segments.map(({ labelY }) => labelY);
      labels
        .slice(1)
        .forEach((y, index) => expect(y - (labels[index] ?? 0)).toBeGreaterThanOrEqual(58));
      expect(figure.height).toBeGreaterThan((labels.at(-1) ?? 0) + 20);
    }
  });

  test('marks every 5 minutes and describes the whole plan in one sentence', () => {
    const figure = conversationArc(planInterview(30));
    expect(figure.ticks.map(({ minute }) => minute)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(figure.description).toBe(
      'A 30-minute conversation from start to end: opening, 1 minute; their present, 10 minutes (up to 4 questions); their past, 6 minutes (up to 2 questions); their future, 6 minutes (up to 2 questions); their advice, 5 minutes (up to 2 questions); closing, 2 minutes.',
    );
  });
});
