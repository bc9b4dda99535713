/**
 * The question picker in Chromium, driven the way a reader would: keyboard only for the main
 * journey, a pointer for dragging, two tabs for cross-tab sync, print emulation for the sheet.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { holdScripts, launchBrowser, openContext, tabTo, waitForIslands } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const KEY = 'iik:question-lists:v1';

/** Presses Shift+Tab until `isTarget` holds; fails after `limit` presses. */
async function tabBackTo(page: Page, isTarget: () => Promise<boolean>, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Shift+Tab');
    if (await isTarget()) return;
  }
  throw new Error(`focus never reached the target after ${limit} presses of Shift+Tab`);
}

/** Whether the focused element matches a CSS selector (and, optionally, a text). */
const focusedIs = (page: Page, selector: string, text?: string) => () =>
  page.evaluate(
    ([selector, text]) => {
      const active = document.activeElement;
      return (
        !!active?.matches(selector) && (text === undefined || active.textContent?.trim() === text)
      );
    },
    [selector, text] as const,
  );

/** The question texts in the reader's list, in order. */
const listTexts = (page: Page) => page.locator('.picker-mine .picker-item-text').allTextContents();

async function openPicker(page: Page) {
  await page.goto('/questions/picker/');
  await waitForIslands(page);
  await page.locator('.picker-setup').waitFor();
}

describe('the question picker, keyboard only', () => {
  test('choose 30 minutes, add from two parts and one of your own, reorder, reload, copy and print', async () => {
    const { context, page, problems } = await openContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPicker(page);

    // Choose the length with the arrow keys in the radio group: 20, then back to 30.
    await tabTo(page, focusedIs(page, 'input[name="picker-length"]'));
    await page.keyboard.press('ArrowLeft');
    await page.getByText('Aim for 4 to 7 questions.', { exact: true }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText('Aim for 6 to 10 questions.', { exact: true }).waitFor();
    await expect(page.getByRole('radio', { name: '30 min' }).isChecked()).resolves.toBe(true);

    // A question from their present, found by typing.
    await tabTo(page, focusedIs(page, '#picker-search'));
    await page.keyboard.type('ordinary working day');
    await tabTo(page, focusedIs(page, '.picker-bank-item button', 'Add'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => listTexts(page))
      .toEqual(['What does an ordinary working day look like for you, from start to finish?']);

    // A question from their advice.
    await tabBackTo(page, focusedIs(page, '#picker-search'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('who else speak');
    await tabTo(page, focusedIs(page, '.picker-bank-item button', 'Add'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await listTexts(page)).length).toBe(2);

    // One of your own, into their present (the default part).
    await tabBackTo(page, focusedIs(page, '#picker-custom-text'));
    await page.keyboard.type('What does a night shift look like?');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => listTexts(page))
      .toEqual([
        'What does an ordinary working day look like for you, from start to finish?',
        'What does a night shift look like?',
        'Who else would be good for me to speak with as I keep exploring this field?',
      ]);

    // Move the first question down: focus stays on its button and the move is announced.
    await tabBackTo(page, focusedIs(page, '[data-key="bank:typical-day"] [data-control="down"]'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => listTexts(page))
      .toEqual([
        'What does a night shift look like?',
        'What does an ordinary working day look like for you, from start to finish?',
        'Who else would be good for me to speak with as I keep exploring this field?',
      ]);
    await expect
      .poll(focusedIs(page, '[data-key="bank:typical-day"] [data-control="down"]'))
      .toBe(true);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Moved to position 2 of 3.' }).count())
      .toBe(1);

    // Reload: the list is still there, in the new order.
    await page.reload();
    await waitForIslands(page);
    await expect
      .poll(() => listTexts(page))
      .toEqual([
        'What does a night shift look like?',
        'What does an ordinary working day look like for you, from start to finish?',
        'Who else would be good for me to speak with as I keep exploring this field?',
      ]);

    // Copy as plain text: the clipboard holds the list, grouped by part, and the page says so.
    await tabTo(page, focusedIs(page, 'button', 'Copy as text'));
    await page.keyboard.press('Enter');
    await page.getByText('Copied as plain text.', { exact: false }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('My first conversation\nA 30-minute conversation · 3 questions');
    expect(copied).toContain(
      'Their present (about 10 min)\n----------------------------\n1. What does a night shift look like?\n2. What does an ordinary working day',
    );
    expect(copied).toContain(
      'Their advice (about 5 min)\n--------------------------\n3. Who else would be good',
    );

    // Print: the sheet shows the questions, without the site's header, navigation, footer or controls.
    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByRole('article', { name: 'Printable question sheet' });
    await expect.poll(() => sheet.isVisible()).toBe(true);
    await expect(sheet.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'My first conversation',
    );
    await expect(sheet.locator('h3').allTextContents()).resolves.toEqual([
      'Their present (about 10 min)',
      'Their advice (about 5 min)',
    ]);
    await expect(sheet.locator('li p').allTextContents()).resolves.toHaveLength(3);
    for (const chrome of [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('navigation', { name: 'Main' }),
    ]) {
      await expect(chrome.isVisible()).resolves.toBe(false);
    }
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.picker-setup').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Copy as text' }).isVisible()).resolves.toBe(
      false,
    );

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });
});

const PHONE = { width: 390, height: 844 };

describe('the question picker on a phone, keyboard only', () => {
  test('stepping back through the list with Shift+Tab keeps each focused control clear of the sticky bar', async () => {
    const { context, page } = await openContext(browser, { viewport: PHONE });
    await openPicker(page);
    await page.getByRole('button', { name: 'Suggest a starter set' }).click();
    await expect.poll(async () => (await listTexts(page)).length).toBe(10);
    await page.getByLabel('Search the questions').focus();

    const bar = page.getByRole('navigation', { name: 'Jump to' });
    const covered: string[] = [];
    let inList = 0;
    for (let press = 0; press < 14; press += 1) {
      await page.keyboard.press('Shift+Tab');
      const focused = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const style = getComputedStyle(active);
        const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        return {
          name: `${active.getAttribute('aria-label') ?? active.textContent?.trim()}`,
          inList: !!active.closest('.picker-mine .picker-item'),
          ringTop: active.getBoundingClientRect().top - ring,
        };
      });
      const barBottom = await bar.evaluate((nav) => nav.getBoundingClientRect().bottom);
      if (focused.inList) inList += 1;
      if (focused.ringTop < barBottom)
        covered.push(`${focused.name}: ring at ${focused.ringTop}, bar ends at ${barBottom}`);
    }
    // The presses reached the list's own buttons (Remove, Down, Up), the ones that were hidden.
    expect(inList).toBeGreaterThanOrEqual(3);
    expect(covered).toEqual([]);
    await context.close();
  });

  test('the open list’s length and question count can be read in full beside its name', async () => {
    const { context, page } = await openContext(browser, { viewport: PHONE });
    await openPicker(page);
    await page.getByRole('button', { name: 'New list' }).click();
    await page
      .getByLabel('Name of the new list')
      .fill('Dana Ortiz-Whitfield at Riverside Hospital');
    await page.keyboard.press('Enter');
    const chooser = page.getByRole('combobox', { name: 'Your list', exact: true });
    await expect
      .poll(() => chooser.evaluate((select) => select === document.activeElement))
      .toBe(true);
    await page.getByRole('button', { name: 'Suggest a starter set' }).click();
    await expect.poll(async () => (await listTexts(page)).length).toBe(10);

    /** The text that describes the list chooser, and whether all of it shows. */
    const description = () =>
      chooser.evaluate((select) => {
        const ids = select.getAttribute('aria-describedby')?.split(' ') ?? [];
        const parts = ids.map((id) => document.getElementById(id)).filter((part) => !!part);
        return parts.map((part) => ({
          text: part.textContent,
          visible: part.checkVisibility(),
          clipped: part.scrollWidth > part.clientWidth,
        }));
      });
    await expect
      .poll(description)
      .toEqual([{ text: '30 min · 10 questions', visible: true, clipped: false }]);

    // Back to the first list with the arrow key: its own count shows.
    await chooser.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => listTexts(page)).toEqual([]);
    await expect
      .poll(description)
      .toEqual([{ text: '30 min · 0 questions', visible: true, clipped: false }]);
    await context.close();
  });
});

describe('the question picker in the browser', () => {
  test('a length chosen before the picker’s script arrives is kept and saved', async () => {
    const { context, page } = await openContext(browser);
    // The script arrives late, as on a slow phone, while the reader chooses a length.
    const release = await holdScripts(page, '**/_astro/QuestionPicker.*.js');
    await page.goto('/questions/picker/', { waitUntil: 'domcontentloaded' });
    await tabTo(page, focusedIs(page, 'input[name="picker-length"]'));
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: '20 min' }).isChecked()).resolves.toBe(true);

    release();
    await waitForIslands(page);
    await page.getByText('Aim for 4 to 7 questions.', { exact: true }).waitFor();
    await expect(page.getByRole('radio', { name: '20 min' }).isChecked()).resolves.toBe(true);
    await expect.poll(focusedIs(page, 'input[name="picker-length"][value="20"]')).toBe(true);
    await page.reload();
    await waitForIslands(page);
    await page.getByText('Aim for 4 to 7 questions.', { exact: true }).waitFor();
    await context.close();
  });

  test('the starter set for 30 minutes prints on one A4 and one Letter page', async () => {
    const { context, page } = await openContext(browser);
    await openPicker(page);
    await page.getByRole('button', { name: 'Suggest a starter set' }).click();
    await expect.poll(async () => (await listTexts(page)).length).toBe(10);
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages, `${format} page count`).toHaveLength(1);
    }
    await context.close();
  });

  test('an edit in one tab shows up in another', async () => {
    const { context, page } = await openContext(browser);
    await openPicker(page);
    const other = await context.newPage();
    await openPicker(other);
    await page.getByLabel('Search the questions').fill('ordinary working day');
    await page.locator('.picker-bank-item').getByRole('button', { name: 'Add' }).first().click();
    await expect
      .poll(() => listTexts(other))
      .toEqual(['What does an ordinary working day look like for you, from start to finish?']);
    await other.getByRole('button', { name: 'Rename' }).click();
    await other.getByLabel('New name for the list').fill('Dana at City Hospital');
    await other.keyboard.press('Enter');
    await expect
      .poll(() => page.getByLabel('Your list').locator('option:checked').textContent())
      .toContain('Dana at City Hospital');
    await context.close();
  });

  test('dragging a question by its handle moves it within its part', async () => {
    const { context, page } = await openContext(browser, {
      viewport: { width: 1280, height: 900 },
    });
    await openPicker(page);
    await page.getByRole('button', { name: 'Suggest a starter set' }).click();
    await expect.poll(async () => (await listTexts(page)).length).toBe(10);
    await page
      .getByRole('heading', { name: 'Your questions' })
      .evaluate((heading) => heading.scrollIntoView());
    const before = await listTexts(page);
    const handle = page.locator('[data-key="bank:typical-day"] .picker-drag');
    const target = page.locator('.picker-mine .picker-item').nth(2);
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('the list is not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, to.y + to.height * 0.75, { steps: 8 });
    await expect.poll(() => page.locator('.picker-item.drop-after').count()).toBe(1);
    await page.mouse.up();
    await expect
      .poll(() => listTexts(page))
      .toEqual([before[1], before[2], before[0], ...before.slice(3)]);
    await expect
      .poll(() =>
        page.getByRole('status').filter({ hasText: 'Moved to position 3 of 10.' }).count(),
      )
      .toBe(1);

    // Escape during a drag puts the question back.
    const after = await listTexts(page);
    const second = await page
      .locator('.picker-mine .picker-item')
      .nth(1)
      .locator('.picker-drag')
      .boundingBox();
    const first = await page.locator('.picker-mine .picker-item').nth(0).boundingBox();
    if (!second || !first) throw new Error('the list is not on screen');
    await page.mouse.move(second.x + second.width / 2, second.y + second.height / 2);
    await page.mouse.down();
    await page.mouse.move(second.x + second.width / 2, first.y + 4, { steps: 5 });
    await expect.poll(() => page.locator('.picker-item.drop-before').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await expect.poll(() => page.locator('.picker-item.is-dragging').count()).toBe(0);
    expect(await listTexts(page)).toEqual(after);
    await context.close();
  });

  test('HTML typed into a question stays text on the page, in the copy and in the downloads', async () => {
    const { context, page, problems } = await openContext(browser, { acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPicker(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const typed = '<img src=x onerror=alert(1)><script>alert(2)</script> Is it <b>fun</b>?';
    await page.getByLabel('Your question').fill(typed);
    await page.getByRole('button', { name: 'Add my question' }).click();
    await expect.poll(() => listTexts(page)).toEqual([typed]);
    await expect(page.locator('.picker img, .picker-item-text b').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByText('Copied as Markdown.', { exact: false }).waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain(
      '1. \\<img src=x onerror=alert(1)\\>\\<script\\>alert(2)\\</script\\> Is it \\<b\\>fun\\</b\\>?',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .txt' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('questions-my-first-conversation.txt');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(path, 'utf8')).toContain(`1. ${typed}\n`);
    expect(dialogs).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('corrupt saved lists open with a notice and a fresh list, and the picker still works', async () => {
    const { context, page } = await openContext(browser);
    await context.addInitScript(
      ([key]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, '{"lists": [ {"id": "broken"');
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY],
    );
    await openPicker(page);
    await page.getByText('We couldn’t read your saved question lists', { exact: false }).waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Download the copy' }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Suggest a starter set' }).click();
    await expect.poll(async () => (await listTexts(page)).length).toBe(10);
    const kept = await page.evaluate(
      (key) =>
        Object.keys(localStorage)
          .filter((name) => name.startsWith(`${key}:backup:`))
          .map((name) => localStorage.getItem(name)),
      KEY,
    );
    expect(kept).toEqual(['{"lists": [ {"id": "broken"']);
    await context.close();
  });

  test.each(['light', 'dark'] as const)(
    'axe finds nothing on a busy picker in %s mode',
    async (colorScheme) => {
      const { context, page } = await openContext(browser, { colorScheme });
      await openPicker(page);
      await page.getByRole('button', { name: 'Suggest a starter set' }).click();
      await page.getByLabel('Your question').fill('x'.repeat(301));
      await page.getByRole('button', { name: 'Add my question' }).click();
      await page.getByLabel('Your question').fill('Is it <b>fun</b>?');
      await page.getByRole('button', { name: 'Add my question' }).click();
      await expect.poll(async () => (await listTexts(page)).length).toBe(11);
      await page.getByLabel('Your question').fill('');
      await page.getByRole('button', { name: 'Add my question' }).click();
      await page.getByText('Write your question first.').waitFor();
      await page.getByRole('button', { name: 'Copy as text' }).click();
      await page.getByLabel('Search the questions').fill('salary');
      await page.getByRole('button', { name: 'New list' }).click();
      await page.getByLabel('Name of the new list').fill('Second');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('button', { name: 'Undo' }).waitFor();
      await page.locator('[data-status="long"]').waitFor();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`,
        ),
      ).toEqual([]);
      await context.close();
    },
  );
});
