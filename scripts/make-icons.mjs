// Draws the app icons listed in src/data/web-app.ts from the one drawing we keep,
// public/favicon.svg, by rendering it in headless Chromium (the browser the tests use):
// - "any" icons are the favicon as drawn, with its rounded corners left transparent;
// - "maskable" icons fill the whole square with the tile's colour and shrink the mark to sit
//   inside the middle 80%, the part a phone keeps whatever shape it cuts.
// Run `npm run icons` after changing the favicon, and commit the PNGs in public/icons/.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { APP_ICONS } from '../src/data/web-app.ts';

/** How much of the maskable square the mark may take, around its centre. */
const MASKABLE_MARK_SCALE = 0.8;

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const icon of APP_ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
    );
    await page.evaluate(
      ({ size, maskable, scale }) => {
        const drawing = document.querySelector('svg');
        if (!drawing) throw new Error('public/favicon.svg has no <svg> element');
        drawing.setAttribute('width', String(size));
        drawing.setAttribute('height', String(size));
        drawing.style.display = 'block';
        if (!maskable) return;
        // The first element is the coloured tile: square it off and shrink the rest into it.
        const tile = drawing.firstElementChild;
        if (!tile) throw new Error('public/favicon.svg has no tile to fill the icon with');
        tile.removeAttribute('rx');
        const { x, y, width, height } = drawing.viewBox.baseVal;
        const [cx, cy] = [x + width / 2, y + height / 2];
        const mark = document.createElementNS('http://www.w3.org/2000/svg', 'g');
        mark.setAttribute(
          'transform',
          `translate(${cx} ${cy}) scale(${scale}) translate(${-cx} ${-cy})`,
        );
        mark.append(...[...drawing.children].slice(1));
        drawing.append(mark);
      },
      { size: icon.size, maskable: icon.purpose === 'maskable', scale: MASKABLE_MARK_SCALE },
    );
    const path = join('public', icon.src);
    await mkdir(dirname(path), { recursive: true });
    await page.locator('svg').screenshot({ path, omitBackground: true });
    console.log(`wrote ${path} (${icon.size}×${icon.size}, ${icon.purpose})`);
  }
} finally {
  await browser.close();
}
