/**
 * How the tool pages sit on the screen: every page's content lines up with the header (the
 * email page used to be wider than it), and on a phone the picker and the composer keep what
 * belongs together close: a bar jumps between your list and the bank, and the composer's checks
 * sit just above the message instead of a long scroll below it; a person’s details stack each
 * label above its value.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openContext, waitForIslands } from './support/browser';
import { savedPerson, savePeople } from './support/people';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const phone = { width: 390, height: 844 };

/** The left edge of the header's brand and of the page's h1, and how far main's content reaches. */
const edges = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const header = document.querySelector('.header-inner');
    const padding = header ? Number.parseFloat(getComputedStyle(header).paddingRight) : 0;
    const widest = Math.max(
      ...[...document.querySelectorAll('main *')].map(
        (element) => element.getBoundingClientRect().right,
      ),
    );
    return {
      brandLeft: box('.site-header .brand')?.left,
      h1Left: box('main h1')?.left,
      headerContentRight: (box('.header-inner')?.right ?? 0) - padding,
      mainRight: widest,
    };
  });

describe('pages line up with the header', () => {
  for (const width of [1280, 1680]) {
    test.each([
      '/',
      '/guide/',
      '/questions/picker/',
      '/email/',
      '/practice/',
      '/conversations/',
      '/privacy/',
    ])(`%s at ${width} px wide`, async (path) => {
      const { context, page } = await openContext(browser, { viewport: { width, height: 900 } });
      await page.goto(path);
      await waitForIslands(page);
      const { brandLeft, h1Left, headerContentRight, mainRight } = await edges(page);
      expect(h1Left).toBeCloseTo(brandLeft ?? -1, 0);
      expect(mainRight).toBeLessThanOrEqual(headerContentRight + 1);
      await context.close();
    });
  }
});

describe('the header on a phone', () => {
  /** Each main link's top edge and whether it lies wholly within the header's width. */
  const navLinks = (page: Page) =>
    page.getByRole('navigation', { name: 'Main' }).evaluate((nav) => {
      const bounds = nav.getBoundingClientRect();
      return [...nav.querySelectorAll('a')].map((link) => {
        const box = link.getBoundingClientRect();
        return {
          name: link.textContent?.trim(),
          top: Math.round(box.top),
          inView: box.left >= bounds.left - 1 && box.right <= bounds.right + 1,
        };
      });
    });

  for (const width of [320, 390]) {
    test(`at ${width} px the main links stay on one row, and each comes into view when focused`, async () => {
      const { context, page } = await openContext(browser, { viewport: { width, height: 700 } });
      await page.goto('/guide/');
      const links = await navLinks(page);
      expect(links.map(({ name }) => name)).toEqual([
        'Guide',
        'Questions',
        'Email',
        'Practice',
        'Conversations',
      ]);
      expect(new Set(links.map(({ top }) => top)).size).toBe(1);
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of ['Conversations', 'Guide']) {
        await nav.getByRole('link', { name }).focus();
        const link = (await navLinks(page)).find((entry) => entry.name === name);
        expect(link?.inView).toBe(true);
      }
      await context.close();
    });
  }

  test.each([
    ['/guide/', 'Guide'],
    ['/questions/picker/', 'Questions'],
    ['/email/', 'Email'],
    ['/practice/', 'Practice'],
    ['/conversations/', 'Conversations'],
  ])('on %s the current page’s link is in view when the page opens', async (path, name) => {
    const { context, page } = await openContext(browser, { viewport: { width: 320, height: 700 } });
    await page.goto(path);
    const links = await navLinks(page);
    expect(links.find((link) => link.name === name)?.inView).toBe(true);
    // Scrolled only as far as it takes: on the email page the guide's link still shows too.
    if (name === 'Email') expect(links.find((link) => link.name === 'Guide')?.inView).toBe(true);
    // Where the row opens scrolled, its start fades, as the links there are cut off.
    const row = await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('list')
      .evaluate((list) => ({
        scrolled: list.scrollLeft > 0,
        fade: getComputedStyle(list).getPropertyValue('--fade-start'),
      }));
    expect(row.fade).toBe(row.scrolled ? '32px' : '0px');
    await context.close();
  });

  test.each([
    ['/practice/', 'Practice'],
    ['/conversations/', 'Conversations'],
  ])(
    'in a browser without scroll-initial-target, %s still opens with its link in view',
    async (path, name) => {
      const { context, page } = await openContext(browser, {
        viewport: { width: 320, height: 700 },
      });
      // As Firefox and Safari do today: the property neither applies nor reports support.
      await page.addInitScript(() => {
        const supports = CSS.supports.bind(CSS);
        CSS.supports = (...query: [string, string?]) =>
          !query[0].includes('scroll-initial-target') && supports(...(query as [string, string]));
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('* { scroll-initial-target: none !important; }');
        document.adoptedStyleSheets = [sheet];
      });
      await page.goto(path);
      const links = await navLinks(page);
      expect(links.find((link) => link.name === name)?.inView).toBe(true);
      expect(links.find((link) => link.name === 'Guide')?.inView).toBe(false);
      await context.close();
    },
  );
});

describe('the picker on a phone', () => {
  test('a bar stays in view and jumps between your list and the bank, both ways', async () => {
    const { context, page } = await openContext(browser, { viewport: phone });
    await page.goto('/questions/picker/');
    await waitForIslands(page);
    await page.locator('.picker-bank-item').first().waitFor();
    const bar = page.getByRole('navigation', { name: 'Jump to' });
    await expect.poll(() => bar.isVisible()).toBe(true);

    const top = (name: string) =>
      page
        .getByRole('heading', { name, level: 2 })
        .evaluate((element) => element.getBoundingClientRect().top);
    await bar.getByRole('link', { name: 'The bank' }).click();
    await expect.poll(() => top('Add from the question bank')).toBeLessThan(phone.height / 2);
    expect(await top('Add from the question bank')).toBeGreaterThanOrEqual(0);
    expect(await bar.isVisible()).toBe(true);

    await bar.getByRole('link', { name: 'Your list' }).click();
    await expect.poll(() => top('Your questions')).toBeLessThan(phone.height / 2);
    expect(await top('Your questions')).toBeGreaterThanOrEqual(0);
    await context.close();
  });
});

describe('the composer on a phone', () => {
  test('the checks sit just above the message, not far below it', async () => {
    const { context, page } = await openContext(browser, { viewport: phone });
    await page.goto('/email/');
    await waitForIslands(page);
    const box = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY };
      });
    const checks = await box('.composer-checks');
    const message = await box('.composer-message');
    expect(checks.bottom).toBeLessThanOrEqual(message.top);
    expect(message.top - checks.bottom).toBeLessThan(100);
    await context.close();
  });

  test('on a wide screen the checks sit beside the message', async () => {
    const { context, page } = await openContext(browser, {
      viewport: { width: 1280, height: 800 },
    });
    await page.goto('/email/');
    await waitForIslands(page);
    const box = (selector: string) =>
      page
        .locator(selector)
        .evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    const checks = await box('.composer-checks');
    const message = await box('.composer-message');
    // Side by side: apart across the page, overlapping down it.
    expect(checks.right).toBeLessThanOrEqual(message.left);
    expect(checks.top).toBeLessThan(message.bottom);
    expect(checks.bottom).toBeGreaterThan(message.top);
    await context.close();
  });
});

describe('a person’s details on a phone', () => {
  /** Where the first label of "About them" and its value sit on the page. */
  async function firstDetail(viewport: { width: number; height: number }) {
    const { context, page } = await openContext(browser, { viewport });
    await savePeople(page, [
      savedPerson('ana', 'Ana Ruiz', {
        role: 'Charge nurse',
        organization: 'City Hospital',
        email: 'ana.ruiz-fernandez@cityhospital.example.org',
        warmth: 'warm',
        foundVia: 'alumni network',
      }),
    ]);
    await page.goto('/conversations/#person=ana');
    await waitForIslands(page);
    const about = page.getByRole('region', { name: 'About them' });
    const box = async (role: 'term' | 'definition') =>
      (await about.getByRole(role).first().boundingBox())!;
    const [term, value] = [await box('term'), await box('definition')];
    await context.close();
    return { term, value };
  }

  test('each label sits above its value, which gets the panel’s whole width', async () => {
    const { term, value } = await firstDetail(phone);
    expect(value.y).toBeGreaterThanOrEqual(term.y + term.height);
    expect(value.x).toBe(term.x);
    expect(value.width).toBeGreaterThan(phone.width * 0.7);
  });

  test('on a wide screen each label sits beside its value', async () => {
    const { term, value } = await firstDetail({ width: 1280, height: 800 });
    expect(value.x).toBeGreaterThanOrEqual(term.x + term.width);
    expect(value.y).toBe(term.y);
  });
});

describe('the schedule form on a wide screen', () => {
  test('its date, time and length inputs line up, though one label wraps', async () => {
    const { context, page } = await openContext(browser, {
      viewport: { width: 1280, height: 800 },
    });
    const today = new Date().toISOString().slice(0, 10);
    await savePeople(page, [
      savedPerson('ana', 'Ana Ruiz', { stage: 'asked', asked: { sentOn: today, via: 'email' } }),
    ]);
    await page.goto('/conversations/#person=ana');
    await waitForIslands(page);
    await page.getByRole('button', { name: 'They said yes: schedule it' }).click();
    const tops = await Promise.all(
      ['Date', 'Starts at', 'Length in minutes'].map(
        async (label) => (await page.getByLabel(label, { exact: true }).boundingBox())?.y,
      ),
    );
    const labelHeights = await Promise.all(
      ['stage-date', 'stage-minutes'].map(
        async (id) => (await page.locator(`label[for="${id}"]`).boundingBox())?.height ?? 0,
      ),
    );
    // The length's label takes two lines where the date's takes one, and the inputs still line up.
    expect(labelHeights[0]).toBeGreaterThan(0);
    expect(labelHeights[1]).toBeGreaterThan((labelHeights[0] ?? 0) * 1.5);
    expect(new Set(tops).size).toBe(1);
    await context.close();
  });
});

describe('the list of people on a wide screen', () => {
  test('each row’s next step starts at the same place, whatever its stage’s badge', async () => {
    const { context, page } = await openContext(browser, {
      viewport: { width: 1280, height: 900 },
    });
    const today = new Date().toISOString().slice(0, 10);
    const details = { role: 'Planner', organization: 'Metro' };
    await savePeople(page, [
      savedPerson('a', 'Ana Ruiz', details),
      savedPerson('b', 'Ben Ode', {
        ...details,
        stage: 'asked',
        asked: { sentOn: today, via: 'email' },
      }),
      savedPerson('c', 'Cy Lund', {
        ...details,
        stage: 'met',
        met: { date: today, timeZone: 'UTC' },
      }),
      savedPerson('e', 'Ed Moss', { ...details, stage: 'keeping-in-touch' }),
    ]);
    await page.reload();
    await waitForIslands(page);
    const starts = await page
      .locator('.person-row .person-next')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().left));
    expect(starts).toHaveLength(4);
    expect(new Set(starts).size).toBe(1);
    await context.close();
  });
});
