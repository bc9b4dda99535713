// Times search the way a reader meets it: in Chromium against the built site, a word typed at
// 120 ms a key, from the last keystroke until the results for the whole word are on the page.
// Four cases: the search page and the header's dialog (opened with "/" on a chapter), each for
// the first search after the page loads (the index loads while the reader types) and for a
// second word in the same page. Every round runs in a fresh browser context, so nothing is
// cached between rounds. Run by `npm run bench` (after the build); the goal is 100 ms.
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromePath } from '../chromium.mjs';
import { serveDist } from '../serve-dist.mjs';

const ROUNDS = 5;
const KEY_DELAY_MS = 120;
/** Words with results in both the guide and the bank; the second of each pair follows the first. */
const WORDS = [
  ['thank', 'referral'],
  ['advice', 'salary'],
  ['career', 'email'],
];

/**
 * @param {number[]} values
 * @param {number} p a percentile from 0 to 100
 */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/**
 * Types `word` into the focused search box and returns the milliseconds from its last keydown
 * until the summary names the whole word and the first result's link is shown.
 * @param {import('playwright-core').Page} page
 * @param {string} scope CSS selector of the search UI (the page's main, or the dialog)
 * @param {string} word
 */
async function timeSearch(page, scope, word) {
  await page.evaluate(
    ({ scope, word }) => {
      const timing = { lastKey: 0, answered: 0 };
      Object.assign(window, { __searchTiming: timing });
      const onKey = () => {
        timing.lastKey = performance.now();
      };
      document.addEventListener('keydown', onKey, true);
      const root = document.querySelector(scope);
      if (!root) throw new Error(`no ${scope} on the page`);
      const answered = () => {
        const summary = root.querySelector('.pf-summary')?.textContent?.trim() ?? '';
        return (
          summary.endsWith(` for ${word}`) &&
          root.querySelector('.pf-results[aria-busy="false"] .pf-result-link') !== null
        );
      };
      const observer = new MutationObserver(() => {
        if (!answered()) return;
        timing.answered = performance.now();
        observer.disconnect();
        document.removeEventListener('keydown', onKey, true);
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true });
    },
    { scope, word },
  );
  await page.keyboard.type(word, { delay: KEY_DELAY_MS });
  const handle = await page.waitForFunction(
    () => {
      const { answered, lastKey } =
        /** @type {{ __searchTiming: { lastKey: number, answered: number } }} */ (
          /** @type {unknown} */ (window)
        ).__searchTiming;
      return answered > 0 ? answered - lastKey : undefined;
    },
    undefined,
    { timeout: 15_000 },
  );
  return /** @type {number} */ (await handle.jsonValue());
}

/**
 * Opens a fresh page, runs a first and a second search, and returns both times.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseURL
 * @param {'page' | 'dialog'} where
 * @param {string[]} words
 */
async function round(browser, baseURL, where, words) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  let scope;
  if (where === 'page') {
    await page.goto('/search/', { waitUntil: 'networkidle' });
    await page.locator('main pagefind-input input').focus();
    scope = 'main';
  } else {
    await page.goto('/guide/asking/', { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.closest('dialog[open]') !== null);
    scope = 'dialog[open]';
  }
  const [first = '', second = ''] = words;
  const firstMs = await timeSearch(page, scope, first);
  await page.keyboard.press('Control+A');
  const secondMs = await timeSearch(page, scope, second);
  await context.close();
  return { firstMs, secondMs };
}

/** Rows for the bench table. */
export default async function run() {
  const server = await serveDist('dist');
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROMIUM_FLAGS });
  try {
    /** @type {{ name: string, value: number, unit: string, note: string }[]} */
    const rows = [];
    for (const where of /** @type {const} */ (['page', 'dialog'])) {
      /** @type {number[]} */
      const firsts = [];
      /** @type {number[]} */
      const seconds = [];
      for (let index = 0; index < ROUNDS; index += 1) {
        const words = WORDS[index % WORDS.length] ?? [];
        const { firstMs, secondMs } = await round(browser, server.url, where, words);
        firsts.push(firstMs);
        seconds.push(secondMs);
      }
      const label = where === 'page' ? 'search page' : 'search dialog';
      /** @param {number} value */
      const ms = (value) => Math.round(value);
      const note = (/** @type {number[]} */ values) =>
        `max ${ms(Math.max(...values))} ms over ${ROUNDS} fresh pages; goal ≤ 100 ms from the last keystroke; keys ${KEY_DELAY_MS} ms apart`;
      rows.push(
        {
          name: `Search: ${label}, first word after load, median`,
          value: ms(percentile(firsts, 50)),
          unit: 'ms',
          note: note(firsts),
        },
        {
          name: `Search: ${label}, next word, median`,
          value: ms(percentile(seconds, 50)),
          unit: 'ms',
          note: note(seconds),
        },
      );
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}
