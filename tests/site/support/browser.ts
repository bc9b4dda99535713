/**
 * Drives the built site in the system Chromium through playwright-core, the way a reader
 * would. Every page opened here records console errors, uncaught exceptions and any request
 * to another origin (which is blocked), so each test can assert there were none.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS, chromePath } from '../../../scripts/chromium.mjs';

/** The address of the site under test. */
export const baseURL = () => inject('baseURL');

/** Starts a headless Chromium with the network quiet (no background calls home). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROMIUM_FLAGS });
}

/** What went wrong on a page while a test used it. */
export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * A page in a fresh context (own storage), watching for problems. The offline service worker
 * is blocked unless the options allow it (`serviceWorkers: 'allow'`): it downloads the whole
 * site into every fresh context, which only the tests of pages, offline use and updates need.
 */
export async function openContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    baseURL: baseURL(),
    serviceWorkers: 'block',
    ...options,
  });
  const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
  const origin = new URL(options.baseURL ?? baseURL()).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin)
      return route.continue();
    problems.foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  watch(page, problems);
  context.on('page', (other) => watch(other, problems));
  return { context, page, problems };
}

function watch(page: Page, problems: PageProblems) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`${page.url()}: ${error.message}`));
}

/**
 * Holds back the scripts whose address matches `pattern` until the returned function is called,
 * as a slow phone network would, so a test can use the server's page before an island runs.
 */
export async function holdScripts(page: Page, pattern: string): Promise<() => void> {
  const held = Promise.withResolvers<void>();
  await page.route(pattern, async (route) => {
    await held.promise;
    await route.continue();
  });
  return held.resolve;
}

/** Waits until every island on the page has hydrated. */
export async function waitForIslands(page: Page) {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

/** Presses Tab until the element matching the locator has focus; fails after `limit` presses. */
export async function tabTo(page: Page, isTarget: () => Promise<boolean>, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await isTarget()) return;
  }
  throw new Error(`focus never reached the target after ${limit} presses of Tab`);
}
