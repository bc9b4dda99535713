// Times the question picker with a long list, in Chromium on the built site: a list of 500
// questions the reader wrote, then adding a bank question, moving a question down and removing
// one, each measured from the click until the changed list is painted. Run by `npm run bench`
// (after the build); the goal is under 50 ms for each.
import { chromium } from 'playwright-core';
import { serveDist } from '../serve-dist.mjs';

const OWN_QUESTIONS = 500;
const ROUNDS = 7;
const PHASES = ['present', 'past', 'future', 'advice'];

/**
 * A saved picker state with one list of `count` questions the reader wrote, spread over the parts.
 * @param {number} count
 */
function savedLists(count) {
  const now = new Date().toISOString();
  const items = Array.from({ length: count }, (_, index) => ({
    kind: 'custom',
    id: `own-${index}`,
    text: `My own question number ${index + 1} about the work?`,
    phase: PHASES[Math.floor((index * PHASES.length) / count)],
  }));
  return {
    lists: [
      { id: 'long', name: 'A long list', minutes: 60, items, createdAt: now, updatedAt: now },
    ],
    activeListId: 'long',
  };
}

/**
 * Clicks the button `pick` finds and resolves with the milliseconds until `done` holds and the
 * next frame is painted; runs in the page.
 * @param {import('playwright-core').Page} page
 * @param {'add' | 'move' | 'remove'} action
 */
function timeAction(page, action) {
  return page.evaluate(async (what) => {
    const items = () => [...document.querySelectorAll('.picker-mine .picker-item')];
    const before = items();
    // The first question of the second part: it has others below it in its part to move past.
    const middle = document
      .querySelectorAll('.picker-mine .picker-phase')[1]
      ?.querySelector('.picker-item');
    /** @type {Element | null | undefined} */
    let button;
    /** @type {() => boolean} */
    let done;
    if (what === 'add') {
      button = [...document.querySelectorAll('.picker-bank-item:not(.is-chosen) button')][0];
      done = () => items().length === before.length + 1;
    } else if (what === 'move') {
      button = middle?.querySelector('[data-control="down"]');
      const key = middle?.getAttribute('data-key');
      done = () =>
        items()[before.indexOf(/** @type {Element} */ (middle)) + 1]?.getAttribute('data-key') ===
        key;
    } else {
      button = middle?.querySelector('[data-control="remove"]');
      done = () => items().length === before.length - 1;
    }
    if (!button) throw new Error(`no button to ${what}`);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const started = performance.now();
    /** @type {HTMLElement} */ (button).click();
    while (!done()) {
      if (performance.now() - started > 10_000) throw new Error(`${what} did not happen in 10 s`);
      await frame();
    }
    await frame();
    return performance.now() - started;
  }, action);
}

/**
 * @param {number[]} values
 * @param {number} p
 */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** Rows for the bench table. */
export default async function run() {
  const server = await serveDist('dist');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const state = JSON.stringify(savedLists(OWN_QUESTIONS));
    await context.addInitScript((saved) => {
      if (!localStorage.getItem('iik:question-lists:v1'))
        localStorage.setItem('iik:question-lists:v1', saved);
    }, state);
    const page = await context.newPage();
    await page.goto(`${server.url}/questions/picker/`);
    await page.waitForFunction(
      (count) => document.querySelectorAll('.picker-mine .picker-item').length === count,
      OWN_QUESTIONS,
      { timeout: 60_000 },
    );
    await page.waitForSelector('.picker-bank-item');
    /** @type {Record<string, number[]>} */
    const times = { add: [], move: [], remove: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const action of /** @type {const} */ (['add', 'move', 'remove'])) {
        times[action]?.push(await timeAction(page, action));
      }
    }
    /** @param {number} value */
    const round1 = (value) => Number(value.toFixed(1));
    return Object.entries(times).map(([action, values]) => ({
      name: `Picker: ${action} one question in a list of ${OWN_QUESTIONS} own questions, median`,
      value: round1(percentile(values, 50)),
      unit: 'ms',
      note: `max ${round1(Math.max(...values))} ms over ${ROUNDS} tries; goal < 50 ms, click to painted list`,
    }));
  } finally {
    await browser.close();
    await server.close();
  }
}
