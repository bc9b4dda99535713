/**
 * The email composer in the built site, driven by keyboard alone the way a reader without a
 * mouse would: write a referral request, watch the checks, copy, open in the mail app, download,
 * reload and find the draft.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GUIDE_SECTIONS } from '../../src/lib/email-checks';
import { holdScripts, launchBrowser, openContext, tabTo, waitForIslands } from './support/browser';
import { readDist } from './support/dist';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether the element has focus. */
const focused = (locator: Locator) => () =>
  locator.evaluate((element) => element === document.activeElement);

/** Tabs to a control and types at the end of what it holds (Tab selects the text), as a keyboard user does. */
async function typeInto(page: Page, locator: Locator, text: string) {
  await tabTo(page, focused(locator), 80);
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** Opens the composer in a fresh browser profile that lets the page use the clipboard. */
async function openComposer(colorScheme: 'light' | 'dark' = 'light') {
  const opened = await openContext(browser, { colorScheme, acceptDownloads: true });
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await opened.page.goto('/email/');
  await waitForIslands(opened.page);
  await opened.page.getByLabel('Message').waitFor();
  return opened;
}

describe('the email composer', () => {
  test('keyboard only: write a referral request, see the job warning come and go, copy, mail, download, reload', async () => {
    const { context, page, problems } = await openComposer();
    const main = page.getByRole('main');

    // Choose the kind with the arrow keys: the second kind is the referral request.
    const kind = page.getByLabel('Kind of email');
    await tabTo(page, focused(kind), 80);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => kind.inputValue()).toBe('request-referral');
    await page.getByLabel('Who referred you').waitFor();

    await typeInto(page, page.getByLabel('Your name'), 'Sam Rivera');
    await typeInto(
      page,
      page.getByLabel('Who you are, in a few words'),
      'a second-year biology student',
    );
    await typeInto(page, page.getByLabel('Their name'), 'Ms. Okafor');
    await typeInto(page, page.getByLabel('Their role'), 'a hospital pharmacist');
    await typeInto(page, page.getByLabel('Their organization'), 'City General Hospital');
    await typeInto(page, page.getByLabel('Who referred you'), 'Professor Lee');
    const learn = page.getByLabel('What you want to learn');
    await typeInto(page, learn, 'hospital pharmacy');
    await typeInto(page, page.getByLabel('How long'), '20 minutes');
    await typeInto(page, page.getByLabel('How you would like to meet'), 'a phone call');

    const body = page.getByLabel('Message');
    await expect
      .poll(() => body.inputValue())
      .toContain(
        'Professor Lee gave me your name when I said I was curious about hospital pharmacy',
      );
    const jobCheck = main.locator('[data-check="no-job"]');
    await expect.poll(() => jobCheck.getAttribute('data-status')).toBe('pass');
    await expect
      .poll(() => main.locator('[data-check="referrer"]').getAttribute('data-status'))
      .toBe('pass');

    // "job opening" brings the warning; deleting it takes the warning away.
    await typeInto(page, learn, ' and a job opening');
    await expect.poll(() => jobCheck.getAttribute('data-status')).toBe('warn');
    // The check updates as each key lands: wait for the word typed last.
    await expect.poll(() => jobCheck.textContent()).toContain('Mentions “job” and “opening”');
    await expect.poll(() => jobCheck.isVisible()).toBe(true);
    for (const _ of ' and a job opening') await page.keyboard.press('Backspace');
    await expect.poll(() => learn.inputValue()).toBe('hospital pharmacy');
    await expect.poll(() => jobCheck.getAttribute('data-status')).toBe('pass');

    // Copy the message: the clipboard holds exactly what is shown, and the page says so.
    const copy = page.getByRole('button', { name: 'Copy message' });
    await tabTo(page, focused(copy), 80);
    await page.keyboard.press('Enter');
    const confirmation = main.getByRole('status').filter({ hasText: 'The message is copied' });
    await confirmation.waitFor();
    await expect.poll(() => confirmation.isVisible()).toBe(true);
    const shown = await body.inputValue();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(shown);

    // The mail link decodes to the same subject and message, with CRLF line breaks.
    const href =
      (await page.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')) ?? '';
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const params = new Map(
      href
        .slice('mailto:?'.length)
        .split('&')
        .map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
    );
    expect(params.get('body')).toBe(shown.replace(/\n/g, '\r\n'));
    expect(params.get('subject')).toBe(await page.getByLabel('Subject').inputValue());
    expect(params.get('subject')).toBe(
      'Professor Lee mentioned your work at City General Hospital',
    );

    // Download it as a text file.
    const download = page.getByRole('button', { name: 'Download as .txt' });
    await tabTo(page, focused(download), 20);
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    // The draft took its new kind's name when the kind changed, and the file is named after it.
    expect(file.suggestedFilename()).toBe('request-through-someone-who-referred-you.txt');
    expect(readFileSync((await file.path()) ?? '', 'utf8')).toBe(
      `Subject: ${params.get('subject')}\n\n${shown}\n`,
    );

    // A reload finds the draft as it was.
    await page.reload();
    await waitForIslands(page);
    await body.waitFor();
    await expect.poll(() => body.inputValue()).toBe(shown);
    await expect(page.getByLabel('Who referred you').inputValue()).resolves.toBe('Professor Lee');
    await expect(
      page
        .getByRole('button', { name: /^Request through someone who referred you/ })
        .getAttribute('aria-current'),
    ).resolves.toBe('true');

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test('what a reader types before the composer’s script arrives is kept, saved, and typing goes on where it was', async () => {
    const { context, page, problems } = await openContext(browser);
    // The composer's script arrives late, as on a slow phone, while the reader starts typing.
    const release = await holdScripts(page, '**/_astro/EmailComposer.*.js');
    await page.goto('/email/', { waitUntil: 'domcontentloaded' });
    const name = page.getByLabel('Your name');
    const body = page.getByLabel('Message');
    await typeInto(page, name, 'Sam Rivera');
    await tabTo(page, focused(body), 80);
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\nP.S. I loved your talk.');
    await expect(page.locator('astro-island[ssr]').count()).resolves.toBeGreaterThan(0);

    release();
    await waitForIslands(page);
    await expect.poll(() => name.inputValue()).toBe('Sam Rivera');
    await expect(body.inputValue()).resolves.toMatch(/\nP\.S\. I loved your talk\.$/);
    await expect.poll(focused(body)).toBe(true);
    await page.keyboard.type(' Thank you!');
    await expect(body.inputValue()).resolves.toMatch(/I loved your talk\. Thank you!$/);

    await page.reload();
    await waitForIslands(page);
    await expect.poll(() => name.inputValue()).toBe('Sam Rivera');
    await expect(body.inputValue()).resolves.toMatch(/I loved your talk\. Thank you!$/);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a pasted message longer than 5,000 characters is refused with a message, and the text is kept', async () => {
    const { context, page } = await openComposer();
    const body = page.getByLabel('Message');
    const before = await body.inputValue();
    await page.evaluate((text) => navigator.clipboard.writeText(text), 'x'.repeat(6000));
    await tabTo(page, focused(body), 80);
    await page.keyboard.press('ControlOrMeta+V');
    const error = page.getByText(
      /^That would make it 6,\d{3} characters, and this field takes up to 5,000 characters/,
    );
    await error.waitFor();
    await expect(body.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(body.inputValue()).resolves.toBe(before);
    await context.close();
  });

  test('markup typed into a field is shown as text and never runs', async () => {
    const { context, page, problems } = await openComposer();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await typeInto(
      page,
      page.getByLabel('Their name'),
      '<img src=x onerror=alert(1)><script>alert(2)</script>',
    );
    await expect
      .poll(() => page.getByLabel('Message').inputValue())
      .toContain('Dear <img src=x onerror=alert(1)><script>alert(2)</script>,');
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => [...document.scripts].some((script) => script.text.includes('alert('))),
    ).resolves.toBe(false);
    expect(dialogs).toBe(0);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test.each(['light', 'dark'] as const)(
    'passes axe (WCAG 2.2 AA) in %s mode, with warnings and the rebuild question showing',
    async (scheme) => {
      const { context, page } = await openComposer(scheme);
      await page.getByLabel('What you want to learn').fill('a job opening');
      await page.getByLabel('Message').fill('Hello. My own words.');
      await page.getByRole('button', { name: 'Rebuild from the details' }).click();
      await page.getByRole('button', { name: 'Keep my text' }).waitFor();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      await context.close();
    },
  );

  test('every guide section the checks link to exists', () => {
    for (const { href, title } of Object.values(GUIDE_SECTIONS)) {
      const [path = '', anchor = ''] = href.split('#');
      const html = readDist(`${path.replace(/^\//, '')}index.html`);
      expect(html, href).toContain(`id="${anchor}"`);
      expect(html.replace(/<[^>]+>/g, ''), href).toContain(title);
    }
  });

  test('the guide’s chapters on asking and following up link to the composer', () => {
    for (const chapter of ['guide/asking/index.html', 'guide/following-up/index.html']) {
      expect(readDist(chapter), chapter).toContain('href="/email/"');
    }
  });
});
