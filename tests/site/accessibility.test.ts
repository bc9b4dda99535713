import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openContext, waitForIslands } from './support/browser';
import { htmlPages, urlPath } from './support/dist';

/** WCAG 2.2 level A and AA, and the earlier versions they include. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Axe's violations on the page as it is now, one line each. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
}

const pages = htmlPages().map(urlPath);

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
  test.each(pages)('axe finds nothing on %s', async (path) => {
    const { context, page } = await openContext(browser, { colorScheme });
    await page.goto(path, { waitUntil: 'networkidle' });
    await waitForIslands(page);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test('axe finds nothing in the open search dialog with results', async () => {
    const { context, page } = await openContext(browser, { colorScheme });
    await page.goto('/guide/', { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.type('questions');
    await dialog.locator('pagefind-results a').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test('axe finds nothing on the search page with results and every filter open', async () => {
    const { context, page } = await openContext(browser, { colorScheme });
    await page.goto('/search/?q=advice', { waitUntil: 'networkidle' });
    const main = page.getByRole('main');
    await main.locator('pagefind-results a').first().waitFor();
    const filters = main.getByRole('complementary', { name: 'Filters' });
    for (const name of ['Phase', 'Section', 'Topic']) {
      const group = filters.locator('details', { has: page.getByText(name, { exact: true }) });
      if (!(await group.evaluate((details: HTMLDetailsElement) => details.open)))
        await group.locator('summary').click();
      await expect.poll(() => group.getByRole('checkbox').first().isVisible()).toBe(true);
    }
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
