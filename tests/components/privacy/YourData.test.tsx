import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { YourData } from '../../../src/components/privacy/YourData';
import { exportAllData } from '../../../src/stores/data-transfer';
import { $drafts, draftsStore } from '../../../src/stores/drafts';
import { mockRunsStore } from '../../../src/stores/mock-runs';
import { $questionLists, createList, questionListsStore } from '../../../src/stores/question-lists';
import { reviewsStore } from '../../../src/stores/reviews';
import { clearTabState } from '../../../src/stores/tab-state';
import { catchDownloads } from '../../support/downloads';
import { fillUp } from '../../support/storage';

const stores = [questionListsStore, draftsStore, reviewsStore, mockRunsStore];
const names = () => $questionLists.get().lists.map((list) => list.name);
const fileInput = () => screen.getByLabelText<HTMLInputElement>('Choose a data file');
const choose = (text: string, name = 'interview-kit-data-2026-11-24.json') =>
  fireEvent.change(fileInput(), { target: { files: [new File([text], name)] } });

/** A data file made from this browser's data, with one more list in it. */
async function fileWithAnotherList() {
  const { text } = await exportAllData();
  const data = JSON.parse(text);
  data.data['iik:question-lists:v1'].lists.push({
    id: 'from-file',
    name: 'Sam at the library',
    minutes: 45,
    items: [],
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
  });
  return JSON.stringify(data);
}

beforeEach(() => {
  for (const store of stores) store.reset();
  clearTabState();
  createList('Dana');
});
afterEach(() => vi.restoreAllMocks());

describe('YourData, on the privacy page', () => {
  test('lists what each tool holds', async () => {
    render(<YourData />);
    expect(screen.getByText('Checking what this browser holds…')).toBeVisible();
    const lists = (await screen.findByText('Question lists')).closest('li');
    expect(lists?.textContent).toMatch(/1 list, 1 kB/);
    expect(
      within(screen.getByText('Email drafts').closest('li')!).getByText('nothing saved'),
    ).toBeVisible();
  });

  test('a file that is not ours gets a clear message, and nothing changes', async () => {
    render(<YourData />);
    choose('{"name": "some-other-app"}', 'package.json');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That file isn’t a data file from this site. Choose the file “Download all my data” saved (its name starts with “interview-kit-data”). Nothing was changed.',
    );
    expect(names()).toEqual(['Dana']);
  });

  test('a file of ours shows what it would change, then Merge adds it and deletes nothing', async () => {
    const text = await fileWithAnotherList();
    createList('Only here');
    render(<YourData />);
    choose(text);
    const preview = await screen.findByRole('group', { name: 'What this file would change' });
    expect(within(preview).getByText('interview-kit-data-2026-11-24.json')).toBeVisible();
    const lists = within(preview).getByRole('heading', { name: 'Question lists' }).closest('li');
    expect(lists?.textContent).toContain('Merge');
    expect(lists?.textContent).toContain('adds 1 list, leaves 1 as it is');
    expect(lists?.textContent).toContain(
      'adds 1 list, removes 1 not in the file, leaves 1 as it is',
    );
    fireEvent.click(within(preview).getByRole('button', { name: 'Merge into my data' }));
    expect(
      await screen.findByText(/^Merged interview-kit-data-2026-11-24\.json into your data/),
    ).toBeVisible();
    expect(names()).toEqual(['Dana', 'Sam at the library', 'Only here']);
  });

  test('a Merge the browser could not save says so where focus lands, never "Merged"', async () => {
    const text = await fileWithAnotherList();
    render(<YourData />);
    choose(text);
    const preview = await screen.findByRole('group', { name: 'What this file would change' });
    // The storage fills up: every write from now on is refused.
    const makeRoom = fillUp();
    onTestFinished(makeRoom);
    fireEvent.click(within(preview).getByRole('button', { name: 'Merge into my data' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This browser couldn’t save the question lists from interview-kit-data-2026-11-24.json: its storage is full or switched off.',
    );
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    expect(screen.queryByText(/^Merged /)).toBeNull();
    // The file's list is on the page, and nothing claims it is stored.
    expect(names()).toEqual(['Dana', 'Sam at the library']);
    expect(localStorage.getItem('iik:question-lists:v1')).not.toContain('Sam at the library');
  });

  test('Replace asks first, downloads a copy of the current data, then replaces', async () => {
    const text = await fileWithAnotherList();
    createList('Only here');
    const downloads = catchDownloads();
    render(<YourData />);
    choose(text);
    const preview = await screen.findByRole('group', { name: 'What this file would change' });
    fireEvent.click(within(preview).getByRole('button', { name: 'Replace my data' }));
    // Its safe choice says what it declines, beside the Cancel that drops the whole import.
    fireEvent.click(await screen.findByRole('button', { name: 'Don’t replace' }));
    expect(within(preview).getByRole('button', { name: 'Cancel' })).toBeVisible();
    fireEvent.click(within(preview).getByRole('button', { name: 'Replace my data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download a copy and replace' }));
    expect(await screen.findByText(/^Replaced your data with the file’s/)).toBeVisible();
    const [copy] = await downloads();
    expect(
      JSON.parse(copy ?? '{}').data['iik:question-lists:v1'].lists.map(
        (list: { name: string }) => list.name,
      ),
    ).toEqual(['Dana', 'Only here']);
    expect(names()).toEqual(['Dana', 'Sam at the library']);
  });

  test('lists copies of unreadable data, with a way to download and delete each', async () => {
    const key = 'iik:email-drafts:v1:backup:2026-11-02T10:00:00.000Z';
    localStorage.setItem(key, '{"drafts": [ oops');
    const downloads = catchDownloads();
    render(<YourData />);
    const copy = (await screen.findByText(/email drafts, Nov 2, 2026/)).closest('li')!;
    fireEvent.click(
      within(copy).getByRole('button', { name: 'Download the copy of email drafts, Nov 2, 2026' }),
    );
    expect(await downloads()).toEqual(['{"drafts": [ oops']);
    fireEvent.click(within(copy).getByRole('button', { name: 'Delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete the copy' }));
    expect(await screen.findByText(/^None\. If a tool ever can’t read/)).toBeVisible();
    expect(localStorage.getItem(key)).toBeNull();
  });

  test('"Delete all my data" asks first, offers the download, and then removes everything', async () => {
    render(<YourData />);
    await screen.findByText('Question lists');
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    const question = screen.getByRole('group', { name: /Delete everything this site keeps/ });
    expect(within(question).getByRole('button', { name: 'Download all my data' })).toBeVisible();
    fireEvent.click(within(question).getByRole('button', { name: 'Keep my data' }));
    expect(names()).toEqual(['Dana']);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByText('Deleted all your data from this browser.')).toBeVisible();
    expect(names()).toEqual([]);
    expect($drafts.get().drafts).toEqual([]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('iik:'))).toEqual([]);
    await waitFor(() => expect(screen.getAllByText('nothing saved')).toHaveLength(4));
  });
});

describe('YourData and the tools’ notices', () => {
  test('shows a tool’s notice here too, with its kept copy', async () => {
    vi.resetModules();
    localStorage.setItem('iik:email-drafts:v1', '{"drafts": [ broken');
    const { YourData: Fresh } = await import('../../../src/components/privacy/YourData');
    render(<Fresh />);
    expect(await screen.findByText(/We couldn’t read your saved email drafts/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download the copy' })).toBeVisible();
  });

  test('with storage switched off, says so once for every tool, not once per tool', async () => {
    vi.resetModules();
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { YourData: Fresh } = await import('../../../src/components/privacy/YourData');
    render(<Fresh />);
    expect(
      await screen.findByText(
        /^Your browser isn’t letting this site save anything, so what you make/,
      ),
    ).toBeVisible();
    expect(screen.queryByText(/will be lost when you leave the page/)).toBeNull();
  });
});
