import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openContext, tabTo, waitForIslands } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A clock for the tests that count what is due today: at real time, a test run just before
 * midnight saw a card due again in 10 minutes fall on tomorrow, and counted it as not due.
 */
const MIDDAY = new Date('2026-11-20T12:00:00Z');

/** The three counts above the card. */
const counts = (page: Page) =>
  page.evaluate(() =>
    ['due', 'reviewed', 'new'].map(
      (name) => document.querySelector(`[data-stat="${name}"]`)?.textContent,
    ),
  );

const prompt = (page: Page) => page.locator('.flashcard-prompt').textContent();

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** Opens the page and waits until the island shows `ready` (the card, by default). */
async function openPractice(page: Page, path = '/practice/', ready = '.flashcard') {
  await page.goto(path);
  await waitForIslands(page);
  await page.locator(ready).waitFor();
}

/**
 * Starts a mock conversation and reloads it as if it had been running for `minutes`: the saved
 * start is moved back, so the page's own clock says how far in it is.
 */
async function startRunMinutesAgo(page: Page, minutes: number) {
  await openPractice(page, '/practice/#mock', '.mock-setup');
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.locator('#mock-phase-heading').waitFor();
  await page.evaluate((ago) => {
    const key = 'iik:mock-runs:v1';
    const state = JSON.parse(localStorage.getItem(key) ?? '{}');
    state.current.startedAt -= ago;
    localStorage.setItem(key, JSON.stringify(state));
  }, minutes * 60_000);
  await page.reload();
  await waitForIslands(page);
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`,
  );
}

describe('the flashcard drill, by keyboard', () => {
  test('rates five cards with the keys; a reload and a second tab show the same counts', async () => {
    const { context, page, problems } = await openContext(browser);
    await context.clock.install({ time: MIDDAY });
    await openPractice(page);
    expect(await counts(page)).toEqual(['0', '0', '10']);

    await tabTo(page, async () => (await focusedText(page)).includes('Show the answer'));
    const seen: string[] = [];
    for (let card = 0; card < 5; card += 1) {
      const before = (await prompt(page)) ?? '';
      seen.push(before);
      await page.keyboard.press('Space');
      await page.getByRole('group', { name: 'How well did you know it?' }).waitFor();
      await page.keyboard.press('3');
      await page.waitForFunction(
        (old) => document.querySelector('.flashcard-prompt')?.textContent !== old,
        before,
      );
    }
    expect(new Set(seen).size).toBe(5);
    expect(await counts(page)).toEqual(['5', '5', '5']);
    // The live region is filled a frame after the rating, so a repeated message is read again.
    await expect
      .poll(() => page.locator('.drill [role="status"]').textContent())
      .toMatch(/^Rated Good\. Next review in 10 minutes\./);

    const other = await context.newPage();
    await openPractice(other);
    expect(await counts(other)).toEqual(['5', '5', '5']);

    await page.reload();
    await waitForIslands(page);
    await page.locator('.flashcard').waitFor();
    expect(await counts(page)).toEqual(['5', '5', '5']);

    // U undoes the last rating; the other tab follows.
    await tabTo(page, async () => (await focusedText(page)).includes('Show the answer'));
    await page.keyboard.press('u');
    await page.waitForFunction(
      () => document.querySelector('[data-stat="reviewed"]')?.textContent === '4',
    );
    await other.waitForFunction(
      () => document.querySelector('[data-stat="reviewed"]')?.textContent === '4',
    );
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test('the keys work on arrival, before anything has focus, and Space does not scroll the page', async () => {
    const { context, page } = await openContext(browser, { viewport: { width: 390, height: 844 } });
    await context.clock.install({ time: MIDDAY });
    await openPractice(page);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    const scrolled = () => page.evaluate(() => window.scrollY);
    const before = await scrolled();
    const first = await prompt(page);
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: 'How well did you know it?' }).waitFor();
    expect(await scrolled()).toBe(before);
    await page.keyboard.press('3');
    await page.waitForFunction(
      (old) => document.querySelector('.flashcard-prompt')?.textContent !== old,
      first,
    );
    expect(await counts(page)).toEqual(['1', '1', '9']);

    // Typing in a field types; the keys do nothing there.
    const field = page.getByLabel('New cards a day');
    await field.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
    expect(await page.locator('.flashcard.is-back').count()).toBe(0);
    expect(await counts(page)).toEqual(['1', '1', '9']);
    await context.close();
  });

  test('the answer side and its ratings pass axe in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await openContext(browser, { colorScheme });
      await openPractice(page);
      await page.getByRole('button', { name: /Show the answer/ }).click();
      await page.getByRole('group', { name: 'How well did you know it?' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  test('flips with an animation only where motion is welcome', async () => {
    const animation = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { context, page } = await openContext(browser, { reducedMotion });
      await openPractice(page);
      await page.getByRole('button', { name: /Show the answer/ }).click();
      const name = await page
        .locator('.flashcard.is-back')
        .evaluate((element) => getComputedStyle(element).animationName);
      await context.close();
      return name;
    };
    expect(await animation('no-preference')).toBe('flashcard-turn');
    expect(await animation('reduce')).toBe('none');
  });

  test('shows the keys on the buttons where there is a keyboard, and not on a touch phone', async () => {
    const hints = async (options: Parameters<typeof openContext>[1]) => {
      const { context, page } = await openContext(browser, options);
      await openPractice(page);
      const shown = {
        onButton: await page
          .getByRole('button', { name: /Show the answer/ })
          .locator('kbd')
          .isVisible(),
        keysLine: await page.getByText(/^Keys:/).isVisible(),
      };
      await context.close();
      return shown;
    };
    expect(await hints({})).toEqual({ onButton: true, keysLine: true });
    expect(
      await hints({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }),
    ).toEqual({ onButton: false, keysLine: false });
  });

  test('works with storage switched off and says progress won’t be kept', async () => {
    const { context, page, problems } = await openContext(browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await openPractice(page);
    await expect
      .poll(() =>
        page.getByText(/your practice progress will be lost when you leave the page/).isVisible(),
      )
      .toBe(true);
    await page.getByRole('button', { name: /Show the answer/ }).click();
    await page.getByRole('button', { name: /^Good/ }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-stat="reviewed"]')?.textContent === '1',
    );
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the mock conversation, by keyboard', () => {
  test('a 15-minute run with a sped-up clock passes every part, gives the five-minute cue, and its debrief survives a reload', async () => {
    const { context, page, problems } = await openContext(browser);
    // ?testclock=120 is the page's test hook: the mock conversation's clock runs 120 times faster.
    await openPractice(page, '/practice/?testclock=120#mock', '.mock-setup');
    await expect(
      page.getByRole('tab', { name: 'Mock conversation' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');

    await tabTo(page, () => page.evaluate(() => document.activeElement?.id === 'mock-minutes'));
    await page.keyboard.type('15');
    await expect(page.locator('#mock-minutes').inputValue()).resolves.toBe('15');

    await page.evaluate(() => {
      const log: { phases: string[]; cues: string[] } = { phases: [], cues: [] };
      (window as unknown as { __practiceLog: typeof log }).__practiceLog = log;
      const record = () => {
        const phase = document.getElementById('mock-phase-heading')?.textContent ?? '';
        const cue = document.querySelector('.mock-cue')?.textContent ?? '';
        if (phase && log.phases.at(-1) !== phase) log.phases.push(phase);
        if (cue && log.cues.at(-1) !== cue) log.cues.push(cue);
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await tabTo(page, async () => (await focusedText(page)) === 'Start the conversation');
    await page.keyboard.press('Enter');
    await page.locator('#mock-phase-heading').waitFor();

    // Skip a question by keyboard once the present begins.
    await page.waitForFunction(
      () => document.getElementById('mock-phase-heading')?.textContent === 'Their present',
    );
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, async () => (await focusedText(page)) === 'Skip this question');
    await page.keyboard.press('Enter');

    await page.waitForFunction(
      () => document.querySelector('.mock-cue')?.textContent === 'Time is up: offer to finish.',
      undefined,
      {
        timeout: 30_000,
      },
    );
    const log = await page.evaluate(
      () =>
        (window as unknown as { __practiceLog: { phases: string[]; cues: string[] } })
          .__practiceLog,
    );
    expect(log.phases).toEqual([
      'Opening',
      'Their present',
      'Their past',
      'Their future',
      'Their advice',
      'The close',
    ]);
    expect(log.cues).toContain('Five minutes left: ask who else you should talk to.');
    expect(log.cues.indexOf('Five minutes left: ask who else you should talk to.')).toBeLessThan(
      log.cues.indexOf('Time is up: offer to finish.'),
    );

    await tabTo(page, async () => (await focusedText(page)) === 'Finish and write the debrief');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'debrief-heading');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('debrief-learned');
    await page.keyboard.type('Hiring starts in <em>spring</em>.');
    await tabTo(page, () =>
      page.evaluate(() => document.activeElement?.id === 'debrief-contactNext'),
    );
    await page.keyboard.type('Sam in logistics');
    await tabTo(page, async () => (await focusedText(page)) === 'Save the debrief');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Your debriefs' }).waitFor();

    await page.reload();
    await waitForIslands(page);
    const saved = page.locator('.debrief-card');
    await saved.first().waitFor();
    await expect(saved.count()).resolves.toBe(1);
    await expect(saved.textContent()).resolves.toContain('Hiring starts in <em>spring</em>.');
    await expect(saved.textContent()).resolves.toContain('Sam in logistics');
    await expect(saved.locator('em').count()).resolves.toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test('on a laptop screen, the button the reader is on stays in view question after question', async () => {
    const { context, page } = await openContext(browser, {
      viewport: { width: 1280, height: 800 },
    });
    // Two minutes in, the first part's questions are asked one after another.
    await startRunMinutesAgo(page, 2);
    const asked = page.getByRole('button', { name: 'Asked it: next question' });
    await asked.focus();
    const inView = () =>
      asked.evaluate((button) => {
        const box = button.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    const question = page.locator('.mock-question-text');
    for (let step = 0; step < 3; step += 1) {
      const before = await question.textContent();
      await page.keyboard.press('Enter');
      await expect.poll(() => question.textContent()).not.toBe(before);
      expect(await inView(), `after question ${step + 1}`).toBe(true);
    }
    await context.close();
  });

  test('a reload in the middle of a run resumes it where the clock says', async () => {
    const { context, page } = await openContext(browser);
    // As if the reader had been talking for three minutes before the reload.
    await startRunMinutesAgo(page, 3);
    await page.waitForFunction(
      () => document.getElementById('mock-phase-heading')?.textContent === 'Their present',
    );
    await expect(page.locator('[data-clock="total"]').textContent()).resolves.toMatch(/^3:0\d$/);
    await context.close();
  });
});
