import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openContext } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('moving through the guide', () => {
  test('a reader goes from the home page through every step with Next, then back with Previous', async () => {
    const { context, page, problems } = await openContext(browser);
    await page.goto('/');
    await page.getByRole('link', { name: 'Start the guide' }).click();
    await page.waitForURL('**/guide/*/');

    const steps = page.getByRole('navigation', { name: 'Steps' });
    const visited: string[] = [];
    for (;;) {
      const heading = await page.getByRole('heading', { level: 1 }).textContent();
      const eyebrow = await page.getByText(/^Step \d+ of \d+$/).textContent();
      visited.push(`${eyebrow}: ${heading}`);
      const next = steps.getByRole('link', { name: /^Next step/ });
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForLoadState();
    }
    const total = Number(/of (\d+)/.exec(visited[0] ?? '')?.[1]);
    expect(visited).toHaveLength(total);
    visited.forEach((entry, index) =>
      expect(entry).toMatch(new RegExp(`^Step ${index + 1} of ${total}:`)),
    );

    // The last step hands over to practice; going back retraces the path.
    await expect(
      steps.getByRole('link', { name: /Practice the conversation/ }).count(),
    ).resolves.toBe(1);
    for (let index = visited.length - 2; index >= 0; index -= 1) {
      await steps.getByRole('link', { name: /^Previous step/ }).click();
      await page.waitForLoadState();
      const heading = await page.getByRole('heading', { level: 1 }).textContent();
      expect(visited[index]).toContain(heading ?? 'missing');
    }
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('the table of contents jumps to each section of a chapter', async () => {
    const { context, page } = await openContext(browser);
    await page.goto('/guide/');
    await page.getByRole('main').getByRole('link').first().click();
    await page.waitForURL('**/guide/*/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const links = toc.getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThan(1);
    const last = links.nth(count - 1);
    const target = (await last.getAttribute('href')) ?? '';
    await last.click();
    await expect(page.evaluate(() => window.location.hash)).resolves.toBe(target);
    await expect.poll(() => page.locator(target).isVisible()).toBe(true);
    await context.close();
  });

  test('the guide index lists every step in order', async () => {
    const { context, page } = await openContext(browser);
    await page.goto('/guide/');
    const titles = await page
      .getByRole('main')
      .getByRole('listitem')
      .getByRole('heading')
      .allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(2);
    // Walk the chapters in link order and check the "Step n" each one reports.
    for (const [index, title] of titles.entries()) {
      await page.goto('/guide/');
      await page.getByRole('link', { name: title, exact: true }).click();
      await expect(page.getByText(/^Step \d+ of \d+$/).textContent()).resolves.toMatch(
        new RegExp(`^Step ${index + 1} `),
      );
    }
    await context.close();
  });
});
