/**
 * The ways saved data used to be lost, tried again in Chromium on the built site: a copy of
 * unreadable data that does not fit (case 1), two tabs typing in the same draft (case 4), and
 * two tabs sharing which list is open (case 5). Each failed before the fix.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openContext, waitForIslands } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DRAFTS = 'iik:email-drafts:v1';
const LISTS = 'iik:question-lists:v1';

/** Opens a page and waits until its island can be used. */
async function open(page: Page, path: string, ready: string) {
  await page.goto(path);
  await waitForIslands(page);
  await page.getByLabel(ready).first().waitFor();
}

describe('saved data is never lost, in Chromium', () => {
  test('a draft deleted in one tab says so in the other, and Undo there brings back what was typed', async () => {
    const { context, page: first } = await openContext(browser);
    await open(first, '/email/', 'Their name');
    const second = await context.newPage();
    await open(second, '/email/', 'Their name');
    await second.getByLabel('Their name').fill('Dana Okafor');
    await expect.poll(() => first.getByLabel('Their name').inputValue()).toBe('Dana Okafor');

    await first.getByRole('button', { name: 'Delete this draft' }).click();
    await expect
      .poll(() =>
        second.getByText(/was deleted in another tab, where Undo can bring it back\./).isVisible(),
      )
      .toBe(true);
    await first.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => second.getByLabel('Their name').inputValue()).toBe('Dana Okafor');
    await context.close();
  });

  test('a list deleted in one tab says so in the other, which opens another list', async () => {
    const { context, page: first } = await openContext(browser);
    await first.goto('/questions/picker/');
    const list = (id: string, name: string) => ({
      id,
      name,
      minutes: 30,
      items: [],
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
    });
    await first.evaluate(([key, value]) => localStorage.setItem(key, value), [
      LISTS,
      JSON.stringify({ lists: [list('sam', 'Sam'), list('dana', 'Dana')] }),
    ] as const);
    await open(first, '/questions/picker/', 'Your list');
    const second = await context.newPage();
    await open(second, '/questions/picker/', 'Your list');
    for (const page of [first, second])
      await page.getByLabel('Your list', { exact: true }).selectOption('dana');

    await first.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect
      .poll(() =>
        second
          .getByText('“Dana” was deleted in another tab, where Undo can bring it back.')
          .isVisible(),
      )
      .toBe(true);
    await expect(second.getByLabel('Your list', { exact: true }).inputValue()).resolves.toBe('sam');
    await context.close();
  });

  test('case 1: a 3 MB unreadable value with no room for a copy is offered for download, and left alone until the reader chooses', async () => {
    const { context, page, problems } = await openContext(browser, { acceptDownloads: true });
    // About 3 MB of unreadable drafts: a copy of it does not fit in what is left of the quota.
    const size = 3 * 1024 * 1024;
    await context.addInitScript(
      ([key, length]) => {
        if (sessionStorage.getItem('seeded')) return;
        localStorage.setItem(key, `{"drafts": [${'x'.repeat(length)}`);
        sessionStorage.setItem('seeded', '1');
      },
      [DRAFTS, size] as const,
    );
    const stillThere = () =>
      page.evaluate(
        ([key, length]) => localStorage.getItem(key) === `{"drafts": [${'x'.repeat(length)}`,
        [DRAFTS, size] as const,
      );

    await open(page, '/email/', 'Their name');
    const alert = page.getByRole('alert').filter({ hasText: 'email drafts' });
    await expect(alert.textContent()).resolves.toContain(
      'There isn’t room in this browser’s storage to keep a copy, so it isn’t saved. Nothing you change here is saved yet',
    );
    await expect(
      page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes(':backup'))),
    ).resolves.toEqual([]);

    // The composer works, and what is typed does not replace the original.
    await page.getByLabel('Their name').fill('Dana Okafor');
    await expect.poll(() => page.getByLabel('Message').inputValue()).toContain('Dana Okafor');
    await expect(stillThere()).resolves.toBe(true);

    // Downloading it is the reader's choice: the file is the original, then saving resumes.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download the old data' }).click(),
    ]);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text.length).toBe(size + '{"drafts": ['.length);
    expect(text.startsWith('{"drafts": [xxx')).toBe(true);
    await page.getByText('Your email drafts are being saved again.').waitFor();
    await expect(stillThere()).resolves.toBe(false);

    await page.reload();
    await open(page, '/email/', 'Their name');
    await expect(page.getByLabel('Their name').inputValue()).resolves.toBe('Dana Okafor');
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('case 4: two tabs typing alternately and quickly in the same draft lose no keystroke', async () => {
    const { context, page: first } = await openContext(browser);
    await open(first, '/email/', 'Their name');
    const second = await context.newPage();
    await open(second, '/email/', 'Their name');
    // Both tabs have the same draft open.
    const name = (page: Page) => page.getByLabel('Their name');
    await name(first).click();
    await name(second).click();

    const fromFirst = 'abcdefghijklmnopqrstuvwx';
    const fromSecond = '0123456789ABCDEFGHIJKLMN';
    for (let index = 0; index < fromFirst.length; index += 1) {
      await first.keyboard.type(fromFirst[index] ?? '');
      await second.keyboard.type(fromSecond[index] ?? '');
    }

    const typed = [...fromFirst, ...fromSecond].sort().join('');
    const sorted = async (page: Page) => [...(await name(page).inputValue())].sort().join('');
    await expect.poll(() => sorted(first), { timeout: 10_000 }).toBe(typed);
    await expect.poll(() => sorted(second), { timeout: 10_000 }).toBe(typed);
    await expect
      .poll(() => first.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), DRAFTS))
      .toMatchObject({ drafts: [{ fields: { contactName: await name(first).inputValue() } }] });
    await context.close();
  });

  test('case 5: a question added in one tab goes into the list open in that tab, not the one another tab just opened', async () => {
    const { context, page: first } = await openContext(browser);
    await open(first, '/questions/picker/', 'Your list');
    const second = await context.newPage();
    await open(second, '/questions/picker/', 'Your list');

    // The first tab starts a new list, which opens there.
    await first.getByRole('button', { name: 'New list' }).click();
    await first.getByLabel('Name of the new list').fill('Dana at City Hospital');
    await first.keyboard.press('Enter');
    await expect
      .poll(() => first.getByLabel('Your list').locator('option:checked').textContent())
      .toContain('Dana at City Hospital');

    // The second tab still has its own list open, and its question goes there.
    await expect
      .poll(() => second.getByLabel('Your list').locator('option', { hasText: 'Dana' }).count())
      .toBe(1);
    await expect(
      second.getByLabel('Your list').locator('option:checked').textContent(),
    ).resolves.toContain('My first conversation');
    await second.getByLabel('Search the questions').fill('ordinary working day');
    await second.locator('.picker-bank-item').getByRole('button', { name: 'Add' }).first().click();

    const counts = () =>
      first.evaluate((key) => {
        const saved = JSON.parse(localStorage.getItem(key) ?? '{}') as {
          lists: { name: string; items: unknown[] }[];
        };
        return saved.lists.map((list) => `${list.name}: ${list.items.length}`);
      }, LISTS);
    await expect.poll(counts).toEqual(['My first conversation: 1', 'Dana at City Hospital: 0']);
    await expect(
      first.getByLabel('Your list').locator('option:checked').textContent(),
    ).resolves.toContain('Dana at City Hospital');

    // A reload keeps each tab on its own list.
    await second.reload();
    await open(second, '/questions/picker/', 'Your list');
    await expect(
      second.getByLabel('Your list').locator('option:checked').textContent(),
    ).resolves.toContain('My first conversation');
    await context.close();
  });
});
