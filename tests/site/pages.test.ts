import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openContext } from './support/browser';
import { htmlPages, urlPath } from './support/dist';
import { WITH_SERVICE_WORKER } from './support/service-worker';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pages = htmlPages().map(urlPath);

describe('every built page', () => {
  test('the site has the pages a reader expects', () => {
    for (const path of ['/', '/guide/', '/questions/', '/search/', '/privacy/', '/404.html']) {
      expect(pages).toContain(path);
    }
    expect(
      pages.filter((path) => path.startsWith('/guide/') && path !== '/guide/').length,
    ).toBeGreaterThanOrEqual(2);
  });

  test.each(pages)(
    '%s loads with one h1, landmarks and no errors or outside requests, with the worker on',
    async (path) => {
      const { context, page, problems } = await openContext(browser, WITH_SERVICE_WORKER);
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.ok()).toBe(true);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      await expect(page.getByRole('main').count()).resolves.toBe(1);
      await expect(page.getByRole('banner').count()).resolves.toBe(1);
      await expect(page.getByRole('contentinfo').count()).resolves.toBe(1);
      await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true);
      expect(await page.title()).not.toBe('');
      await expect
        .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())))
        .toBe(true);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await context.close();
    },
  );
});

describe('the frame around every page', () => {
  test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const { context, page } = await openContext(browser);
    await page.goto('/guide/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await expect(skip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });

  test('the footer promises that nothing leaves the browser, and links to the privacy page', async () => {
    const { context, page } = await openContext(browser);
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    await expect(footer.textContent()).resolves.toContain(
      'Nothing you type here leaves your browser',
    );
    await footer.getByRole('link', { name: 'Privacy' }).click();
    await page.waitForURL('**/privacy/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Privacy');
    await context.close();
  });

  test('the navigation marks the section the reader is in', async () => {
    const { context, page } = await openContext(browser);
    await page.goto('/guide/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(
      nav.getByRole('link', { name: 'Guide' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await context.close();
  });

  test('a phone-sized screen (320 px) never scrolls sideways', async () => {
    const { context, page } = await openContext(browser, { viewport: { width: 320, height: 640 } });
    for (const path of pages) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  test('printing a chapter prints the content without the header, navigation or footer', async () => {
    const { context, page } = await openContext(browser);
    const chapter = pages.find((path) => /^\/guide\/.+\//.test(path)) ?? '/guide/';
    await page.goto(chapter);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('contentinfo').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Steps' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
