import { render, screen } from '@testing-library/preact';
import { createRef } from 'preact';
import { describe, expect, test } from 'vitest';
import { DrillDone } from '../../../src/components/drill/DrillDone';

const done = (unseen: number, newPerDay = 10) =>
  render(
    <DrillDone
      counts={{ dueToday: 0, reviewedToday: 5, newLeft: 0, unseen }}
      practiced
      newPerDay={newPerDay}
      oneDeck={false}
      boxRef={createRef()}
    />,
  );

describe('DrillDone', () => {
  test('when the day’s new cards are used up, says how many are still new and how to see more', () => {
    done(59);
    expect(screen.getByRole('heading', { name: 'You’re done for now' })).toBeVisible();
    expect(
      screen.getByText(
        'Come back tomorrow for the next cards. 59 cards are still new to you: raise new cards a day below to see more today.',
      ),
    ).toBeVisible();
  });

  test('with every card seen, only says to come back tomorrow', () => {
    done(0);
    expect(screen.getByText('Come back tomorrow for the next cards.')).toBeVisible();
  });

  test('with new cards a day at 0, says so first', () => {
    done(59, 0);
    expect(
      screen.getByText('You have set new cards a day to 0. Raise it below to start on new cards.'),
    ).toBeVisible();
  });
});
