// Times the Conversations page in Chromium on the built site with a long list: 300 people in
// every stage with 1,000 history lines between them and notes from their meetings (the people
// of the rules' bench, scripts/bench/conversations.mjs). Measured: opening the page until the
// list is painted, one search keystroke until the narrowed list is painted, opening a person
// until their page is painted, and back to the list. Run by `npm run bench` (after the build);
// the goal is no visible wait: under 100 ms for each once the page has loaded.
import { chromium } from 'playwright-core';
import { serveDist } from '../serve-dist.mjs';
import { percentile } from './measure.mjs';
import { PEOPLE, syntheticPerson } from './conversations.mjs';

const ROUNDS = 7;

/**
 * Runs `act` in the page and resolves with the milliseconds until `done` holds and the next
 * frame is painted.
 * @param {import('playwright-core').Page} page
 * @param {'search' | 'clear' | 'open' | 'back'} what
 */
function timeAction(page, what) {
  return page.evaluate(async (action) => {
    const rows = () => document.querySelectorAll('.people-list .person-row').length;
    const search = /** @type {HTMLInputElement} */ (document.getElementById('people-search'));
    /** @type {() => boolean} */
    let done;
    const started = performance.now();
    if (action === 'search') {
      const before = rows();
      search.value = 'organization 1';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      done = () => rows() > 0 && rows() < before;
    } else if (action === 'clear') {
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      done = () => rows() === 300;
    } else if (action === 'open') {
      /** @type {HTMLAnchorElement | null} */ (document.querySelector('.person-link'))?.click();
      done = () => document.querySelector('.history li') !== null;
    } else {
      /** @type {HTMLAnchorElement | null} */ (document.querySelector('.back-link'))?.click();
      done = () => rows() === 300;
    }
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    while (!done()) {
      if (performance.now() - started > 10_000) throw new Error(`${action} did not happen in 10 s`);
      await frame();
    }
    await frame();
    return performance.now() - started;
  }, what);
}

/** Rows for the bench table. */
export default async function run() {
  const server = await serveDist('dist');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      timezoneId: 'Europe/London',
    });
    const saved = JSON.stringify({
      people: Array.from({ length: PEOPLE }, (_, index) => syntheticPerson(index)),
    });
    await context.addInitScript((people) => {
      if (!localStorage.getItem('iik:people:v1')) localStorage.setItem('iik:people:v1', people);
    }, saved);
    const page = await context.newPage();
    /** @type {number[]} */
    const loads = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      await page.goto(`${server.url}/conversations/`);
      await page.waitForFunction(
        (count) => document.querySelectorAll('.people-list .person-row').length === count,
        PEOPLE,
        { timeout: 60_000 },
      );
      loads.push(
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
        ),
      );
    }
    /** @type {Record<string, number[]>} */
    const times = { search: [], clear: [], open: [], back: [] };
    for (let round = 0; round < ROUNDS; round += 1)
      for (const action of /** @type {const} */ (['search', 'clear', 'open', 'back']))
        times[action]?.push(await timeAction(page, action));
    /** @param {number} value */
    const round1 = (value) => Number(value.toFixed(1));
    const names = {
      search: 'one search keystroke, to the narrowed list painted',
      clear: 'clearing the search, to all 300 painted again',
      open: 'opening a person, to their page painted',
      back: 'back to the list, painted',
    };
    return [
      {
        name: `Conversations page: open with ${PEOPLE} people, to the list painted, median`,
        value: round1(percentile(loads, 50)),
        unit: 'ms',
        note: `from navigation start; max ${round1(Math.max(...loads))} ms over ${ROUNDS} loads`,
      },
      ...Object.entries(times).map(([action, values]) => ({
        name: `Conversations page: ${names[/** @type {keyof typeof names} */ (action)]}, median`,
        value: round1(percentile(values, 50)),
        unit: 'ms',
        note: `max ${round1(Math.max(...values))} ms over ${ROUNDS} tries; goal < 100 ms`,
      })),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
