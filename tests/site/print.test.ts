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

/** Relative luminance of an "rgb(r, g, b)" color. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('printing a chapter from a screen in dark mode', () => {
  test('prints dark text on light paper, the Sources differ notes included, without the contents box', async () => {
    const { context, page } = await openContext(browser, { colorScheme: 'dark' });
    await page.goto('/guide/following-up/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const note = page.getByRole('complementary', { name: /^Sources differ/ }).first();
    await expect.poll(() => note.isVisible()).toBe(true);
    const colors = await note.evaluate((element) => ({
      background: getComputedStyle(element).backgroundColor,
      text: getComputedStyle(element).color,
    }));
    expect(luminance(colors.background)).toBeGreaterThan(0.8);
    expect(luminance(colors.text)).toBeLessThan(0.05);
    await expect(page.getByRole('navigation', { name: 'On this page' }).isVisible()).resolves.toBe(
      false,
    );
    await context.close();
  });
});
