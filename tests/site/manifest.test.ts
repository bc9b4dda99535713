/**
 * The kit installs on a phone: every page links a web app manifest that Chromium reads without
 * errors, its icons are the sizes it claims, its colours match the page's, and Chromium finds
 * nothing standing in the way of installing it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openContext } from './support/browser';
import { DIST, htmlPages, readDist, urlPath } from './support/dist';
import { WITH_SERVICE_WORKER, waitForServiceWorker } from './support/service-worker';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  color_scheme_dark: { theme_color: string; background_color: string };
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}
const manifest = JSON.parse(readDist('manifest.webmanifest')) as Manifest;

/** Width and height of a PNG, from its header. */
function pngSize(file: string): string {
  const bytes = readFileSync(join(DIST, file));
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('the web app manifest', () => {
  test.each(htmlPages().map((file) => ({ file, path: urlPath(file) })))(
    '$path links the manifest and the home screen icon',
    ({ file }) => {
      const html = readDist(file);
      expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"\s*\/?>/);
      expect(html).toMatch(/<link rel="apple-touch-icon" href="\/icons\/apple-touch-icon\.png"/);
    },
  );

  test('opens the whole site as a standalone app, from the home page', () => {
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
    expect(manifest.name).toBe('Informational Interview Kit');
    expect(manifest.short_name.length).toBeLessThanOrEqual(15);
  });

  test('uses the colours the pages give the browser, light and dark', () => {
    const html = readDist('index.html');
    const themeColor = (scheme: string) =>
      new RegExp(
        `<meta name="theme-color" content="([^"]+)" media="\\(prefers-color-scheme: ${scheme}\\)"`,
      ).exec(html)?.[1];
    expect(manifest.theme_color).toBe(themeColor('light'));
    expect(manifest.color_scheme_dark.theme_color).toBe(themeColor('dark'));
    expect(manifest.background_color).toBe(manifest.theme_color);
    expect(manifest.color_scheme_dark.background_color).toBe(
      manifest.color_scheme_dark.theme_color,
    );
  });

  test('has icons at 192 and 512 pixels and a maskable one, each the size it says', () => {
    const sizes = (purpose: string) =>
      manifest.icons.filter((icon) => icon.purpose === purpose).map((icon) => icon.sizes);
    expect(sizes('any').sort()).toEqual(['192x192', '512x512']);
    expect(sizes('maskable')).toEqual(['512x512']);
    for (const icon of manifest.icons) {
      expect(icon.type, icon.src).toBe('image/png');
      expect(pngSize(icon.src.slice(1)), icon.src).toBe(icon.sizes);
    }
    expect(pngSize('icons/apple-touch-icon.png')).toBe('180x180');
  });

  test('Chromium reads it without errors and finds the kit installable', async () => {
    const { context, page, problems } = await openContext(browser, WITH_SERVICE_WORKER);
    const response = await page.request.get('/manifest.webmanifest');
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    await page.goto('/');
    await waitForServiceWorker(page);
    const devtools = await context.newCDPSession(page);
    const parsed = await devtools.send('Page.getAppManifest');
    expect(parsed.url).toMatch(/\/manifest\.webmanifest$/);
    expect(parsed.errors).toEqual([]);
    // Test browsers run in a private profile, which Chromium never installs apps from.
    const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
    expect(
      installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito'),
    ).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});
