import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MockConversation } from '../../../src/components/drill/MockConversation';
import { FIVE_MINUTE_CUE, TIME_UP_CUE } from '../../../src/lib/mock-timeline';
import { PHASES } from '../../../src/lib/vocabulary';
import { $mockRuns } from '../../../src/stores/mock-runs';
import { $questionLists } from '../../../src/stores/question-lists';

import { MINUTE } from '../../../src/lib/time';
const bank = PHASES.flatMap((phase, phaseIndex) =>
  Array.from({ length: 6 }, (_, index) => ({
    id: `${phase}-${index}`,
    text: `Question ${index + 1} about ${phase}?`,
    phase,
    topics: ['advice'],
    why: `Why ${phase} ${index + 1}.`,
    order: phaseIndex * 6 + index,
  })),
);

let fakeNow = Date.UTC(2026, 10, 23, 10, 0);
const clock = () => fakeNow;
const fetchBank = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ questions: bank }))));

const phaseHeading = () => document.getElementById('mock-phase-heading')?.textContent;
const cue = () => document.querySelector('.mock-cue')?.textContent;

beforeEach(() => {
  fakeNow = Date.UTC(2026, 10, 23, 10, 0);
  $mockRuns.set({ debriefs: [] });
  $questionLists.set({ lists: [] });
  vi.stubGlobal('fetch', fetchBank);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  fetchBank.mockClear();
});

/**
 * Lets the run's redraw interval (faked) fire once, and the render it asks for land. The
 * interval starts in an effect a frame after the run appears, so wait for it to exist first.
 */
async function tick() {
  await vi.waitFor(() => expect(vi.getTimerCount()).toBeGreaterThan(0));
  await act(async () => {
    vi.advanceTimersByTime(250);
    await Promise.resolve();
  });
}

async function startFifteenMinutes() {
  render(<MockConversation bankUrl="/questions/bank.json" clock={clock} active />);
  const length = await screen.findByLabelText('Length');
  fireEvent.change(length, { target: { value: '15' } });
  await waitFor(() =>
    expect(screen.getByRole('row', { name: /The close 14:00 15:00/ })).toBeVisible(),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Start the conversation' }));
  await waitFor(() => expect(phaseHeading()).toBe('Opening'));
}

describe('MockConversation', () => {
  test('does not fetch the question bank until the mode is shown', () => {
    render(<MockConversation bankUrl="/questions/bank.json" clock={clock} active={false} />);
    expect(fetchBank).not.toHaveBeenCalled();
  });

  test('plans a suggested set for the length: the top questions of each phase', async () => {
    render(<MockConversation bankUrl="/questions/bank.json" clock={clock} active />);
    await screen.findByLabelText('Length');
    expect(screen.getByRole('row', { name: /Their present 1:00 11:00 4/ })).toBeVisible();
    expect(fetchBank).toHaveBeenCalledWith('/questions/bank.json', expect.anything());
  });

  test('offers the picker’s lists and takes their length', async () => {
    $questionLists.set({
      lists: [
        {
          id: 'l1',
          name: 'Dana at the clinic',
          minutes: 20,
          items: [
            { kind: 'bank', questionId: 'past-2' },
            {
              kind: 'custom',
              id: 'c1',
              text: 'Do you <i>like</i> night shifts?',
              phase: 'present',
            },
          ],
          createdAt: '2026-11-20T10:00:00Z',
          updatedAt: '2026-11-20T10:00:00Z',
        },
      ],
    });
    render(<MockConversation bankUrl="/questions/bank.json" clock={clock} active />);
    fireEvent.change(await screen.findByLabelText('Questions'), { target: { value: 'l1' } });
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Length').value).toBe('20'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start the conversation' }));
    await waitFor(() => expect($mockRuns.get().current?.listName).toBe('Dana at the clinic'));
    expect($mockRuns.get().current?.questions.map((question) => question.key)).toEqual([
      'bank:past-2',
      'custom:c1',
    ]);
    fakeNow += 2 * MINUTE;
    await waitFor(() => expect(screen.getByText('Do you <i>like</i> night shifts?')).toBeVisible());
  });

  test('sets up the list a link from the Conversations page asks for, with its length', async () => {
    $questionLists.set({
      lists: [
        {
          id: 'for-dana',
          name: 'Dana Ortiz',
          person: { id: 'p-dana', name: 'Dana Ortiz' },
          minutes: 45,
          items: [{ kind: 'bank', questionId: 'past-2' }],
          createdAt: '2026-11-20T10:00:00Z',
          updatedAt: '2026-11-20T10:00:00Z',
        },
      ],
    });
    history.replaceState(null, '', '/practice/?list=for-dana#mock');
    render(<MockConversation bankUrl="/questions/bank.json" clock={clock} active />);
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Questions').value).toBe('for-dana'),
    );
    expect(screen.getByLabelText<HTMLSelectElement>('Length').value).toBe('45');
    expect(screen.getByRole('option', { name: 'Dana Ortiz (45 min, 1 question)' })).toBeVisible();
    // The way back to whom it is for.
    // (The description's computation puts a space after the link; browsers don't.)
    expect(screen.getByLabelText('Questions')).toHaveAccessibleDescription(
      /^Planned for Dana Ortiz in Conversations ?\.$/,
    );
    expect(screen.getByRole('link', { name: 'Dana Ortiz in Conversations' })).toHaveAttribute(
      'href',
      '/conversations/#person=p-dana',
    );
    history.replaceState(null, '', '/');
  });

  test('warns when the chosen list has more questions than fit the length, and says how many fit', async () => {
    const items = Array.from({ length: 10 }, (_, index) => ({
      kind: 'custom' as const,
      id: `c${index}`,
      text: `My question ${index + 1}?`,
      phase: PHASES[index % PHASES.length]!,
    }));
    $questionLists.set({
      lists: [
        {
          id: 'long',
          name: 'Ten questions',
          minutes: 30,
          items,
          createdAt: '2026-11-20T10:00:00Z',
          updatedAt: '2026-11-20T10:00:00Z',
        },
      ],
    });
    render(<MockConversation bankUrl="/questions/bank.json" clock={clock} active />);
    fireEvent.change(await screen.findByLabelText('Questions'), { target: { value: 'long' } });
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Length').value).toBe('30'),
    );
    expect(screen.queryByText(/more questions than fit/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Length'), { target: { value: '15' } });
    expect(
      await screen.findByText(
        'This list has more questions than fit in 15 minutes: 10, and about 5 fit. Some will go unasked. Choose a longer conversation, or a shorter list in the question picker.',
      ),
    ).toBeVisible();
  });

  test('offers the same list and length again after a debrief', async () => {
    $questionLists.set({
      lists: [
        {
          id: 'l1',
          name: 'Dana at the clinic',
          minutes: 20,
          items: [{ kind: 'bank', questionId: 'past-2' }],
          createdAt: '2026-11-20T10:00:00Z',
          updatedAt: '2026-11-20T10:00:00Z',
        },
      ],
    });
    render(<MockConversation bankUrl="/questions/bank.json" clock={clock} active />);
    fireEvent.change(await screen.findByLabelText('Questions'), { target: { value: 'l1' } });
    fireEvent.change(screen.getByLabelText('Length'), { target: { value: '45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start the conversation' }));
    fireEvent.click(await screen.findByRole('button', { name: 'End early' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save the debrief' }));
    const questions = await screen.findByLabelText<HTMLSelectElement>('Questions');
    expect(questions.value).toBe('l1');
    expect(screen.getByLabelText<HTMLSelectElement>('Length').value).toBe('45');
  });

  test('runs a 15-minute conversation through every part, with the cues at the right times', async () => {
    // The run redraws on an interval: fake it, and tick it by hand after moving the clock on.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await startFifteenMinutes();
    expect(cue()).toMatch(/^Open: thank them/);
    expect(screen.getByText('Question 1 about present?')).toBeVisible();

    fakeNow += MINUTE + 1000;
    await tick();
    expect(phaseHeading()).toBe('Their present');
    expect(screen.getByText('Ask now')).toBeVisible();

    const seen = new Set<string>();
    for (let minute = 2; minute <= 15; minute += 1) {
      fakeNow = Date.UTC(2026, 10, 23, 10, minute, 1);
      await tick();
      expect(document.querySelector('[data-clock="total"]')?.textContent).toBe(`${minute}:01`);
      seen.add(phaseHeading() ?? '');
      if (minute === 10) expect(cue()).toBe(FIVE_MINUTE_CUE);
    }
    expect([...seen]).toEqual([
      'Their present',
      'Their past',
      'Their future',
      'Their advice',
      'The close',
    ]);
    expect(cue()).toBe(TIME_UP_CUE);
    expect(screen.getByText('0:01 over time')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Finish and write the debrief' })).toBeVisible();
  });

  test('moves focus to the run when it starts and to the debrief when it ends', async () => {
    await startFifteenMinutes();
    await waitFor(() => expect(document.activeElement?.id).toBe('mock-phase-heading'));
    fireEvent.click(screen.getByRole('button', { name: 'End early' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('debrief-heading'));
  });

  test('does not take focus when a saved run is shown on page load', async () => {
    render(<MockConversation bankUrl="/questions/bank.json" clock={clock} active />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start the conversation' }));
    await waitFor(() => expect(phaseHeading()).toBe('Opening'));
    await waitFor(() => expect(document.activeElement?.id).toBe('mock-phase-heading'));
    // Let the first page's own focus move settle (it lasts two frames) before leaving it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    (document.activeElement as HTMLElement | null)?.blur();
    render(<MockConversation bankUrl="/questions/bank.json" clock={clock} active />);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(document.activeElement).toBe(document.body);
  });

  test('pause stops the clock, and time in a background tab still counts when it comes back', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await startFifteenMinutes();
    fakeNow += 30_000;
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    fakeNow += 10 * MINUTE;
    await waitFor(() => expect(screen.getByRole('button', { name: 'Resume' })).toBeVisible());
    await tick();
    expect(document.querySelector('[data-clock="total"]')?.textContent).toBe('0:30');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await screen.findByRole('button', { name: 'Pause' });
    fakeNow += 7 * MINUTE;
    await tick();
    expect(document.querySelector('[data-clock="total"]')?.textContent).toBe('7:30');
    expect(phaseHeading()).toBe('Their past');
  });

  test('asking or skipping moves to the next question', async () => {
    await startFifteenMinutes();
    fakeNow += 2 * MINUTE;
    await waitFor(() => expect(phaseHeading()).toBe('Their present'));
    fireEvent.click(screen.getByRole('button', { name: 'Skip this question' }));
    await waitFor(() => expect(screen.getByText('Question 2 about present?')).toBeVisible());
    expect($mockRuns.get().current?.done).toEqual({ 'bank:present-0': 'skipped' });
  });

  test('ending early opens the debrief; saving keeps it, dated, with the notes as typed', async () => {
    await startFifteenMinutes();
    fakeNow += 4 * MINUTE;
    fireEvent.click(screen.getByRole('button', { name: 'End early' }));
    const learned = await screen.findByLabelText('What you learned');
    expect(screen.getByText(/You talked for 4:00 of the 15 minutes planned/)).toBeVisible();
    fireEvent.input(learned, { target: { value: 'Hiring happens in <b>spring</b>.' } });
    await waitFor(() =>
      expect($mockRuns.get().current?.notes.learned).toBe('Hiring happens in <b>spring</b>.'),
    );
    fireEvent.input(screen.getByLabelText('Who to contact next'), {
      target: { value: 'Sam in logistics' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save the debrief' }));
    await waitFor(() => expect($mockRuns.get().debriefs).toHaveLength(1));
    const saved = await screen.findByText('Hiring happens in <b>spring</b>.');
    expect(saved.querySelector('b')).toBeNull();
    expect(screen.getByText('Sam in logistics')).toBeVisible();
    expect($mockRuns.get().current).toBeUndefined();
  });

  test('a huge paste into a debrief note is refused with a message, and the note keeps what it had', async () => {
    await startFifteenMinutes();
    fireEvent.click(screen.getByRole('button', { name: 'End early' }));
    const learned = await screen.findByLabelText('What you learned');
    fireEvent.input(learned, { target: { value: 'Hiring happens in spring.' } });
    await waitFor(() =>
      expect($mockRuns.get().current?.notes.learned).toBe('Hiring happens in spring.'),
    );
    fireEvent.input(learned, { target: { value: 'x'.repeat(50_000) } });
    const error = await screen.findByRole('alert');
    expect(error.textContent).toContain('50,000 characters');
    expect(learned.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() =>
      expect((learned as HTMLTextAreaElement).value).toBe('Hiring happens in spring.'),
    );
    expect($mockRuns.get().current?.notes.learned).toBe('Hiring happens in spring.');
  });

  test('a deleted debrief can be brought back', async () => {
    await startFifteenMinutes();
    fireEvent.click(screen.getByRole('button', { name: 'End early' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save the debrief' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await waitFor(() => expect($mockRuns.get().debriefs).toHaveLength(0));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByText(/^Deleted the debrief of /)).toBeVisible();
    fireEvent.click(undo);
    await waitFor(() => expect($mockRuns.get().debriefs).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
  });

  test('says so when the question bank cannot be loaded, and tries again on request', async () => {
    fetchBank.mockImplementationOnce(() => Promise.resolve(new Response('gone', { status: 404 })));
    render(<MockConversation bankUrl="/questions/bank.json" clock={clock} active />);
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByRole('alert').textContent).toContain('couldn’t be loaded');
    fireEvent.click(retry);
    await screen.findByLabelText('Length');
  });
});
