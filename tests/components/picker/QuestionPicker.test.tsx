import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { QuestionPicker } from '../../../src/components/picker/QuestionPicker';
import type { Question } from '../../../src/schemas/question';
import {
  $questionLists,
  listDeletion,
  questionListsStore,
} from '../../../src/stores/question-lists';
import { clearTabState } from '../../../src/stores/tab-state';

/** A small bank in bank order: most useful first within each phase. */
const bank: Question[] = [
  {
    id: 'typical-day',
    text: 'What does a normal working day look like?',
    phase: 'present',
    topics: ['typical-day'],
    why: 'A concrete day says more than a title.',
  },
  {
    id: 'responsibilities',
    text: 'What are you responsible for?',
    phase: 'present',
    topics: ['responsibilities'],
    why: 'The real split of time.',
  },
  {
    id: 'hard-parts',
    text: 'Which parts of the job wear you down?',
    phase: 'present',
    topics: ['challenges'],
    why: 'Every job has a hard side.',
    caution: 'Ask it once rapport is there.',
  },
  {
    id: 'colleagues',
    text: 'Who do you work with most?',
    phase: 'present',
    topics: ['colleagues'],
    why: 'People shape a job.',
  },
  {
    id: 'surprise',
    text: 'What surprised you about the work?',
    phase: 'present',
    topics: ['challenges'],
    why: 'Outsiders cannot see it.',
  },
  {
    id: 'first-step',
    text: 'How did you get your first job in this field?',
    phase: 'past',
    topics: ['getting-started'],
    why: 'Paths are rarely straight.',
  },
  {
    id: 'hindsight',
    text: 'What would you do differently?',
    phase: 'past',
    topics: ['hindsight'],
    why: 'Learn from their mistakes.',
  },
  {
    id: 'training',
    text: 'Which training helped you most?',
    phase: 'past',
    topics: ['training'],
    why: 'Not all courses are equal.',
  },
  {
    id: 'leads-to',
    text: 'Where can a role like yours lead?',
    phase: 'future',
    topics: ['role-future'],
    why: 'See the path ahead.',
  },
  {
    id: 'changing',
    text: 'How is the field changing?',
    phase: 'future',
    topics: ['outlook'],
    why: 'Plan for where it goes.',
  },
  {
    id: 'pay',
    text: 'What do people earn when they start out?',
    phase: 'future',
    topics: ['salary'],
    why: 'Ask about the field.',
    caution: 'Never ask what they earn.',
  },
  {
    id: 'who-else',
    text: 'Who else should I talk to?',
    phase: 'advice',
    topics: ['referrals'],
    why: 'One talk leads to the next.',
  },
  {
    id: 'in-my-place',
    text: 'What would you do in my place?',
    phase: 'advice',
    topics: ['advice'],
    why: 'Tailored advice.',
  },
  {
    id: 'groups',
    text: 'Which associations should I join?',
    phase: 'advice',
    topics: ['organizations'],
    why: 'Where the field meets.',
  },
].map((question, order) => ({ ...question, order }) as Question);

const KEY = 'iik:question-lists:v1';
const saved = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');

/** The bank as /questions/bank.json serves it. */
const fetchBank = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ questions: bank }))));

/** Renders the picker and waits for the bank to arrive, as on the page. */
async function renderPicker() {
  render(<QuestionPicker bankUrl="/questions/bank.json" />);
  await screen.findByRole('heading', { name: 'Add from the question bank' });
}

beforeEach(() => {
  fetchBank.mockClear();
  vi.stubGlobal('fetch', fetchBank);
  $questionLists.set({ lists: [] });
  listDeletion.forget();
  questionListsStore.reset();
  clearTabState();
  localStorage.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const mine = () =>
  screen
    .getByRole('heading', { name: 'Your questions', level: 2 })
    .closest<HTMLElement>('.picker-mine')!;
const bankPane = () =>
  screen
    .getByRole('heading', { name: 'Add from the question bank' })
    .closest<HTMLElement>('.picker-bank')!;
const listTexts = () =>
  [...mine().querySelectorAll('.picker-item-text')].map((element) => element.textContent);
const bankItem = (text: string) => within(bankPane()).getByText(text).closest('li') as HTMLElement;
const addFromBank = async (text: string) => {
  fireEvent.click(within(bankItem(text)).getByRole('button', { name: 'Add' }));
  await waitFor(() => expect(listTexts()).toContain(text));
};
const status = () =>
  screen
    .getAllByRole('status')
    .map((element) => element.textContent ?? '')
    .join(' | ');

describe('QuestionPicker: a link to one list', () => {
  const list = (id: string, name: string) => ({
    id,
    name,
    minutes: 30 as const,
    items: [],
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
  });

  afterEach(() => history.replaceState(null, '', '/'));

  test('opens the list the address asks for (as the Conversations page links to it)', async () => {
    $questionLists.set({
      lists: [list('a', 'Dana Ortiz'), list('b', 'Sam Lee')],
      activeListId: 'a',
    });
    history.replaceState(null, '', '/questions/picker/?list=b');
    await renderPicker();
    await waitFor(() =>
      expect(
        screen.getByLabelText<HTMLSelectElement>('Your list').selectedOptions[0]?.textContent,
      ).toBe('Sam Lee'),
    );
  });

  test('keeps the open list when the one asked for is gone', async () => {
    $questionLists.set({ lists: [list('a', 'Dana Ortiz')], activeListId: 'a' });
    history.replaceState(null, '', '/questions/picker/?list=deleted');
    await renderPicker();
    expect(
      screen.getByLabelText<HTMLSelectElement>('Your list').selectedOptions[0]?.textContent,
    ).toBe('Dana Ortiz');
  });
});

describe('QuestionPicker: a first visit', () => {
  test('starts "My first conversation" for 30 minutes and says 6 to 10 questions fit', async () => {
    await renderPicker();
    expect(
      screen.getByLabelText<HTMLSelectElement>('Your list').selectedOptions[0]?.textContent,
    ).toBe('My first conversation');
    expect(screen.getByLabelText('Your list')).toHaveAccessibleDescription('30 min · 0 questions');
    expect(screen.getByRole('radio', { name: '30 min' })).toHaveProperty('checked', true);
    expect(screen.getByText(/Aim for 6 to 10 questions\./)).toBeVisible();
    expect(
      screen.getByText(
        /Spend about 10 minutes on their present, 6 on their past, 6 on their future and 5 on their advice/,
      ),
    ).toBeVisible();
    expect(screen.getByText('Nothing here yet.', { exact: false })).toBeVisible();
    expect(saved().lists).toHaveLength(1);
  });

  test('choosing 15 minutes changes what fits and is saved', async () => {
    await renderPicker();
    fireEvent.click(screen.getByRole('radio', { name: '15 min' }));
    await waitFor(() => expect(screen.getByText(/Aim for 3 to 5 questions\./)).toBeVisible());
    expect(saved().lists[0].minutes).toBe(15);
    expect(within(mine()).getByText('0 of about 2')).toBeVisible();
  });

  test('"Suggest a starter set" fills the list from the top of each part, up to what fits', async () => {
    await renderPicker();
    fireEvent.click(screen.getByRole('button', { name: 'Suggest a starter set' }));
    await waitFor(() => expect(listTexts()).toHaveLength(10));
    expect(listTexts().slice(0, 4)).toEqual([
      'What does a normal working day look like?',
      'What are you responsible for?',
      'Which parts of the job wear you down?',
      'Who do you work with most?',
    ]);
    expect(screen.getByText('10 questions: a good fit for 30 minutes.')).toBeVisible();
    // Said beside the button, where the reader is, not only in the page's status line.
    const said = within(mine()).getByRole('status');
    await waitFor(() =>
      expect(said).toHaveTextContent('Added 10 questions from the top of each part of the bank.'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Suggest a starter set' }));
    await waitFor(() =>
      expect(said).toHaveTextContent(
        'Your list already has as many questions as fit in 30 minutes.',
      ),
    );
    expect(said).toBeVisible();
    expect(listTexts()).toHaveLength(10);
  });
});

describe('QuestionPicker: building the list from the bank', () => {
  test('adds a question in one click, shows it is in the list, and removes it with the same button', async () => {
    await renderPicker();
    await addFromBank('Who else should I talk to?');
    const item = bankItem('Who else should I talk to?');
    expect(within(item).getByText('In your list')).toBeVisible();
    expect(within(item).queryByRole('button', { name: 'Add' })).toBeNull();
    expect(saved().lists[0].items).toEqual([{ kind: 'bank', questionId: 'who-else' }]);
    fireEvent.click(within(item).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(listTexts()).toEqual([]));
  });

  test('puts questions under their part in arc order and counts them against what fits', async () => {
    await renderPicker();
    await addFromBank('Who else should I talk to?');
    await addFromBank('How did you get your first job in this field?');
    await addFromBank('What does a normal working day look like?');
    expect(listTexts()).toEqual([
      'What does a normal working day look like?',
      'How did you get your first job in this field?',
      'Who else should I talk to?',
    ]);
    const past = screen.getByRole('heading', { name: 'Their past', level: 3 }).closest('section')!;
    expect(within(past).getByText('1 of about 2')).toBeVisible();
    expect(within(past).getByText('6 min')).toBeVisible();
  });

  test('shows each question’s "why ask it" and any caution', async () => {
    await renderPicker();
    const item = bankItem('Which parts of the job wear you down?');
    expect(item.textContent).toContain('Why ask it: Every job has a hard side.');
    expect(item.textContent).toContain('Take care: Ask it once rapport is there.');
  });

  test('warns gently and marks the part when the list is longer than the time allows', async () => {
    await renderPicker();
    fireEvent.click(screen.getByRole('radio', { name: '15 min' }));
    for (const text of [
      'What does a normal working day look like?',
      'What are you responsible for?',
      'Who do you work with most?',
    ]) {
      await addFromBank(text);
    }
    const present = screen
      .getByRole('heading', { name: 'Their present', level: 3 })
      .closest('section')!;
    expect(within(present).getByText('· more than fits', { exact: false })).toBeVisible();
    await addFromBank('Who else should I talk to?');
    await addFromBank('What would you do in my place?');
    await addFromBank('Which associations should I join?');
    await waitFor(() =>
      expect(
        screen.getByText(/6 questions may be more than 15 minutes allow \(about 5 fit\)/),
      ).toBeVisible(),
    );
  });
});

describe('QuestionPicker: a lopsided list', () => {
  test('a list of the right length that leaves parts empty is not called a good fit', async () => {
    await renderPicker();
    fireEvent.click(screen.getByRole('radio', { name: '15 min' }));
    await addFromBank('What does a normal working day look like?');
    await addFromBank('What are you responsible for?');
    await addFromBank('Who else should I talk to?');
    const notice = await screen.findByText(
      '3 questions, but none yet for their past or their future. Give each part of the conversation at least one.',
    );
    expect(notice.getAttribute('data-status')).toBe('uneven');
    expect(screen.queryByText(/a good fit/)).toBeNull();
    await addFromBank('How did you get your first job in this field?');
    await addFromBank('Where can a role like yours lead?');
    await waitFor(() =>
      expect(screen.getByText('5 questions: a good fit for 15 minutes.')).toBeVisible(),
    );
  });
});

describe('QuestionPicker: filtering the bank', () => {
  const shownBankTexts = () =>
    [...bankPane().querySelectorAll('.picker-bank-text')].map((element) => element.textContent);

  test('filters by words as they are typed, and says how many match', async () => {
    await renderPicker();
    expect(screen.getByText('All 14 questions.')).toBeVisible();
    fireEvent.input(screen.getByLabelText('Search the questions'), { target: { value: 'earn' } });
    await waitFor(() =>
      expect(shownBankTexts()).toEqual(['What do people earn when they start out?']),
    );
    expect(screen.getByText('1 question of 14 matches.')).toBeVisible();
  });

  test('filters by part and by topic, and clearing brings everything back', async () => {
    await renderPicker();
    fireEvent.change(
      screen.getByLabelText('Part of the conversation', { selector: '#picker-filter-phase' }),
      {
        target: { value: 'past' },
      },
    );
    await waitFor(() => expect(shownBankTexts()).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('Topic'), { target: { value: 'hindsight' } });
    await waitFor(() => expect(shownBankTexts()).toEqual(['What would you do differently?']));
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    await waitFor(() => expect(shownBankTexts()).toHaveLength(14));
    expect(document.activeElement).toBe(screen.getByLabelText('Search the questions'));
  });

  test('says so when nothing matches', async () => {
    await renderPicker();
    fireEvent.input(screen.getByLabelText('Search the questions'), {
      target: { value: 'astronaut' },
    });
    await waitFor(() => expect(screen.getByText(/No question matches/)).toBeVisible());
  });
});

describe('QuestionPicker: writing your own question', () => {
  const input = () => screen.getByLabelText<HTMLInputElement>('Your question');
  const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Add my question' }));
  const write = (text: string) => fireEvent.input(input(), { target: { value: text } });

  test('states the limit, adds the trimmed question to the chosen part and clears the field', async () => {
    await renderPicker();
    expect(screen.getByText('0 of 300 characters')).toBeVisible();
    write('   How do you handle night shifts?  ');
    fireEvent.change(
      screen.getByLabelText('Part of the conversation', { selector: '#picker-custom-phase' }),
      {
        target: { value: 'future' },
      },
    );
    submit();
    await waitFor(() => expect(listTexts()).toEqual(['How do you handle night shifts?']));
    expect(within(mine()).getByText('Your own')).toBeVisible();
    expect(saved().lists[0].items[0]).toMatchObject({
      kind: 'custom',
      text: 'How do you handle night shifts?',
      phase: 'future',
    });
    expect(input().value).toBe('');
    // The question lands out of view on a phone, so the form says where it went.
    const form = screen.getByRole('form', { name: 'Write your own question' });
    await waitFor(() =>
      expect(within(form).getByRole('status')).toHaveTextContent(
        'Added your question to the end of their future.',
      ),
    );
  });

  test('refuses an empty question with a message tied to the field', async () => {
    await renderPicker();
    write('    ');
    submit();
    const error = await screen.findByText('Write your question first.');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().getAttribute('aria-describedby')).toContain(error.id);
    expect(listTexts()).toEqual([]);
  });

  test('refuses a very long paste with a message instead of cutting it, keeping what was typed', async () => {
    await renderPicker();
    write('How do you');
    await screen.findByText('10 of 300 characters');
    const paste = `${'Tell me about your work. '.repeat(20)}?`;
    write(paste);
    const error = await screen.findByText(
      'That would make it 501 characters, and this field takes up to 300 characters. Nothing was changed: shorten it and try again.',
    );
    expect(input().getAttribute('aria-describedby')).toContain(error.id);
    expect(input().value).toBe('How do you');
    expect(screen.getByText('10 of 300 characters')).toBeVisible();
    expect(listTexts()).toEqual([]);
  });

  test('refuses a duplicate of a bank question in the list, whatever its case and spacing', async () => {
    await renderPicker();
    await addFromBank('Who else should I talk to?');
    write('who ELSE should   i talk to');
    submit();
    expect(await screen.findByText('That question is already in your list.')).toBeVisible();
    expect(listTexts()).toHaveLength(1);
  });

  test('shows HTML and script typed by the reader as text, never as markup', async () => {
    await renderPicker();
    write('<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>Is it <b>fun</b>?');
    submit();
    await waitFor(() => expect(listTexts()).toHaveLength(1));
    expect(listTexts()[0]).toBe(
      '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>Is it <b>fun</b>?',
    );
    expect(document.querySelector('.picker img, .picker script, .picker-item-text b')).toBeNull();
    expect(document.querySelector('.picker-print')?.textContent).toContain(
      '<script>window.hacked=1</script>',
    );
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });
});

describe('QuestionPicker: putting questions in order', () => {
  test('"Down" moves a question, keeps focus on its button and announces the new position', async () => {
    await renderPicker();
    await addFromBank('What does a normal working day look like?');
    await addFromBank('What are you responsible for?');
    await addFromBank('Who do you work with most?');
    const down = within(mine().querySelector('[data-key="bank:typical-day"]')!).getByRole(
      'button',
      { name: /Down/ },
    );
    down.focus();
    fireEvent.click(down);
    await waitFor(() =>
      expect(listTexts()).toEqual([
        'What are you responsible for?',
        'What does a normal working day look like?',
        'Who do you work with most?',
      ]),
    );
    await waitFor(() => expect(status()).toContain('Moved to position 2 of 3.'));
    const moved = document.activeElement as HTMLElement;
    expect(moved.dataset.control).toBe('down');
    expect(moved.closest('li')?.dataset.key).toBe('bank:typical-day');
    expect(moved.getAttribute('aria-describedby')).toBe(
      mine().querySelector('[data-key="bank:typical-day"] .picker-item-text')?.id,
    );
  });

  test('"Up" at the top of a part stays put, says so, and keeps focus', async () => {
    await renderPicker();
    await addFromBank('What does a normal working day look like?');
    await addFromBank('How did you get your first job in this field?');
    const up = within(mine().querySelector('[data-key="bank:first-step"]')!).getByRole('button', {
      name: /Up/,
    });
    expect(up.getAttribute('aria-disabled')).toBe('true');
    up.focus();
    fireEvent.click(up);
    await waitFor(() =>
      expect(status()).toContain('Already first in their past, at position 2 of 2.'),
    );
    expect(document.activeElement).toBe(up);
    expect(listTexts()[1]).toBe('How did you get your first job in this field?');
  });

  test('removing a question offers Undo, with focus on it, and Undo puts it back in its place', async () => {
    await renderPicker();
    await addFromBank('What does a normal working day look like?');
    await addFromBank('What are you responsible for?');
    const remove = within(mine().querySelector('[data-key="bank:typical-day"]')!).getByRole(
      'button',
      { name: 'Remove' },
    );
    remove.focus();
    fireEvent.click(remove);
    await waitFor(() => expect(listTexts()).toEqual(['What are you responsible for?']));
    // Focus is on Undo, never on another question's Remove: a second Enter cannot remove more.
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    expect(undo).toHaveAccessibleDescription(
      'Removed “What does a normal working day look like?”. 1 question left.',
    );
    fireEvent.click(undo);
    await waitFor(() =>
      expect(listTexts()).toEqual([
        'What does a normal working day look like?',
        'What are you responsible for?',
      ]),
    );
    await waitFor(() =>
      expect((document.activeElement as HTMLElement).closest('li')?.dataset.key).toBe(
        'bank:typical-day',
      ),
    );
    await waitFor(() =>
      expect(status()).toContain('Restored “What does a normal working day look like?”.'),
    );
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});

describe('QuestionPicker: a list planned for someone', () => {
  test('links back to them on the Conversations page', async () => {
    $questionLists.set({
      lists: [
        {
          id: 'maya-list',
          name: 'Maya Chen',
          minutes: 30,
          items: [],
          person: { id: 'maya', name: 'Maya Chen' },
          createdAt: '2026-11-19T12:00:00.000Z',
          updatedAt: '2026-11-19T12:00:00.000Z',
        },
      ],
    });
    await renderPicker();
    expect(
      await screen.findByRole('link', { name: 'Back to Maya Chen in Conversations' }),
    ).toHaveAttribute('href', '/conversations/#person=maya');
  });
});

describe('QuestionPicker: several lists', () => {
  const chooser = () => screen.getByLabelText<HTMLSelectElement>('Your list');
  const optionNames = () => [...chooser().options].map((option) => option.textContent);

  test('creates a named list, refusing a blank name with a message', async () => {
    await renderPicker();
    fireEvent.click(screen.getByRole('button', { name: 'New list' }));
    const name = screen.getByLabelText('Name of the new list');
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.click(screen.getByRole('button', { name: 'Create list' }));
    expect(await screen.findByText(/Give the list a name/)).toBeVisible();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(name, { target: { value: 'Dana at City Hospital' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create list' }));
    await waitFor(() =>
      expect(optionNames()).toEqual(['My first conversation', 'Dana at City Hospital']),
    );
    expect(chooser().selectedOptions[0]?.textContent).toContain('Dana at City Hospital');
    await waitFor(() => expect(document.activeElement).toBe(chooser()));
  });

  test('renames, duplicates and switches between lists, each keeping its own questions', async () => {
    await renderPicker();
    await addFromBank('Who else should I talk to?');
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const name = await screen.findByLabelText('New name for the list');
    fireEvent.input(name, { target: { value: 'Sam' } });
    fireEvent.submit(name.closest('form')!);
    await waitFor(() => expect(optionNames()).toEqual(['Sam']));
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate' }));
    await waitFor(() => expect(optionNames()).toEqual(['Sam', 'Sam (copy)']));
    expect(listTexts()).toEqual(['Who else should I talk to?']);
    await addFromBank('What would you do in my place?');
    fireEvent.change(chooser(), { target: { value: saved().lists[0].id } });
    await waitFor(() => expect(listTexts()).toEqual(['Who else should I talk to?']));
  });

  test('shows the open list’s length and question count as text beside its name, for each list chosen', async () => {
    await renderPicker();
    await addFromBank('Who else should I talk to?');
    await addFromBank('What would you do in my place?');
    expect(chooser()).toHaveAccessibleDescription('30 min · 2 questions');
    fireEvent.click(screen.getByRole('button', { name: 'New list' }));
    fireEvent.input(await screen.findByLabelText('Name of the new list'), {
      target: { value: 'Second' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create list' }));
    await waitFor(() => expect(chooser()).toHaveAccessibleDescription('30 min · 0 questions'));
    expect(screen.getByText('30 min · 0 questions')).toBeVisible();

    fireEvent.change(chooser(), { target: { value: saved().lists[0].id } });
    await waitFor(() => expect(chooser()).toHaveAccessibleDescription('30 min · 2 questions'));
    expect(screen.getByText('30 min · 2 questions')).toBeVisible();
    // The options carry the names alone: the count is said once, by the description.
    expect(chooser().selectedOptions[0]?.textContent).toBe('My first conversation');
  });

  test('Escape closes the name form and returns focus to the button that opened it', async () => {
    await renderPicker();
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const name = await screen.findByLabelText('New name for the list');
    fireEvent.keyDown(name, { key: 'Escape' });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename' })),
    );
  });

  test('deletes a list with an Undo that puts it back in its place, with its questions', async () => {
    await renderPicker();
    await addFromBank('Who else should I talk to?');
    fireEvent.click(screen.getByRole('button', { name: 'New list' }));
    fireEvent.input(await screen.findByLabelText('Name of the new list'), {
      target: { value: 'Second' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create list' }));
    await waitFor(() => expect(optionNames()).toEqual(['My first conversation', 'Second']));
    fireEvent.change(chooser(), { target: { value: saved().lists[0].id } });
    await waitFor(() => expect(listTexts()).toHaveLength(1));

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(optionNames()).toEqual(['Second']));
    expect(screen.getByText('Deleted “My first conversation”.')).toBeVisible();
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(optionNames()).toEqual(['My first conversation', 'Second']));
    expect(listTexts()).toEqual(['Who else should I talk to?']);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  test('deleting the only list leaves one clear action: start a new list', async () => {
    await renderPicker();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByText(/You have no lists/)).toBeVisible());
    expect(screen.queryByRole('heading', { name: 'Your questions' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start a new list' }));
    fireEvent.input(await screen.findByLabelText('Name of the new list'), {
      target: { value: 'Kim' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create list' }));
    await waitFor(() => expect(optionNames()).toEqual(['Kim']));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible();
  });

  test('follows a change made in another tab', async () => {
    await renderPicker();
    const current = saved();
    const changed = {
      ...current,
      lists: [
        {
          ...current.lists[0],
          name: 'Renamed elsewhere',
          items: [{ kind: 'bank', questionId: 'pay' }],
        },
      ],
    };
    localStorage.setItem(KEY, JSON.stringify(changed));
    window.dispatchEvent(
      new StorageEvent('storage', { key: KEY, newValue: JSON.stringify(changed) }),
    );
    await waitFor(() => expect(listTexts()).toEqual(['What do people earn when they start out?']));
    expect(optionNames()).toEqual(['Renamed elsewhere']);
  });
});

describe('QuestionPicker: taking the list away', () => {
  test('copies the list as plain text grouped by part and confirms it visibly', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await renderPicker();
    await addFromBank('Who else should I talk to?');
    await addFromBank('What does a normal working day look like?');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByText(/Copied as plain text\./)).toBeVisible());
    const text = writeText.mock.calls[0]?.[0] ?? '';
    expect(text).toContain('My first conversation\nA 30-minute conversation · 2 questions');
    expect(text).toContain(
      'Their present (about 10 min)\n----------------------------\n1. What does a normal working day look like?',
    );
    expect(text).toContain(
      'Their advice (about 5 min)\n--------------------------\n2. Who else should I talk to?',
    );
    writeText.mockRestore();
  });

  test('copies as Markdown, and says so when the browser refuses', async () => {
    const writeText = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(new Error('denied'));
    const execCommand = vi.fn(() => false);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await renderPicker();
    await addFromBank('Who else should I talk to?');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(screen.getByText(/Copied as Markdown\./)).toBeVisible());
    expect(writeText.mock.calls[0]?.[0]).toContain('# My first conversation\n');
    expect(writeText.mock.calls[0]?.[0]).toContain(
      '## Their advice (about 5 min)\n\n1. Who else should I talk to?',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByText(/did not let us copy/)).toBeVisible());
    writeText.mockRestore();
  });

  test('downloads a .md file named after the list', async () => {
    const createObjectURL = vi.fn((blob: Blob) => {
      void blob;
      return 'blob:list';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    await renderPicker();
    await addFromBank('Who else should I talk to?');
    fireEvent.click(screen.getByRole('button', { name: 'Download .md' }));
    expect(clicks).toEqual(['questions-my-first-conversation.md']);
    const file = createObjectURL.mock.calls[0]?.[0];
    if (!(file instanceof Blob)) throw new Error('no file was made');
    expect(await file.text()).toContain('1. Who else should I talk to?');
    await waitFor(() =>
      expect(screen.getByText('Downloaded questions-my-first-conversation.md.')).toBeVisible(),
    );
    click.mockRestore();
  });

  test('the take-away buttons wait until there is a question', async () => {
    await renderPicker();
    expect(screen.getByRole('button', { name: 'Copy as text' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Print the sheet' })).toHaveProperty(
      'disabled',
      true,
    );
    await addFromBank('Who else should I talk to?');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Print the sheet' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
  });

  test('the print sheet has the list name, each part with its minutes and numbered questions', async () => {
    await renderPicker();
    await addFromBank('What does a normal working day look like?');
    await addFromBank('Who else should I talk to?');
    const sheet = document.querySelector<HTMLElement>('.picker-print')!;
    expect(within(sheet).getByRole('heading', { level: 2 }).textContent).toBe(
      'My first conversation',
    );
    expect([...sheet.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual([
      'Their present (about 10 min)',
      'Their advice (about 5 min)',
    ]);
    expect([...sheet.querySelectorAll('ol')].map((list) => list.getAttribute('start'))).toEqual([
      '1',
      '2',
    ]);
    expect(sheet.querySelectorAll('.picker-print-lines')).toHaveLength(2);
  });
});

describe('QuestionPicker: the bank', () => {
  test('fetches the bank once, and says so when it cannot, keeping the list and offering to try again', async () => {
    fetchBank.mockImplementationOnce(() => Promise.resolve(new Response('gone', { status: 404 })));
    render(<QuestionPicker bankUrl="/questions/bank.json" />);
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByRole('alert').textContent).toContain('The question bank couldn’t be loaded');
    expect(screen.getByRole('combobox', { name: 'Your list' })).toBeVisible();
    fireEvent.click(retry);
    await screen.findByRole('heading', { name: 'Add from the question bank' });
    expect(fetchBank).toHaveBeenCalledTimes(2);
    expect(fetchBank).toHaveBeenCalledWith('/questions/bank.json', { credentials: 'same-origin' });
  });
});

describe('QuestionPicker: saved data problems', () => {
  async function freshPicker() {
    vi.resetModules();
    const { QuestionPicker: Fresh } = await import('../../../src/components/picker/QuestionPicker');
    return Fresh;
  }

  /** The texts of the copies of unreadable data kept in this browser. */
  const keptTexts = () =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith(`${KEY}:backup:`))
      .map((key) => localStorage.getItem(key));

  test('corrupt saved lists: opens with a notice, a fresh list and a way to download the kept copy', async () => {
    localStorage.setItem(KEY, '{"lists": [ {"id": "l1", "name": "Dana"');
    const Fresh = await freshPicker();
    render(<Fresh bankUrl="/questions/bank.json" />);
    await screen.findByRole('heading', { name: 'Add from the question bank' });
    expect(await screen.findByText(/We couldn’t read your saved question lists/)).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Download the copy' })).toBeVisible();
    expect(keptTexts()).toEqual(['{"lists": [ {"id": "l1", "name": "Dana"']);
    expect(screen.getByRole('heading', { name: 'Your questions' })).toBeVisible();
  });

  test('one list of the wrong shape: the other lists open, the notice names it, and the raw data is kept', async () => {
    const good = {
      id: 'l2',
      name: 'Sam',
      minutes: 30,
      items: [{ kind: 'bank', questionId: 'typical-day' }],
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
    };
    const wrong = JSON.stringify({
      lists: [{ id: 'l1', name: 'Dana', minutes: 25, items: 'none' }, good],
    });
    localStorage.setItem(KEY, wrong);
    const Fresh = await freshPicker();
    render(<Fresh bankUrl="/questions/bank.json" />);
    await screen.findByRole('heading', { name: 'Add from the question bank' });
    expect(
      await screen.findByText(
        /Some of your saved question lists couldn’t be read .*the list “Dana”/,
      ),
    ).toBeVisible();
    expect(keptTexts()).toEqual([wrong]);
    expect(listTexts()).toEqual(['What does a normal working day look like?']);
  });

  test('a question the bank no longer has leaves the saved list, and a notice names it', async () => {
    const now = '2026-11-20T10:00:00.000Z';
    const list = (id: string, name: string, questionIds: string[]) => ({
      id,
      name,
      minutes: 30,
      items: questionIds.map((questionId) => ({ kind: 'bank', questionId })),
      createdAt: now,
      updatedAt: now,
    });
    const before = {
      lists: [list('l1', 'Dana', ['typical-day', 'what-sparked-your-interest'])],
      activeListId: 'l1',
    };
    localStorage.setItem(KEY, JSON.stringify(before));
    const Fresh = await freshPicker();
    render(<Fresh bankUrl="/questions/bank.json" />);
    expect(
      await screen.findByText(
        /“what-sparked-your-interest” in “Dana”, a question the bank no longer has/,
      ),
    ).toBeVisible();
    expect(listTexts()).toEqual(['What does a normal working day look like?']);
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as typeof before;
    expect(saved.lists[0]?.items).toEqual([{ kind: 'bank', questionId: 'typical-day' }]);
    expect(keptTexts()).toEqual([expect.stringContaining('what-sparked-your-interest')]);
  });

  test('storage switched off: the picker works and says the lists won’t be kept', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const Fresh = await freshPicker();
      render(<Fresh bankUrl="/questions/bank.json" />);
      await screen.findByRole('heading', { name: 'Add from the question bank' });
      expect(
        await screen.findByText(/your question lists will be lost when you leave the page/),
      ).toBeVisible();
      fireEvent.click(
        within(bankItem('Who else should I talk to?')).getByRole('button', { name: 'Add' }),
      );
      await waitFor(() => expect(listTexts()).toEqual(['Who else should I talk to?']));
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
    }
  });
});
