/**
 * A new version deployed while the kit is open: the page says so and offers Reload, and nothing
 * reloads until the reader presses it, least of all a tab where someone is typing. Each test
 * serves its own copy of the built site and deploys a second build of it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { launchBrowser, openContext, waitForIslands } from './support/browser';
import {
  WITH_SERVICE_WORKER,
  deployableSite,
  waitForServiceWorker,
  type DeployableSite,
} from './support/service-worker';

let browser: Browser;
let site: DeployableSite;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  site = await deployableSite();
});
afterEach(async () => {
  await site.close();
});

const NOTICE_TEXT = 'A new version is ready.';

/** The notice's live region. */
const status = (page: Page) => page.getByRole('status').filter({ hasText: NOTICE_TEXT });

/** Marks the page's document, so a test can tell whether it was reloaded since. */
const markDocument = (page: Page) =>
  page.evaluate(() => {
    (window as { testMark?: boolean }).testMark = true;
  });
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as { testMark?: boolean }).testMark === true);

/** Opens a page of the copy, clock in the test's hands, and waits for the worker. */
async function openSitePage(page: Page, path: string) {
  await page.clock.install();
  await page.goto(path);
  await waitForServiceWorker(page);
}

/**
 * Deploys a new version and brings the reader back to the tab an hour later, when the page
 * asks the server again.
 */
async function deployAndReturn(page: Page) {
  await site.deployNewVersion('second build');
  await page.clock.fastForward('01:00:00');
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

describe('the update notice', () => {
  test('says a new version is ready in every tab, and only the tab whose Reload is pressed reloads', async () => {
    const {
      context,
      page: writing,
      problems,
    } = await openContext(browser, {
      ...WITH_SERVICE_WORKER,
      baseURL: site.url,
    });
    await openSitePage(writing, '/email/');
    await waitForIslands(writing);
    const message = writing.getByLabel('Message');
    await message.click();
    await writing.keyboard.press('Control+End');
    await writing.keyboard.type(' Still typing');
    await markDocument(writing);
    await expect(status(writing).count()).resolves.toBe(0);

    const reading = await context.newPage();
    await openSitePage(reading, '/guide/');
    await markDocument(reading);

    await deployAndReturn(reading);
    await status(reading).waitFor();
    await status(writing).waitFor();

    // The tab being typed in keeps its text, its focus and its document, and typing goes on.
    await writing.waitForTimeout(1000);
    expect(await sameDocument(writing)).toBe(true);
    expect(await message.evaluate((element) => element === document.activeElement)).toBe(true);
    await writing.keyboard.type(' and more.');
    await expect(message.inputValue()).resolves.toMatch(/ Still typing and more\.$/);

    // Keyboard: the notice comes right after the skip link; Enter on Reload reloads that tab.
    await reading.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await reading.keyboard.press('Tab');
    await reading.keyboard.press('Tab');
    const focusedName = () => reading.evaluate(() => document.activeElement?.textContent?.trim());
    await expect(focusedName()).resolves.toBe('Reload');
    await Promise.all([reading.waitForEvent('load'), reading.keyboard.press('Enter')]);
    expect(await sameDocument(reading)).toBe(false);
    await expect(status(reading).count()).resolves.toBe(0);
    const privacy = await reading.evaluate(() => fetch('/privacy/').then((r) => r.text()));
    expect(privacy).toContain('<!-- second build -->');

    // The other tab was taken over by the new version but not reloaded, and still offers it.
    await writing.waitForTimeout(1000);
    expect(await sameDocument(writing)).toBe(true);
    await expect.poll(() => status(writing).isVisible()).toBe(true);
    await Promise.all([
      writing.waitForEvent('load'),
      writing.getByRole('button', { name: 'Reload' }).click(),
    ]);
    expect(await sameDocument(writing)).toBe(false);
    await waitForIslands(writing);
    await expect(writing.getByLabel('Message').inputValue()).resolves.toMatch(
      / Still typing and more\.$/,
    );

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test('Not now puts the notice away and gives focus back; axe finds nothing on it, light or dark', async () => {
    const { context, page } = await openContext(browser, {
      ...WITH_SERVICE_WORKER,
      baseURL: site.url,
      viewport: { width: 390, height: 844 },
    });
    await openSitePage(page, '/');
    await markDocument(page);
    await deployAndReturn(page);
    await status(page).waitFor();

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }

    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    await skipLink.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Not now',
    );
    await page.keyboard.press('Enter');
    await expect(status(page).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Reload' }).count()).resolves.toBe(0);
    await expect(skipLink.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    expect(await sameDocument(page)).toBe(true);
    await context.close();
  });
});
