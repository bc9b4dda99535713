import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openContext } from './support/browser';
import { htmlPages, readDist } from './support/dist';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');

/** A chapter and a word from its body that no other chapter uses, so only it should match. */
function chapterWithUniqueWord(): { title: string; word: string } {
  const chapters = htmlPages()
    .filter((file) => /^guide\/[^/]+\/index\.html$/.test(file))
    .map((file) => {
      const html = readDist(file);
      const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]?.trim() ?? '';
      const body = /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
      const words = new Set(
        textOf(body)
          .toLowerCase()
          .match(/\b[a-z]{7,}\b/g) ?? [],
      );
      return { title, words };
    });
  for (const chapter of chapters) {
    const others = new Set(
      chapters.filter((other) => other !== chapter).flatMap((other) => [...other.words]),
    );
    const word = [...chapter.words].find(
      (candidate) => !others.has(candidate) && !chapter.title.toLowerCase().includes(candidate),
    );
    if (word) return { title: chapter.title, word };
  }
  throw new Error('no chapter has a word of its own to search for');
}

const PHASE_LABELS: Record<string, string> = {
  present: 'Their present',
  past: 'Their past',
  future: 'Their future',
  advice: 'Their advice',
};

/** A word that questions of at least two phases use, with those questions' texts by phase label. */
function wordAcrossPhases(): { word: string; byPhase: Map<string, Set<string>> } {
  const { questions } = JSON.parse(readDist('questions/bank.json')) as {
    questions: { text: string; phase: string }[];
  };
  const counts = new Map<string, Map<string, Set<string>>>();
  for (const question of questions) {
    for (const word of new Set(question.text.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? [])) {
      const byPhase = counts.get(word) ?? new Map<string, Set<string>>();
      const label = PHASE_LABELS[question.phase] ?? question.phase;
      byPhase.set(label, (byPhase.get(label) ?? new Set()).add(question.text));
      counts.set(word, byPhase);
    }
  }
  // Few enough matches per phase that every result is on screen at once.
  const found = [...counts].find(
    ([, byPhase]) => byPhase.size >= 2 && [...byPhase.values()].every((texts) => texts.size <= 3),
  );
  if (!found) throw new Error('no word is shared by questions of two phases');
  return { word: found[0], byPhase: found[1] };
}

/** A question from the bank and a word only it uses, with its phase label. */
function questionWithUniqueWord(): { text: string; word: string; phase: string } {
  const { questions } = JSON.parse(readDist('questions/bank.json')) as {
    questions: { text: string; why: string; phase: string }[];
  };
  const guideWords = new Set(
    htmlPages()
      .filter((file) => file.startsWith('guide/'))
      .flatMap(
        (file) =>
          textOf(readDist(file))
            .toLowerCase()
            .match(/\b[a-z]{6,}\b/g) ?? [],
      ),
  );
  const wordsOf = (question: { text: string; why: string }) =>
    new Set(`${question.text} ${question.why}`.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? []);
  for (const question of questions) {
    const others = new Set(
      questions.filter((other) => other !== question).flatMap((other) => [...wordsOf(other)]),
    );
    const word = [...new Set(question.text.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? [])].find(
      (candidate) => !others.has(candidate) && !guideWords.has(candidate),
    );
    if (word) return { text: question.text, word, phase: PHASE_LABELS[question.phase] ?? '' };
  }
  throw new Error('no question has a word of its own to search for');
}

async function resultTitles(page: Page, scope = page.locator('body')) {
  const links = scope.locator('pagefind-results a, .pf-result-link');
  await links.first().waitFor();
  await page.waitForFunction(() => !document.querySelector('pagefind-results .pf-skeleton'));
  return links.allTextContents();
}

describe('searching the site', () => {
  test('pressing "/" opens the search dialog, which finds a chapter by a word from its body', async () => {
    const { title, word } = chapterWithUniqueWord();
    const { context, page, problems } = await openContext(browser);
    await page.goto('/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const input = dialog
      .getByRole('searchbox')
      .or(dialog.getByRole('textbox'))
      .or(dialog.getByRole('combobox'))
      .first();
    await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
    await page.keyboard.type(word);
    await expect
      .poll(async () => (await resultTitles(page, dialog)).map((t) => t.trim()), {
        timeout: 10_000,
      })
      .toContain(title);
    await expect(input.inputValue()).resolves.toBe(word);
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test('Escape closes the dialog, as its hint says, and reopening starts with no words or results', async () => {
    const { title, word } = chapterWithUniqueWord();
    const { context, page, problems } = await openContext(browser);
    await page.goto('/guide/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
    const hints = dialog.locator('pagefind-keyboard-hints');
    await expect.poll(() => hints.textContent()).toMatch(/esc\s*close/);
    await expect(hints.textContent()).resolves.not.toMatch(/clear/);

    await page.keyboard.type(word);
    await expect
      .poll(async () => (await resultTitles(page, dialog)).map((t) => t.trim()), {
        timeout: 10_000,
      })
      .toContain(title);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await dialog.waitFor();
    await expect(dialog.getByRole('searchbox').inputValue()).resolves.toBe('');
    await expect(dialog.locator('pagefind-results a').count()).resolves.toBe(0);
    await expect(dialog.locator('.pf-summary').textContent()).resolves.toBe('');
    await expect(hints.textContent()).resolves.toMatch(/esc\s*close/);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test.each(['light', 'dark'] as const)(
    'in %s mode the dialog and the filters take the site’s colors, not Pagefind’s',
    async (colorScheme) => {
      const { context, page } = await openContext(browser, { colorScheme });
      await page.goto('/search/?q=advice');
      await page.getByRole('main').locator('pagefind-results a').first().waitFor();
      const surface = await page
        .getByRole('banner')
        .evaluate((header) => getComputedStyle(header).backgroundColor);
      const text = await page.evaluate(() => getComputedStyle(document.body).color);
      const filters = page
        .getByRole('complementary', { name: 'Filters' })
        .locator('.pf-filter-pane');
      await expect(filters.evaluate((pane) => getComputedStyle(pane).color)).resolves.toBe(text);
      const checkbox = filters.getByRole('checkbox').first();
      await expect(
        checkbox.evaluate((box) => getComputedStyle(box).colorScheme),
      ).resolves.toContain(colorScheme);

      await page.keyboard.press('/');
      const dialog = page.locator('dialog[open]');
      await dialog.waitFor();
      await expect(dialog.evaluate((box) => getComputedStyle(box).backgroundColor)).resolves.toBe(
        surface,
      );
      await context.close();
    },
  );

  test('nothing on the search page moves while search loads, on a phone or a desktop', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const { context, page } = await openContext(browser, { viewport });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { layoutShifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // Search's script arrives late, as on a slow phone network: the page paints first.
      await page.route('**/pagefind/pagefind-component-ui.js', async (route) => {
        await new Promise((done) => setTimeout(done, 500));
        await route.continue();
      });
      await page.goto('/search/', { waitUntil: 'networkidle' });
      await page.getByRole('main').getByRole('searchbox').waitFor();
      await page.evaluate(() => new Promise(requestAnimationFrame));
      await expect(
        page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts),
      ).resolves.toEqual([]);
      await context.close();
    }
  });

  test('Ctrl+K opens the same dialog, and the header control does too', async () => {
    const { context, page } = await openContext(browser);
    await page.goto('/guide/');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Search this site' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('dialog', { name: 'Search this site' }).waitFor();
    await context.close();
  });

  test('on a phone the dialog and its close button have names in sentence case', async () => {
    const { context, page } = await openContext(browser, { viewport: { width: 390, height: 844 } });
    await page.goto('/guide/');
    const trigger = page.getByRole('banner').getByRole('button', { name: 'Search' });
    await trigger.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Search this site' });
    await dialog.waitFor();
    const close = dialog.getByRole('button', { name: 'Close search' });
    await close.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // Opened again, the names are the same.
    await trigger.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await expect(close.isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('guide pages load no search or framework code until the reader opens search', async () => {
    const { context, page } = await openContext(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const chapter = htmlPages().find((file) => /^guide\/[^/]+\/index\.html$/.test(file)) ?? '';
    await page.goto(`/${chapter.replace('index.html', '')}`, { waitUntil: 'networkidle' });
    expect(scripts.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(scripts.some((path) => /preact|client\./.test(path))).toBe(false);
    await page.keyboard.press('/');
    await page.getByRole('dialog').waitFor();
    expect(scripts).toContain('/pagefind/pagefind-component-ui.js');
    await context.close();
  });

  test('the index starts loading when a search box gets focus, before the first key', async () => {
    const { context, page } = await openContext(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const isIndex = (path: string) => /^\/pagefind\/(pagefind\.js|.*\.pf_meta|wasm\.)/.test(path);
    await page.goto('/search/', { waitUntil: 'networkidle' });
    expect(requested.filter(isIndex)).toEqual([]);
    await page.getByRole('main').getByRole('searchbox').focus();
    await expect.poll(() => requested.filter(isIndex).length).toBeGreaterThanOrEqual(3);

    // The same for the dialog, whose box takes focus as it opens.
    requested.length = 0;
    await page.goto('/guide/', { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await page.getByRole('dialog').waitFor();
    await expect.poll(() => requested.filter(isIndex).length).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  test('the search page runs the search in ?q= and offers a section filter', async () => {
    const { title, word } = chapterWithUniqueWord();
    const { context, page, problems } = await openContext(browser);
    await page.goto(`/search/?q=${encodeURIComponent(word)}`);
    const main = page.getByRole('main');
    await expect
      .poll(async () => (await resultTitles(page, main)).map((t) => t.trim()), { timeout: 10_000 })
      .toContain(title);
    await expect
      .poll(() =>
        main
          .getByText(/section/i)
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('typing on the search page keeps the address in step, so the search can be shared', async () => {
    const { word } = chapterWithUniqueWord();
    const { context, page } = await openContext(browser);
    await page.goto('/search/');
    const input = page.getByRole('main').locator('pagefind-input input');
    await input.click();
    await page.keyboard.type(word);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 })
      .toBe(word);
    await context.close();
  });

  test('the search page finds a question by its words and narrows results by phase', async () => {
    const { text, word, phase } = questionWithUniqueWord();
    const { context, page, problems } = await openContext(browser);
    await page.goto(`/search/?q=${encodeURIComponent(word)}`);
    const main = page.getByRole('main');
    const titles = async () => (await resultTitles(page, main)).map((title) => title.trim());
    await expect.poll(titles, { timeout: 10_000 }).toContain(text);

    // Each filter group is a native disclosure (details/summary); open Phase by its label.
    const filters = main.getByRole('complementary', { name: 'Filters' });
    await filters.getByText('Phase', { exact: true }).first().click();
    const phaseGroup = filters.getByRole('group', { name: 'Phase' });
    const ownPhase = phaseGroup.getByRole('checkbox', { name: new RegExp(`^${phase}`) });
    await ownPhase.check();
    await expect.poll(titles, { timeout: 10_000 }).toContain(text);
    await ownPhase.uncheck();

    // The result links to the question's anchor on the bank page.
    await expect.poll(titles, { timeout: 10_000 }).toContain(text);
    await main.getByRole('link', { name: text }).first().click();
    await page.waitForURL(/\/questions\/#q-/);
    await expect(page.locator(':target').textContent()).resolves.toContain(text);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('the phase filter lists the phases in the order of a conversation', async () => {
    const inOrder = ['Their present', 'Their past', 'Their future', 'Their advice'];
    const { context, page } = await openContext(browser);
    await page.goto('/search/');
    const main = page.getByRole('main');
    await main.getByRole('searchbox').focus();
    await page.keyboard.type('work');
    await main.locator('pagefind-results a').first().waitFor();
    const filters = main.getByRole('complementary', { name: 'Filters' });
    await filters.getByText('Phase', { exact: true }).first().click();
    const phases = () =>
      filters
        .getByRole('group', { name: 'Phase' })
        .getByRole('checkbox')
        .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    await expect.poll(phases, { timeout: 10_000 }).toEqual(inOrder);

    // Still in order once other words change which phases have results.
    await main.getByRole('searchbox').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('advice');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 })
      .toBe('advice');
    await main.locator('pagefind-results a').first().waitFor();
    await expect
      .poll(
        async () => {
          const shown = await phases();
          return (
            shown.length >= 2 &&
            shown.join() === inOrder.filter((phase) => shown.includes(phase)).join()
          );
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await context.close();
  });

  test('choosing a phase on the search page leaves only questions of that phase', async () => {
    const { word, byPhase } = wordAcrossPhases();
    const { questions } = JSON.parse(readDist('questions/bank.json')) as {
      questions: { text: string; phase: string }[];
    };
    const phaseOf = new Map(
      questions.map((question) => [question.text, PHASE_LABELS[question.phase]]),
    );
    const { context, page } = await openContext(browser);
    await page.goto(`/search/?q=${encodeURIComponent(word)}`);
    const main = page.getByRole('main');
    await resultTitles(page, main);
    const filters = main.getByRole('complementary', { name: 'Filters' });
    await filters.getByText('Phase', { exact: true }).first().click();
    const phaseGroup = filters.getByRole('group', { name: 'Phase' });
    for (const [label, texts] of byPhase) {
      const checkbox = phaseGroup.getByRole('checkbox', { name: new RegExp(`^${label}`) });
      await checkbox.check();
      // Every result is a question of the chosen phase, and the ones using the word are there.
      await expect
        .poll(
          async () => {
            const titles = (await resultTitles(page, main)).map((title) => title.trim());
            return (
              titles.every((title) => phaseOf.get(title) === label) &&
              [...texts].every((text) => titles.includes(text))
            );
          },
          { timeout: 10_000 },
        )
        .toBe(true);
      await checkbox.uncheck();
    }
    await context.close();
  });
});
