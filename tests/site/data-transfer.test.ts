/**
 * Moving all the reader's data, in Chromium on the built site: fill every tool, download all
 * the data, clear the browser, bring the file back, and find every tool as it was; then a
 * damaged file, which gets its message and changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
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

/** Every tool's saved value, by key, without the write stamps. */
const savedValues = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => /^iik:[a-z-]+:v\d+$/.test(key))
        .sort()
        .map((key) => {
          const { $sync: _stamp, ...value } = JSON.parse(localStorage.getItem(key) ?? '{}');
          return [key, value];
        }),
    ),
  );

async function open(page: Page, path: string) {
  await page.goto(path);
  await waitForIslands(page);
}

/** Makes something in every tool, the way a reader would. */
async function fillEveryTool(page: Page) {
  await open(page, '/questions/picker/');
  await page.getByRole('button', { name: 'Suggest a starter set' }).click();
  await page.getByLabel('Your question').fill('How did you find your first role in this field?');
  await page.getByRole('button', { name: 'Add my question' }).click();
  await page.getByText('Added your question').waitFor();

  await open(page, '/email/');
  await page.getByLabel('Their name').fill('Dana Okafor');
  await expect.poll(() => page.getByLabel('Message').inputValue()).toContain('Dana Okafor');

  await open(page, '/practice/');
  await page.locator('.flashcard').waitFor();
  await page.getByRole('button', { name: 'Show the answer' }).click();
  await page.keyboard.press('3');
  await page.getByText(/^Rated Good\./).waitFor();

  await page.getByRole('tab', { name: 'Mock conversation' }).click();
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.getByRole('button', { name: 'End early' }).click();
  await page.locator('#debrief-learned').fill('Hospital pharmacy hires in spring.');
  await page.getByRole('button', { name: 'Save the debrief' }).click();
  await page.getByRole('heading', { name: 'Your debriefs' }).waitFor();

  await open(page, '/conversations/');
  await page.getByRole('button', { name: 'Add your first person' }).click();
  await page.getByLabel('Their name', { exact: true }).fill('Alex Chen');
  await page.getByLabel('Their organization').fill('Riverside Transit');
  await page.getByRole('main').getByRole('button', { name: 'Add a person' }).click();
  await page.getByRole('heading', { name: 'Alex Chen', level: 2 }).waitFor();
}

/** Downloads all the data from the privacy page; returns the file's path and text. */
async function downloadAll(page: Page) {
  await open(page, '/privacy/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('main').getByRole('button', { name: 'Download all my data' }).click(),
  ]);
  const path = join(tmpdir(), `iik-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { path, name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('moving all the data', () => {
  test('fill every tool, download, clear the browser, import: every tool holds what it did', async () => {
    const { context, page, problems } = await openContext(browser, { acceptDownloads: true });
    await fillEveryTool(page);
    const before = await savedValues(page);
    expect(Object.keys(before)).toEqual([
      'iik:email-drafts:v1',
      'iik:mock-runs:v1',
      'iik:people:v1',
      'iik:question-lists:v1',
      'iik:reviews:v2',
    ]);

    const file = await downloadAll(page);
    expect(file.name).toMatch(/^interview-kit-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({
      format: 'informational-interview-kit',
      formatVersion: 1,
    });

    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await open(page, '/privacy/');
    await expect.poll(() => page.getByText('nothing saved').count()).toBe(5);

    await page.getByLabel('Choose a data file').setInputFiles(file.path);
    const preview = page.getByRole('group', { name: 'What this file would change' });
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain('adds 1 debrief');
    await preview.getByRole('button', { name: 'Merge into my data' }).click();
    await page.getByText(/^Merged .* into your data/).waitFor();
    expect(await savedValues(page)).toEqual(before);

    // And each tool shows it.
    await open(page, '/email/');
    await expect(page.getByLabel('Their name').inputValue()).resolves.toBe('Dana Okafor');
    await open(page, '/questions/picker/');
    await page
      .locator('.picker-item-text', { hasText: 'How did you find your first role in this field?' })
      .waitFor();
    await open(page, '/practice/');
    await page.getByRole('tab', { name: 'Mock conversation' }).click();
    await page.getByText('Hospital pharmacy hires in spring.').waitFor();
    await open(page, '/conversations/');
    await page.getByRole('link', { name: /Alex Chen/ }).waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test.each(['/questions/picker/', '/email/', '/practice/', '/conversations/'])(
    '%s offers "Download all my data", fetching the export code only when it is pressed',
    async (path) => {
      const { context, page } = await openContext(browser, { acceptDownloads: true });
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await open(page, path);
      const footer = page.getByRole('complementary', { name: 'Your data' });
      await footer.getByRole('link', { name: 'privacy page' }).waitFor();
      const exportCode = (name: string) => /\/data-transfer\.[\w-]+\.js$/.test(name);
      expect(scripts.filter(exportCode)).toEqual([]);
      const button = footer.getByRole('button', { name: 'Download all my data' });
      await button.focus();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ]);
      expect(download.suggestedFilename()).toMatch(/^interview-kit-data-\d{4}-\d{2}-\d{2}\.json$/);
      expect(scripts.filter(exportCode)).toHaveLength(1);
      await expect
        .poll(() => footer.getByRole('status').textContent())
        .toBe(`Downloaded ${download.suggestedFilename()}.`);
      // Focus stays on the button while the file is made, so the next Tab goes on from it.
      expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
      await context.close();
    },
  );

  test('a damaged file gets a clear message, and nothing changes', async () => {
    const { context, page } = await openContext(browser, { acceptDownloads: true });
    await open(page, '/email/');
    await page.getByLabel('Their name').fill('Dana Okafor');
    const file = await downloadAll(page);
    const before = await savedValues(page);

    const damaged = join(tmpdir(), `iik-${Date.now()}-damaged.json`);
    writeFileSync(damaged, file.text.slice(0, Math.floor(file.text.length / 2)));
    await page.getByLabel('Choose a data file').setInputFiles(damaged);
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'That file is damaged: it was cut short or changed, so it cannot be read. Nothing was changed.',
    );
    await expect(
      page.getByRole('group', { name: 'What this file would change' }).count(),
    ).resolves.toBe(0);
    expect(await savedValues(page)).toEqual(before);

    const notOurs = join(tmpdir(), `iik-${Date.now()}-notes.txt`);
    writeFileSync(notOurs, 'Questions to ask Dana on Friday');
    await page.getByLabel('Choose a data file').setInputFiles(notOurs);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('That file isn’t a data file from this site.');
    expect(await savedValues(page)).toEqual(before);
    await context.close();
  });

  test.each(['light', 'dark'] as const)(
    'axe finds nothing on the privacy page with an import preview, a kept copy and a question open, in %s mode',
    async (colorScheme) => {
      const { context, page } = await openContext(browser, { colorScheme, acceptDownloads: true });
      await open(page, '/email/');
      await page.getByLabel('Their name').fill('Dana Okafor');
      await page.evaluate(() =>
        localStorage.setItem('iik:question-lists:v1:backup:2026-11-02T10:00:00.000Z', '{oops'),
      );
      const file = await downloadAll(page);
      await page.getByLabel('Choose a data file').setInputFiles(file.path);
      const preview = page.getByRole('group', { name: 'What this file would change' });
      await preview.getByRole('button', { name: 'Replace my data' }).click();
      await page.getByRole('button', { name: 'Download a copy and replace' }).waitFor();
      await page.getByRole('button', { name: 'Delete all my data' }).click();
      await page.getByRole('button', { name: 'Delete everything' }).waitFor();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      await context.close();
    },
  );
});
