import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openContext } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each chapter with a figure, and the name a screen reader gives the figure's image. */
const figures = [
  ['/guide/finding-people/', 'Hot, warm and cold contacts'],
  ['/guide/the-conversation/', 'The arc of a 30-minute conversation'],
  ['/guide/following-up/', 'The path of one contact over time'],
] as const;

/**
 * The figure's drawing: its size on the page, and the colors it comes out in: the text, the
 * muted text, the figure's background and the fills that text is drawn on (rings, bar parts).
 */
async function drawing(page: Page, name: string) {
  const image = page.getByRole('img', { name });
  const box = await image.boundingBox();
  const colors = await image.evaluate((svg) => {
    const fill = (selector: string) => {
      const element = svg.querySelector(selector);
      return element ? getComputedStyle(element).fill : undefined;
    };
    return {
      fills: [...svg.querySelectorAll('.figure-ring, .figure-part rect')].map(
        (shape) => getComputedStyle(shape).fill,
      ),
      text: fill('.figure-label') ?? '',
      muted: fill('.figure-muted'),
      background: getComputedStyle(svg.closest('figure') ?? svg).backgroundColor,
    };
  });
  return { image, box, ...colors };
}

/** Relative luminance of an "rgb(r, g, b)" color, for a contrast ratio. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
};

describe.each(figures)('the figure on %s', (path, name) => {
  test.each(['light', 'dark'] as const)(
    'in %s mode is an image with its name and a caption, its text readable on every fill',
    async (colorScheme) => {
      const { context, page } = await openContext(browser, { colorScheme });
      await page.goto(path);
      const figure = page.getByRole('figure');
      await expect.poll(() => figure.isVisible()).toBe(true);
      await expect.poll(() => figure.locator('figcaption').isVisible()).toBe(true);
      const { box, fills, text, muted, background } = await drawing(page, name);
      expect(box?.width ?? 0).toBeGreaterThan(250);
      for (const color of [text, muted].filter((value) => value !== undefined))
        expect(contrast(color, background), `${color} on ${background}`).toBeGreaterThanOrEqual(
          4.5,
        );
      for (const fill of fills)
        expect(contrast(text, fill), `${text} on ${fill}`).toBeGreaterThanOrEqual(4.5);
      await context.close();
    },
  );

  test('fits a 320-pixel phone screen and prints in light colors whatever the screen', async () => {
    const { context, page } = await openContext(browser, {
      colorScheme: 'dark',
      viewport: { width: 320, height: 640 },
    });
    await page.goto(path);
    const onPhone = await drawing(page, name);
    expect((onPhone.box?.x ?? -1) >= 0 && (onPhone.box?.width ?? 999) <= 320).toBe(true);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await drawing(page, name);
    await expect.poll(() => printed.image.isVisible()).toBe(true);
    expect(luminance(printed.text)).toBeLessThan(0.05);
    expect(luminance(printed.background)).toBeGreaterThan(0.9);
    for (const fill of printed.fills) expect(luminance(fill), fill).toBeGreaterThan(0.5);
    await context.close();
  });
});
