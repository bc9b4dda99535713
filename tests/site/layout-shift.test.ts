/**
 * The tool pages do not jump while they load (CLS 0): the server renders each island's first
 * state and holds room for what is fetched, so nothing on screen moves when the scripts, the
 * bank or the cards arrive. Measured in Chromium with the Layout Instability API, at phone and
 * desktop widths, on a first visit.
 */
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

/** Every layout shift not caused by the reader's input, as the page reports them. */
async function layoutShifts(page: Page, path: string, ready: string) {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((source) =>
            source.node instanceof Element
              ? `${source.node.tagName.toLowerCase()}.${source.node.className}`
              : String(source.node?.nodeName),
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path);
  await waitForIslands(page);
  await page.locator(ready).first().waitFor();
  // Let late work (fonts, fetched data, a second render) land before reading.
  await page.waitForTimeout(800);
  return page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts);
}

const pages = [
  { path: '/questions/picker/', ready: '.picker-bank-item' },
  { path: '/email/', ready: '.check-list .check' },
  { path: '/practice/', ready: '.flashcard' },
  { path: '/practice/#mock', ready: '.mock-setup' },
  { path: '/conversations/', ready: '.people-empty' },
  { path: '/privacy/', ready: '.your-data .privacy-part' },
];

describe('no layout shift while a tool page loads', () => {
  for (const viewport of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1280, height: 800 },
  ]) {
    test.each(pages)(`$path on a ${viewport.name}`, async ({ path, ready }) => {
      const { context, page } = await openContext(browser, { viewport });
      expect(await layoutShifts(page, path, ready)).toEqual([]);
      await context.close();
    });
  }
});
