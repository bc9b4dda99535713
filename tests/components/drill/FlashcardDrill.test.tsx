import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test } from 'vitest';
import { FlashcardDrill } from '../../../src/components/drill/FlashcardDrill';
import { EMPTY_PROGRESS } from '../../../src/lib/review-progress';
import { $reviews, reviewsStore } from '../../../src/stores/reviews';
import type { DrillCard } from '../../../src/schemas/card';

const cards: DrillCard[] = [
  {
    id: 'ask-1',
    deck: 'asking',
    prompt: 'Goal: learn what a day is like.',
    answer: '"What did yesterday look like?"\n\nTip: ask for a real day.',
  },
  {
    id: 'ask-2',
    deck: 'asking',
    prompt: 'Goal: learn how they got hired.',
    answer: '"How did you hear about the role?"',
  },
  {
    id: 'answer-1',
    deck: 'answering',
    prompt: 'They ask: "Tell me about yourself."',
    answer: 'Thirty seconds: who you are and why you came.',
  },
  {
    id: 'scene-1',
    deck: 'scenarios',
    prompt: 'They say <b>only five minutes</b> left.',
    answer: 'Ask your one most important question.',
  },
];

const clock = () => new Date(2026, 10, 23, 10, 0).getTime();
const stat = (name: string) => document.querySelector(`[data-stat="${name}"]`)?.textContent;
const liveRegion = () => document.querySelector('.drill [role="status"]');
const cardArea = () => document.querySelector('.flashcard')!;
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

function renderDrill() {
  render(<FlashcardDrill cards={cards} clock={clock} />);
}

beforeEach(() => {
  $reviews.set(EMPTY_PROGRESS);
  reviewsStore.reset();
});

describe('FlashcardDrill', () => {
  test('shows the first new card and today’s counts', () => {
    renderDrill();
    expect(cardArea().textContent).toContain('Goal: learn what a day is like.');
    expect(cardArea().textContent).toContain('Question');
    expect([stat('due'), stat('reviewed'), stat('new')]).toEqual(['0', '0', '4']);
  });

  test('Space flips the card to the answer, with the four ratings and their intervals', async () => {
    renderDrill();
    fireEvent.keyDown(cardArea(), { key: ' ' });
    await waitFor(() => expect(cardArea().textContent).toContain('Answer'));
    expect(cardArea().querySelectorAll('.flashcard-answer p')).toHaveLength(2);
    const ratings = within(
      screen.getByRole('group', { name: 'How well did you know it?' }),
    ).getAllByRole('button');
    // The intervals come with the scheduler, which loads when a card is first turned over.
    await waitFor(() =>
      expect(ratings.map((button) => button.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
        'Again, next in 1 min1',
        'Hard, next in 6 min2',
        'Good, next in 10 min3',
        expect.stringMatching(/^Easy, next in \d+ days4$/),
      ]),
    );
    expect(ratings[2]?.getAttribute('aria-keyshortcuts')).toBe('3');
    await waitFor(() => expect(liveRegion()?.textContent).toBe('Showing the answer.'));
  });

  test('a number key rates the card, announces when it comes back and shows the next card', async () => {
    renderDrill();
    fireEvent.keyDown(cardArea(), { key: 'Enter' });
    await waitFor(() => screen.getByRole('group', { name: 'How well did you know it?' }));
    fireEvent.keyDown(cardArea(), { key: '3' });
    await waitFor(() =>
      expect(cardArea().textContent).toContain('Goal: learn how they got hired.'),
    );
    expect([stat('due'), stat('reviewed'), stat('new')]).toEqual(['1', '1', '3']);
    await waitFor(() =>
      expect(liveRegion()?.textContent).toBe(
        'Rated Good. Next review in 10 minutes. Next card: Goal: learn how they got hired.',
      ),
    );
    expect($reviews.get().cards['ask-1']?.state).toBe(1);
  });

  test('does not rate a card before its answer is shown', async () => {
    renderDrill();
    fireEvent.keyDown(cardArea(), { key: '4' });
    await waitFor(() =>
      expect(liveRegion()?.textContent).toBe('Show the answer first: press Space.'),
    );
    expect($reviews.get().cards).toEqual({});
  });

  test('U undoes the last rating and brings the card back', async () => {
    renderDrill();
    fireEvent.click(screen.getByRole('button', { name: /Show the answer/ }));
    fireEvent.click(await screen.findByRole('button', { name: /^Easy/ }));
    await waitFor(() => expect(stat('reviewed')).toBe('1'));
    fireEvent.keyDown(cardArea(), { key: 'u' });
    await waitFor(() => expect(stat('reviewed')).toBe('0'));
    expect(cardArea().textContent).toContain('Goal: learn what a day is like.');
    expect($reviews.get().cards).toEqual({});
    await waitFor(() => expect(liveRegion()?.textContent).toContain('Undid Easy.'));
  });

  test('Space on a focused button is left to the button, so the card does not flip twice', async () => {
    renderDrill();
    fireEvent.keyDown(screen.getByRole('button', { name: /Show the answer/ }), { key: ' ' });
    await settle();
    expect(cardArea().textContent).toContain('Question');
  });

  test('ignores the shortcuts while the reader types a number', async () => {
    renderDrill();
    fireEvent.keyDown(cardArea(), { key: ' ' });
    await waitFor(() => screen.getByRole('group', { name: 'How well did you know it?' }));
    fireEvent.keyDown(screen.getByLabelText('New cards a day'), { key: '3' });
    await settle();
    expect($reviews.get().cards).toEqual({});
  });

  test('keeps to the chosen deck', async () => {
    renderDrill();
    fireEvent.click(screen.getByRole('radio', { name: /When things go off plan/ }));
    await waitFor(() => expect(cardArea().textContent).toContain('only five minutes'));
    expect(stat('new')).toBe('1');
  });

  test('shows card text with markup in it as text', async () => {
    renderDrill();
    fireEvent.click(screen.getByRole('radio', { name: /When things go off plan/ }));
    await waitFor(() =>
      expect(cardArea().textContent).toContain('They say <b>only five minutes</b> left.'),
    );
    expect(cardArea().querySelector('b')).toBeNull();
  });

  test('"Reset this deck" asks first, then can be undone', async () => {
    renderDrill();
    fireEvent.click(screen.getByRole('button', { name: /Show the answer/ }));
    fireEvent.click(await screen.findByRole('button', { name: /^Good/ }));
    await waitFor(() => expect(stat('reviewed')).toBe('1'));
    fireEvent.click(screen.getByRole('radio', { name: /Asking good questions/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reset this deck' }));
    expect(screen.getByText(/Forget your progress on Asking good questions\?/)).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Keep my progress' }));
    await waitFor(() => expect(screen.queryByText(/Forget your progress/)).toBeNull());
    expect(Object.keys($reviews.get().cards)).toEqual(['ask-1']);

    fireEvent.click(screen.getByRole('button', { name: 'Reset this deck' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect(stat('reviewed')).toBe('0'));
    expect($reviews.get().cards).toEqual({});
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stat('reviewed')).toBe('1'));
    expect(Object.keys($reviews.get().cards)).toEqual(['ask-1']);
  });

  test('"Reset all decks" names every deck in plain words, and says so when it is undone', async () => {
    renderDrill();
    fireEvent.click(screen.getByRole('button', { name: 'Reset all decks' }));
    expect(
      screen.getByText(/^Forget your progress on every deck\? All \d+ cards become new again\./),
    ).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    expect(await screen.findByText('Progress on every deck was reset.')).toBeVisible();
  });

  test('lets the reader change the number of new cards a day, and refuses nonsense', async () => {
    renderDrill();
    const field = screen.getByLabelText<HTMLInputElement>('New cards a day');
    fireEvent.input(field, { target: { value: '150' } });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Enter a whole number from 0 to 100.')).toBeVisible();
    fireEvent.input(field, { target: { value: '2' } });
    fireEvent.change(field, { target: { value: '2' } });
    await waitFor(() => expect(stat('new')).toBe('2'));
    expect($reviews.get().newPerDay).toBe(2);
  });

  test('says how many new cards a day the reader will see, in words that read in order', async () => {
    renderDrill();
    const field = screen.getByLabelText<HTMLInputElement>('New cards a day');
    fireEvent.change(field, { target: { value: '4' } });
    await waitFor(() =>
      expect(liveRegion()?.textContent).toBe('You will see up to 4 new cards a day.'),
    );
    fireEvent.change(field, { target: { value: '1' } });
    await waitFor(() =>
      expect(liveRegion()?.textContent).toBe('You will see up to 1 new card a day.'),
    );
  });

  test('says when there is nothing to practice', async () => {
    $reviews.set({ ...EMPTY_PROGRESS, newPerDay: 0 });
    renderDrill();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Nothing to practice here today' })).toBeVisible(),
    );
    expect(screen.getByText(/set new cards a day to 0/)).toBeVisible();
  });

  test('drops saved progress on cards the decks no longer have and says so', async () => {
    $reviews.set({
      ...EMPTY_PROGRESS,
      cards: {
        'retired-card': {
          due: '2026-11-20T10:00:00.000Z',
          stability: 1,
          difficulty: 5,
          elapsed_days: 0,
          scheduled_days: 1,
          learning_steps: 0,
          reps: 1,
          lapses: 0,
          state: 2,
        },
      },
    });
    renderDrill();
    await waitFor(() => expect($reviews.get().cards).toEqual({}));
    expect(reviewsStore.$notices.get()).toMatchObject([
      {
        kind: 'partial',
        dropped: ['progress on "retired-card", a card the decks no longer have'],
      },
    ]);
  });
});
