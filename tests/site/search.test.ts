import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openContext } from './support/browser';
import { htmlPages, readDist } from './support/dist';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');

/** A chapter and a word from its body that no other chapter uses, so only it should match. */
function chapterWithUniqueWord(): { title: string; word: string } {
  const chapters = htmlPages()
    .filter((file) => /^guide\/[^/]+\/index\.html$/.test(file))
    .map((file) => {
      const html = readDist(file);
      const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]?.trim() ?? '';
      const body = /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
      const words = new Set(textOf(body).toLowerCase().match(/\b[a-z]{7,}\b/g) ?? []);
      return { title, words };
    });
  for (const chapter of chapters) {
    const others = new Set(chapters.filter((other) => other !== chapter).flatMap((other) => [...other.words]));
    const word = [...chapter.words].find((candidate) => !others.has(candidate) && !chapter.title.toLowerCase().includes(candidate));
    if (word) return { title: chapter.title, word };
  }
  throw new Error('no chapter has a word of its own to search for');
}

async function resultTitles(page: Page, scope = page.locator('body')) {
  const links = scope.locator('pagefind-results a, .pf-result-link');
  await links.first().waitFor();
  await page.waitForFunction(() => !document.querySelector('pagefind-results .pf-skeleton'));
  return links.allTextContents();
}

describe('searching the site', () => {
  test('pressing "/" opens the search dialog, which finds a chapter by a word from its body', async () => {
    const { title, word } = chapterWithUniqueWord();
    const { context, page, problems } = await openContext(browser);
    await page.goto('/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const input = dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).or(dialog.getByRole('combobox')).first();
    await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
    await page.keyboard.type(word);
    await expect.poll(async () => (await resultTitles(page, dialog)).map((t) => t.trim()), { timeout: 10_000 }).toContain(title);
    await expect(input.inputValue()).resolves.toBe(word);
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test('Ctrl+K opens the same dialog, and the header control does too', async () => {
    const { context, page } = await openContext(browser);
    await page.goto('/guide/');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('dialog').waitFor();
    await context.close();
  });

  test('guide pages load no search or framework code until the reader opens search', async () => {
    const { context, page } = await openContext(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const chapter = htmlPages().find((file) => /^guide\/[^/]+\/index\.html$/.test(file)) ?? '';
    await page.goto(`/${chapter.replace('index.html', '')}`, { waitUntil: 'networkidle' });
    expect(scripts.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(scripts.some((path) => /preact|client\./.test(path))).toBe(false);
    await page.keyboard.press('/');
    await page.getByRole('dialog').waitFor();
    expect(scripts).toContain('/pagefind/pagefind-component-ui.js');
    await context.close();
  });

  test('the search page runs the search in ?q= and offers a section filter', async () => {
    const { title, word } = chapterWithUniqueWord();
    const { context, page, problems } = await openContext(browser);
    await page.goto(`/search/?q=${encodeURIComponent(word)}`);
    const main = page.getByRole('main');
    await expect.poll(async () => (await resultTitles(page, main)).map((t) => t.trim()), { timeout: 10_000 }).toContain(title);
    await expect(main.getByText(/section/i).first().isVisible()).resolves.toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('typing on the search page keeps the address in step, so the search can be shared', async () => {
    const { word } = chapterWithUniqueWord();
    const { context, page } = await openContext(browser);
    await page.goto('/search/');
    const input = page.getByRole('main').locator('pagefind-input input');
    await input.click();
    await page.keyboard.type(word);
    await expect.poll(() => new URL(page.url()).searchParams.get("q"), { timeout: 10_000 }).toBe(word);
    await context.close();
  });
});
