/**
 * The kit with no network, after one visit: the service worker has precached the site, so every
 * page, search and each tool work offline, and so does a reload. A page that was never built
 * gets the site's 404 page rather than the browser's error.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openContext, waitForIslands } from './support/browser';
import { htmlPages, readDist, urlPath } from './support/dist';
import { WITH_SERVICE_WORKER, waitForServiceWorker } from './support/service-worker';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A chapter's title and the longest word in it, which a search for must find. */
function chapterToFind(): { title: string; word: string } {
  const file = htmlPages().find((name) => /^guide\/[^/]+\/index\.html$/.test(name)) ?? '';
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(readDist(file))?.[1]?.trim() ?? '';
  const word = [...(title.match(/[A-Za-z]+/g) ?? [])].sort((a, b) => b.length - a.length)[0];
  if (!word) throw new Error(`no word to search for in the chapter title "${title}"`);
  return { title, word };
}

/** The first question of the bank, which the picker shows first. */
function firstQuestion(): string {
  const { questions } = JSON.parse(readDist('questions/bank.json')) as {
    questions: { text: string }[];
  };
  const text = questions[0]?.text;
  if (!text) throw new Error('the bank has no questions');
  return text;
}

describe('offline after one visit', () => {
  test('every page, search and each tool work with no network, and so does a reload', async () => {
    const { context, page, problems } = await openContext(browser, WITH_SERVICE_WORKER);
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);

    // Every built page, each answered by the worker.
    for (const path of htmlPages().map(urlPath)) {
      const response = await page.goto(path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect.poll(() => page.locator('h1').isVisible(), { message: path }).toBe(true);
    }

    // A page that was never built: the site's own 404 page, not the browser's error.
    await page.goto('/guide/no-such-chapter/');
    await expect(page.locator('h1').textContent()).resolves.toBe('We can’t find that page');
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);

    // An address typed or bookmarked without its last slash goes on to its page, as online.
    const chapter = htmlPages()
      .map(urlPath)
      .find((path) => /^\/guide\/[^/]+\/$/.test(path));
    expect(chapter).toBeDefined();
    await page.goto(chapter!.slice(0, -1));
    await expect.poll(() => new URL(page.url()).pathname).toBe(chapter);
    await expect(page.locator('h1').textContent()).resolves.not.toBe('We can’t find that page');

    // Search, from the header's dialog (its script loads on demand, from the cache).
    const { title, word } = chapterToFind();
    await page.goto('/guide/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
    await page.keyboard.type(word);
    const results = dialog.locator('pagefind-results a, .pf-result-link');
    await expect
      .poll(async () => (await results.allTextContents()).map((text) => text.trim()), {
        timeout: 15_000,
      })
      .toContain(title);
    await page.keyboard.press('Escape');

    // The picker: add the first question of the bank to the list.
    const question = firstQuestion();
    await page.goto('/questions/picker/');
    await waitForIslands(page);
    await page.getByLabel('Search the questions').fill(question);
    await page
      .locator('.picker-bank-item', { hasText: question })
      .getByRole('button', { name: 'Add' })
      .click();
    const listTexts = () => page.locator('.picker-mine .picker-item-text').allTextContents();
    await expect.poll(listTexts).toEqual([question]);

    // The composer: type into the message.
    await page.goto('/email/');
    await waitForIslands(page);
    const message = page.getByLabel('Message');
    await message.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Typed with no network.');
    await expect(message.inputValue()).resolves.toContain('Typed with no network.');

    // The drill: show a card's answer and rate it.
    await page.goto('/practice/');
    await waitForIslands(page);
    await page.getByRole('button', { name: /Show the answer/ }).click();
    await page
      .getByRole('group', { name: 'How well did you know it?' })
      .getByRole('button', { name: /^Good/ })
      .click();
    const reviewed = () => page.locator('[data-stat="reviewed"]').textContent();
    await expect.poll(reviewed).toBe('1');

    // Conversations: add a person (their page loads on demand, from the cache).
    await page.goto('/conversations/');
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Add your first person' }).click();
    await page.getByLabel('Their name', { exact: true }).fill('Alex Chen');
    await page.getByRole('main').getByRole('button', { name: 'Add a person' }).click();
    await page.getByRole('heading', { name: 'Alex Chen', level: 2 }).waitFor();

    // A reload of each tool, still offline, shows what was done.
    await page.goto('/conversations/');
    await waitForIslands(page);
    await page.getByRole('link', { name: 'Alex Chen' }).waitFor();
    await page.goto('/practice/');
    await waitForIslands(page);
    await expect.poll(reviewed).toBe('1');
    await page.goto('/email/');
    await waitForIslands(page);
    await expect(page.getByLabel('Message').inputValue()).resolves.toContain(
      'Typed with no network.',
    );
    await page.goto('/questions/picker/');
    await waitForIslands(page);
    await expect.poll(listTexts).toEqual([question]);

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });
});
