import type { Browser, Locator } from 'playwright-core';
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
      await expect
        .poll(() => page.getByRole('navigation', { name: 'Main' }).isVisible())
        .toBe(true);
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
    await expect.poll(() => skip.isVisible()).toBe(true);
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

  test('the footer’s site map is a page for readers that links to every page; robots.txt names the XML sitemap', async () => {
    const { context, page } = await openContext(browser);
    await page.goto('/guide/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Site map' }).click();
    await page.waitForURL('**/sitemap/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Site map');
    const linked = new Set(
      await page
        .getByRole('main')
        .getByRole('link')
        .evaluateAll((links) =>
          links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
        ),
    );
    const everyPage = pages.filter((path) => !['/404.html', '/sitemap/'].includes(path));
    expect(everyPage.filter((path) => !linked.has(path))).toEqual([]);

    const robots = await page.request.get('/robots.txt');
    const sitemap = /^Sitemap: (\S+)$/m.exec(await robots.text())?.[1] ?? '';
    expect(new URL(sitemap).pathname).toBe('/sitemap-index.xml');
    const xml = await page.request.get('/sitemap-index.xml');
    expect(xml.ok()).toBe(true);
    await expect(xml.text()).resolves.toContain('<sitemapindex');
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
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await context.close();
  });

  test.each(['/email/', '/questions/picker/', '/practice/', '/search/'])(
    'with JavaScript off, %s says what needs it and links to what works without it',
    async (path) => {
      const { context, page } = await openContext(browser, { javaScriptEnabled: false });
      await page.goto(path);
      const notice = page.getByRole('main').getByText(/needs JavaScript/);
      await expect.poll(() => notice.isVisible()).toBe(true);
      await expect.poll(() => notice.getByRole('link').first().isVisible()).toBe(true);
      await context.close();
    },
  );

  test('a chapter prints in one column as wide as the page, without its table of contents', async () => {
    const { context, page } = await openContext(browser, {
      viewport: { width: 1280, height: 800 },
    });
    const chapter = pages.find((path) => /^\/guide\/.+\//.test(path)) ?? '/guide/';
    await page.goto(chapter);
    await expect
      .poll(() => page.getByRole('navigation', { name: 'On this page' }).isVisible())
      .toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'On this page' }).isVisible()).resolves.toBe(
      false,
    );
    const widthOf = async (locator: Locator) => (await locator.boundingBox())?.width ?? 0;
    const main = await widthOf(page.getByRole('main'));
    const article = await widthOf(page.getByRole('main').getByRole('article'));
    const tools = await widthOf(page.getByRole('region', { name: 'Practice this step' }));
    expect(article).toBeGreaterThan(main * 0.95);
    expect(tools).toBeGreaterThan(main * 0.95);
    await context.close();
  });
});
