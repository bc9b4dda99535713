import { describe, expect, test } from 'vitest';
import { assessFit } from '../../../src/lib/list-fit';
import type { Phase } from '../../../src/lib/vocabulary';

const repeat = (phase: Phase, count: number): Phase[] => Array.from({ length: count }, () => phase);

describe('assessFit', () => {
  test('an empty 30-minute list suggests 6 to 10 questions', () => {
    const fit = assessFit([], 30);
    expect(fit.status).toBe('empty');
    expect(fit.message).toBe('For 30 minutes, aim for 6 to 10 questions.');
    expect(
      fit.phases.map((phase) => [phase.phase, phase.minutes, phase.fits, phase.chosen]),
    ).toEqual([
      ['present', 10, 4, 0],
      ['past', 6, 2, 0],
      ['future', 6, 2, 0],
      ['advice', 5, 2, 0],
    ]);
  });

  test('a short list says how many so far and what to aim for', () => {
    const fit = assessFit(['present', 'advice'], 30);
    expect(fit.status).toBe('short');
    expect(fit.message).toBe('2 questions so far. For 30 minutes, aim for 6 to 10.');
  });

  test('a list within the range, with every part of the conversation covered, is a good fit', () => {
    expect(
      assessFit(
        [
          ...repeat('present', 4),
          ...repeat('past', 2),
          ...repeat('future', 2),
          ...repeat('advice', 2),
        ],
        30,
      ),
    ).toMatchObject({
      status: 'good',
      message: '10 questions: a good fit for 30 minutes.',
    });
    expect(assessFit(['present'], 15).message).toBe(
      '1 question so far. For 15 minutes, aim for 3 to 5.',
    );
  });

  test('a lopsided list of the right length is no good fit: it names the parts left empty', () => {
    const fit = assessFit([...repeat('present', 4), ...repeat('advice', 3)], 30);
    expect(fit.status).toBe('uneven');
    expect(fit.message).toBe(
      '7 questions, but none yet for their past or their future. Give each part of the conversation at least one.',
    );
  });

  test('a list of the right length with one part over its share says which part to trim', () => {
    const fit = assessFit(
      [
        ...repeat('present', 2),
        ...repeat('past', 1),
        ...repeat('future', 1),
        ...repeat('advice', 4),
      ],
      30,
    );
    expect(fit.status).toBe('uneven');
    expect(fit.message).toBe(
      '8 questions, but more for their advice than its minutes allow (about 2 fit). Move some to the other parts.',
    );
  });

  test('warns gently when the list is longer than the time allows, and marks the phase that is over', () => {
    const fit = assessFit([...repeat('present', 8), ...repeat('past', 3)], 30);
    expect(fit.status).toBe('long');
    expect(fit.message).toContain('11 questions may be more than 30 minutes allow (about 10 fit)');
    expect(fit.phases.filter((phase) => phase.over).map((phase) => phase.phase)).toEqual([
      'present',
      'past',
    ]);
  });

  test('at 15 minutes, 6 questions is too many and 5 is fine', () => {
    expect(assessFit([...repeat('present', 2), 'past', 'future', 'advice'], 15).status).toBe(
      'good',
    );
    expect(assessFit([...repeat('present', 3), 'past', 'future', 'advice'], 15).status).toBe(
      'long',
    );
  });

  test('at 60 minutes, 20 questions still fit', () => {
    const fit = assessFit(
      [
        ...repeat('present', 8),
        ...repeat('past', 4),
        ...repeat('future', 4),
        ...repeat('advice', 4),
      ],
      60,
    );
    expect(fit.status).toBe('good');
    expect(fit.phases.every((phase) => !phase.over)).toBe(true);
  });
});
