import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const cards = [
  {
    id: 'ask-1',
    deck: 'asking',
    prompt: 'Goal: learn what a day is like.',
    answer: 'Ask about yesterday.',
  },
  {
    id: 'ask-2',
    deck: 'asking',
    prompt: 'Goal: learn how they got hired.',
    answer: 'Ask about the process.',
  },
];
const bank = [
  {
    id: 'typical-day',
    text: 'What is a typical day like?',
    phase: 'present',
    topics: ['typical-day'],
    why: 'A concrete day says more than a title.',
    order: 0,
  },
];

const fetchData = vi.fn((url: string) =>
  Promise.resolve(
    new Response(JSON.stringify(url.includes('cards') ? { cards } : { questions: bank })),
  ),
);

/** A fresh copy of the island and its stores, as a page load gives, after storage is prepared. */
async function loadTool() {
  vi.resetModules();
  const { PracticeTool } = await import('../../../src/components/drill/PracticeTool');
  render(
    <PracticeTool
      cardsUrl="/practice/cards.json"
      bankUrl="/questions/bank.json"
      clock={() => Date.UTC(2026, 10, 23, 10)}
    />,
  );
  await screen.findByText('Goal: learn what a day is like.');
}

beforeEach(() => {
  history.replaceState(null, '', '/practice/');
  vi.stubGlobal('fetch', fetchData);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  fetchData.mockClear();
});

describe('PracticeTool', () => {
  test('switches modes with the arrow keys, as ARIA tabs do, and remembers the mode in the address', async () => {
    await loadTool();
    const cardsTab = screen.getByRole('tab', { name: 'Flashcards' });
    expect(cardsTab.getAttribute('aria-selected')).toBe('true');
    cardsTab.focus();
    fireEvent.keyDown(cardsTab, { key: 'ArrowRight' });
    const mockTab = screen.getByRole('tab', { name: 'Mock conversation' });
    await waitFor(() => expect(mockTab.getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(mockTab);
    expect(location.hash).toBe('#mock');
    expect(document.getElementById('practice-panel-cards')!.hidden).toBe(true);
    fireEvent.keyDown(mockTab, { key: 'Home' });
    await waitFor(() => expect(cardsTab.getAttribute('aria-selected')).toBe('true'));
  });

  test('keeps each mode’s state when switching back and forth', async () => {
    await loadTool();
    fireEvent.click(screen.getByRole('button', { name: /Show the answer/ }));
    await screen.findByText('Ask about yesterday.');
    fireEvent.click(screen.getByRole('tab', { name: 'Mock conversation' }));
    fireEvent.change(await screen.findByLabelText('Length'), { target: { value: '45' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Flashcards' }));
    expect(screen.getByText('Ask about yesterday.')).toBeVisible();
    fireEvent.click(screen.getByRole('tab', { name: 'Mock conversation' }));
    expect(screen.getByLabelText<HTMLSelectElement>('Length').value).toBe('45');
  });

  test('opens on the mock conversation when the address ends in #mock', async () => {
    history.replaceState(null, '', '/practice/#mock');
    await loadTool();
    expect(
      screen.getByRole('tab', { name: 'Mock conversation' }).getAttribute('aria-selected'),
    ).toBe('true');
  });

  test('opens on a conversation still running, without taking focus', async () => {
    localStorage.setItem(
      'iik:mock-runs:v1',
      JSON.stringify({
        current: {
          id: 'run',
          minutes: 15,
          listName: 'Suggested questions for 15 minutes',
          questions: [],
          startedAt: Date.UTC(2026, 10, 23, 9, 58),
          pausedMs: 0,
          done: {},
          notes: { learned: '', askNext: '', contactNext: '' },
        },
        debriefs: [],
      }),
    );
    await loadTool();
    await waitFor(() =>
      expect(
        screen.getByRole('tab', { name: 'Mock conversation' }).getAttribute('aria-selected'),
      ).toBe('true'),
    );
    expect(await screen.findByRole('heading', { name: 'Their present' })).toBeVisible();
    expect(location.hash).toBe('#mock');
    expect(document.activeElement).toBe(document.body);
  });

  test('opens with damaged saved progress, keeps what it can and says what it dropped', async () => {
    localStorage.setItem(
      'iik:reviews:v2',
      JSON.stringify({ cards: { 'ask-1': { due: 'soon' } }, log: [], undo: [], newPerDay: 10 }),
    );
    await loadTool();
    const notice = await screen.findByText(/Some of your saved practice progress couldn’t be read/);
    expect(notice.textContent).toContain('progress on the card "ask-1"');
    expect(await screen.findByRole('button', { name: 'Download the copy' })).toBeVisible();
  });

  test('opens fresh from unreadable saved progress and says so', async () => {
    localStorage.setItem('iik:reviews:v2', '{not json');
    await loadTool();
    expect(await screen.findByText(/couldn’t read your saved practice progress/)).toBeVisible();
  });

  test('works without storage and says progress won’t be kept', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    await loadTool();
    expect(
      await screen.findByText(/your practice progress will be lost when you leave the page/),
    ).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: /Show the answer/ }));
    fireEvent.click(await screen.findByRole('button', { name: /^Good/ }));
    await screen.findByText('Goal: learn how they got hired.');
  });

  test('says so when the cards cannot be loaded, and loads them on "Try again"', async () => {
    fetchData.mockImplementationOnce(() => Promise.resolve(new Response('oops', { status: 500 })));
    vi.resetModules();
    const { PracticeTool } = await import('../../../src/components/drill/PracticeTool');
    render(<PracticeTool cardsUrl="/practice/cards.json" bankUrl="/questions/bank.json" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByText('Goal: learn what a day is like.');
  });
});
