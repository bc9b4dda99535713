/**
 * The Conversations page in the built site, by keyboard alone and with the page's clock under
 * the test's control: one conversation from the first request to the thank-you, with a nudge
 * coming due, a video call in the calendar, notes with suggested names, the thank-you written
 * in the composer, and everything there again after a reload. Then the faults a saved list can
 * meet (unreadable data, storage off or full, a second tab, markup typed in), deleting with
 * undo, and a list of 300 people.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../src/lib/time';
import { launchBrowser, openContext, tabTo, waitForIslands } from './support/browser';
import { PEOPLE_KEY as KEY, savedPerson } from './support/people';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Friday 20 November 2026, 9:00 in London, where the reader is. */
const START = Date.parse('2026-11-20T09:00:00Z');
const READER: BrowserContextOptions = { timezoneId: 'Europe/London', locale: 'en-US' };

/** Whether the element has focus. */
const focused = (locator: Locator) => () =>
  locator.evaluate((element) => element === document.activeElement);

/** Tabs to a control (at most `limit` presses), or back with Shift+Tab if it comes earlier. */
async function reach(page: Page, locator: Locator, limit = 120) {
  const isTarget = focused(locator);
  const earlier = await locator.evaluate(
    (element) =>
      !!document.activeElement &&
      document.activeElement !== document.body &&
      !!(
        element.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING
      ),
  );
  if (!earlier) return tabTo(page, isTarget, limit);
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Shift+Tab');
    if (await isTarget()) return;
  }
  throw new Error(`focus never reached the target after ${limit} presses of Shift+Tab`);
}

/** Tabs to a button or link and presses Enter, as a keyboard user does. */
async function press(page: Page, locator: Locator, limit = 120) {
  await reach(page, locator, limit);
  await page.keyboard.press('Enter');
}

/** Tabs to a field and types into it. */
async function typeInto(page: Page, locator: Locator, text: string, limit = 120) {
  await reach(page, locator, limit);
  await page.keyboard.type(text);
}

/** Adds a person from the list by keyboard: the button, their name, then Add. */
async function addPerson(page: Page, name: string, button = 'Add your first person') {
  const main = page.getByRole('main');
  await press(page, main.getByRole('button', { name: button }), 80);
  // The form loads when first opened, and takes focus once it is there.
  await expect.poll(focused(page.getByLabel('Their name', { exact: true }))).toBe(true);
  await page.keyboard.type(name);
  await press(page, main.getByRole('button', { name: 'Add a person' }));
  await main.getByRole('heading', { name, level: 2 }).waitFor();
}

/** Opens the page at START with the clock held there, in the reader's zone and locale. */
async function openPage(options: BrowserContextOptions = {}) {
  const opened = await openContext(browser, { ...READER, acceptDownloads: true, ...options });
  await opened.page.clock.install({ time: START });
  await opened.page.goto('/conversations/');
  await waitForIslands(opened.page);
  await opened.page.locator('.people').waitFor();
  return opened;
}

/** The saved people, as a reload would read them. */
const savedPeople = (page: Page) =>
  page.evaluate(
    (key) =>
      (JSON.parse(localStorage.getItem(key) ?? '{"people":[]}') as { people: unknown[] }).people,
    KEY,
  );

describe('the Conversations page', () => {
  test('keyboard only: ask, nudge, schedule a call, meet, note names, thank, reload', async () => {
    const { context, page, problems } = await openPage();
    const main = page.getByRole('main');

    // Add a person: a cold contact, the first in the list.
    await press(page, main.getByRole('button', { name: 'Add your first person' }), 40);
    const name = page.getByLabel('Their name', { exact: true });
    await expect.poll(focused(name)).toBe(true);
    await page.keyboard.type('Alex Chen');
    await typeInto(page, page.getByLabel('Their role'), 'Transit planner');
    await typeInto(page, page.getByLabel('Their organization'), 'Riverside Transit');
    await typeInto(page, page.getByLabel('Their email address'), 'alex@example.org');
    await expect(page.getByRole('radio', { name: 'Cold' }).isChecked()).resolves.toBe(true);
    await press(page, main.getByRole('button', { name: 'Add a person' }));

    // Their page opens on what comes next: the request.
    const heading = main.getByRole('heading', { name: 'Alex Chen', level: 2 });
    await heading.waitFor();
    await expect.poll(focused(heading)).toBe(true);
    const steps = main.locator('.step-list');
    await expect.poll(() => steps.textContent()).toContain('Write the request');
    await expect(main.getByRole('link', { name: 'Write the request' }).count()).resolves.toBe(1);

    // Mark Asked: sent today, by email.
    await press(page, main.getByRole('button', { name: 'I’ve asked them' }));
    await expect.poll(focused(page.getByLabel('The day you sent it'))).toBe(true);
    await expect(page.getByLabel('The day you sent it').inputValue()).resolves.toBe('2026-11-20');
    await press(page, main.getByRole('button', { name: 'Mark as asked' }), 20);
    await expect.poll(() => main.locator('.step').first().textContent()).toContain('Nudge once');
    await expect.poll(() => main.locator('.step').first().textContent()).toContain('Due Nov 27');

    // A week goes by with no reply: the nudge is due today.
    await page.clock.fastForward(7 * DAY);
    await expect
      .poll(() => main.locator('.step.status-due').first().textContent())
      .toContain('Nudge onceDue today');
    await expect(main.getByRole('link', { name: 'Write the nudge' }).count()).resolves.toBe(1);

    // They say yes: a 30-minute video call on Thursday 3 December at 14:30.
    await press(page, main.getByRole('button', { name: 'They said yes: schedule it' }));
    const date = page.getByLabel('Date', { exact: true });
    await expect.poll(focused(date)).toBe(true);
    await page.keyboard.type('12032026');
    await expect.poll(() => date.inputValue()).toBe('2026-12-03');
    await reach(page, page.getByLabel('Starts at'));
    await page.keyboard.type('0230PM');
    await expect.poll(() => page.getByLabel('Starts at').inputValue()).toBe('14:30');
    await expect(page.getByRole('radio', { name: 'Video call' }).isChecked()).resolves.toBe(true);
    await typeInto(page, page.getByLabel('The link'), 'https://meet.example.org/abc-defg');
    await press(page, main.getByRole('button', { name: 'Save the date' }), 20);
    await expect
      .poll(() => main.locator('.step-list').textContent())
      .toContain('Have the conversation');

    // Its calendar file: one event, at 14:30 London time, with a stable UID.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      press(
        page,
        main.getByRole('button', { name: 'Add the conversation to your calendar (.ics)' }),
      ),
    ]);
    expect(download.suggestedFilename()).toBe('conversation-alex-chen.ics');
    // Beside the button, what the file is and what to do with it, for every reader (the
    // page's status line says it to screen readers).
    const note = main.locator('.calendar-note');
    await expect
      .poll(() => note.textContent())
      .toMatch(/^Downloaded conversation-alex-chen\.ics.*Open it to add it to your calendar\.$/);
    expect(await note.isVisible()).toBe(true);
    const ics = readFileSync((await download.path()) ?? '', 'utf8');
    expect(ics).toContain('\r\n');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    const [vevent] = calendar.getAllSubcomponents('vevent');
    if (!vevent) throw new Error('the file has no event');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe('Conversation with Alex Chen');
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/London');
    expect(event.startDate.zone?.tzid).toBe('Europe/London');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T14:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-03T15:00:00.000Z');
    expect(event.uid).toMatch(/^person-.+-meeting@informational-interview-kit$/);
    expect(event.location).toBe('https://meet.example.org/abc-defg');

    // The call happens; afterward, mark it met.
    // From Friday 27 November, 9:00 to Thursday 3 December, 15:10, just after the call ends.
    await page.clock.fastForward(6 * DAY + 6 * HOUR + 10 * MINUTE);
    await expect
      .poll(() => main.locator('.step-list').textContent())
      .toContain('Mark it met and write your notes');
    await press(page, main.getByRole('button', { name: 'We’ve met' }));
    await expect.poll(() => page.getByLabel('The day you talked').inputValue()).toBe('2026-12-03');
    await press(page, main.getByRole('button', { name: 'Mark as met' }), 20);
    await expect
      .poll(() => main.locator('.step-list').textContent())
      .toContain('Send your thank-you');

    // Notes, with two names they suggested.
    await press(page, main.getByRole('button', { name: 'Write notes from a conversation' }));
    await typeInto(page, page.getByLabel('Their advice'), 'Volunteer at the planning office first');
    await typeInto(page, page.getByLabel('Point 1'), 'Night shifts are common in year one');
    await typeInto(page, page.getByLabel('Name 1', { exact: true }), 'Sam Park');
    await typeInto(page, page.getByLabel('Name 1: what they do, how to reach them'), 'Data team');
    await press(page, main.getByRole('button', { name: 'Add another name' }));
    await expect.poll(focused(page.getByLabel('Name 2', { exact: true }))).toBe(true);
    await page.keyboard.type('Priya Das');
    await press(page, main.getByRole('button', { name: 'Save notes' }));
    await expect
      .poll(() => main.locator('.notes').first().textContent())
      .toContain('Volunteer at the planning office first');

    // Sam becomes a person, referred by Alex.
    await press(page, main.getByRole('button', { name: 'Add Sam Park as a person' }));
    const openSam = main.getByRole('link', { name: 'Open Sam Park' });
    await expect.poll(focused(openSam)).toBe(true);
    await expect(
      main.getByRole('button', { name: 'Add Priya Das as a person' }).count(),
    ).resolves.toBe(1);

    // The thank-you carries the point picked from the notes.
    const point = page.getByRole('radio', { name: /Volunteer at the planning office first/ });
    await reach(page, page.getByRole('radio', { name: /Night shifts are common/ }));
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused(point)).toBe(true);
    await expect(point.isChecked()).resolves.toBe(true);
    await press(page, main.getByRole('link', { name: 'Write the thank-you' }));
    await page.waitForURL('**/email/');
    await waitForIslands(page);
    await expect.poll(() => page.getByLabel('Kind of email').inputValue()).toBe('thank-you');
    const body = page.getByLabel('Message');
    await expect.poll(() => body.inputValue()).toContain('Dear Alex Chen,');
    await expect.poll(() => body.inputValue()).toContain('Volunteer at the planning office first');
    await expect(page.getByLabel('To (optional)').inputValue()).resolves.toBe('alex@example.org');

    // Back to Alex from the draft, and mark the thank-you sent.
    await press(page, page.getByRole('link', { name: 'Back to Alex Chen in Conversations' }), 40);
    await page.waitForURL('**/conversations/#person=*');
    await waitForIslands(page);
    await main.getByRole('heading', { name: 'Alex Chen', level: 2 }).waitFor();
    await expect(main.getByRole('link', { name: 'Thank-you: Alex Chen' }).count()).resolves.toBe(1);
    await press(page, main.getByRole('button', { name: 'I’ve sent my thank-you' }));
    await press(page, main.getByRole('button', { name: 'Mark as thanked' }), 20);
    await expect
      .poll(() => main.locator('.step-list').textContent())
      .toContain('Send a short update');

    // After a reload everything is where it was.
    await page.reload();
    await waitForIslands(page);
    await main.getByRole('heading', { name: 'Alex Chen', level: 2 }).waitFor();
    await expect
      .poll(() => main.locator('.person-part').first().textContent())
      .toContain('Thanked');
    const history = await main.locator('.history').textContent();
    for (const line of [
      'Added (To contact)',
      'Asked by email, sent Nov 20, 2026',
      'Scheduled a video call on Dec 3, 2026 at 2:30 PM (Europe/London), 30 minutes',
      'Met on Dec 3, 2026 at 2:30 PM (Europe/London)',
      'Wrote notes on the conversation of Dec 3, 2026 (2 names suggested)',
      'Added Sam Park, whom they suggested',
      'Thank-you sent Dec 3, 2026',
    ])
      expect(history).toContain(line);
    await press(page, main.getByRole('link', { name: 'Open Sam Park' }));
    await main.getByRole('heading', { name: 'Sam Park', level: 2 }).waitFor();
    await expect(main.getByRole('link', { name: 'Alex Chen' }).count()).resolves.toBe(1);
    await expect(savedPeople(page)).resolves.toHaveLength(2);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  test('a person typed with markup stays text, and a same name is allowed with a warning', async () => {
    const { context, page, problems } = await openPage();
    const main = page.getByRole('main');
    const markup = '<img src=x onerror="window.hacked=1">Dana';
    await addPerson(page, markup);
    await expect(main.locator('img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as { hacked?: number }).hacked)).resolves.toBe(
      undefined,
    );

    // A second person of the same name: the form says so, and saves them all the same.
    await press(page, main.getByRole('link', { name: 'All conversations' }), 10);
    await press(page, main.getByRole('button', { name: 'Add a person' }), 40);
    await expect.poll(focused(page.getByLabel('Their name', { exact: true }))).toBe(true);
    await page.keyboard.type(markup);
    await expect
      .poll(() => main.locator('.field-warning').textContent())
      .toContain('You already have someone called');
    await press(page, main.getByRole('button', { name: 'Add a person' }));
    await main.getByRole('heading', { name: markup, level: 2 }).waitFor();
    await expect(savedPeople(page)).resolves.toHaveLength(2);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  test('notes not yet saved: Escape asks first, and a reload warns, then keeps them', async () => {
    const { context, page } = await openPage();
    const met = { date: '2026-11-19', timeZone: 'Europe/London' };
    await page.evaluate(([key, people]) => localStorage.setItem(key, JSON.stringify({ people })), [
      KEY,
      [savedPerson('p1', 'Dana Ortiz', { stage: 'met', met })],
    ] as const);
    await page.reload();
    await waitForIslands(page);
    const main = page.getByRole('main');
    await press(page, page.locator('.people-list').getByRole('link', { name: 'Dana Ortiz' }), 60);
    await main.getByRole('heading', { name: 'Dana Ortiz', level: 2 }).waitFor();
    await press(page, main.getByRole('button', { name: 'Write notes from a conversation' }));
    const present = main.getByLabel('Their present', { exact: true });
    await typeInto(page, present, 'Runs the night desk');

    // Escape would throw the notes away: it asks, with keeping them the choice in focus.
    await page.keyboard.press('Escape');
    const keep = main.getByRole('button', { name: 'Keep editing' });
    await expect.poll(focused(keep)).toBe(true);
    await expect
      .poll(() => main.getByText('Discard what you typed? It has not been saved.').isVisible())
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(focused(main.getByRole('button', { name: 'Cancel' }))).toBe(true);

    // A reload makes the browser ask first; going ahead, the notes are still in the form.
    const warned: string[] = [];
    page.once('dialog', (dialog) => {
      warned.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    await waitForIslands(page);
    expect(warned).toEqual(['beforeunload']);
    await expect
      .poll(() => page.getByLabel('Their present', { exact: true }).inputValue())
      .toBe('Runs the night desk');
    expect(await savedPeople(page)).toMatchObject([{ name: 'Dana Ortiz', meetings: [] }]);
    await context.close();
  });

  test('delete one person with undo, and everyone after a confirmation', async () => {
    const { context, page } = await openPage();
    await page.evaluate(([key, people]) => localStorage.setItem(key, JSON.stringify({ people })), [
      KEY,
      [savedPerson('p1', 'Dana Ortiz'), savedPerson('p2', 'Sam Lee')],
    ] as const);
    await page.reload();
    await waitForIslands(page);
    const main = page.getByRole('main');
    await press(page, main.getByRole('link', { name: 'Dana Ortiz' }), 60);
    await main.getByRole('heading', { name: 'Dana Ortiz', level: 2 }).waitFor();
    await press(page, main.getByRole('button', { name: 'Delete this person' }));

    // Back on the list, with Undo in focus.
    const undo = main.getByRole('button', { name: 'Undo' });
    await expect.poll(focused(undo)).toBe(true);
    await expect.poll(() => main.getByText('Deleted “Dana Ortiz”.').isVisible()).toBe(true);
    await expect(savedPeople(page)).resolves.toHaveLength(1);
    await page.keyboard.press('Enter');
    await main.getByRole('heading', { name: 'Dana Ortiz', level: 2 }).waitFor();
    await expect(savedPeople(page)).resolves.toHaveLength(2);

    // Everyone: asked first, with the safe choice in focus.
    await press(page, main.getByRole('link', { name: 'All conversations' }), 10);
    await press(page, main.getByRole('button', { name: 'Delete everyone' }), 80);
    const keep = main.getByRole('button', { name: 'Keep them' });
    await expect.poll(focused(keep)).toBe(true);
    await expect.poll(() => main.getByText(/Delete all 2 people/).isVisible()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => savedPeople(page)).toEqual([]);
    await expect.poll(focused(main.getByRole('button', { name: 'Undo' }))).toBe(true);
    await expect.poll(() => main.getByText('Deleted everyone (2 people).').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => savedPeople(page).then((people) => people.length)).toBe(2);
    await context.close();
  });

  test('search by name or organization, and narrow to a stage from its count', async () => {
    const { context, page } = await openPage();
    await page.evaluate(([key, people]) => localStorage.setItem(key, JSON.stringify({ people })), [
      KEY,
      [
        savedPerson('p1', 'Dana Ortiz', { organization: 'Riverside Transit' }),
        savedPerson('p2', 'Sam Lee', { organization: 'City Hospital' }),
        savedPerson('p3', 'Zoë Brown', {
          organization: 'Riverside Library',
          stage: 'asked',
          asked: { sentOn: '2026-11-19', via: 'email' },
        }),
      ],
    ] as const);
    await page.reload();
    await waitForIslands(page);
    const main = page.getByRole('main');
    const names = () => main.locator('.people-list .person-link').allTextContents();
    await typeInto(page, page.getByLabel('Search by name or organization'), 'river');
    // Zoë's nudge has a date, so she comes first: the list runs by what is due next.
    await expect.poll(names).toEqual(['Zoë Brown', 'Dana Ortiz']);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('zoe');
    await expect.poll(names).toEqual(['Zoë Brown']);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await press(page, main.getByRole('button', { name: 'Asked 1' }));
    await expect.poll(() => page.getByLabel('Stage', { exact: true }).inputValue()).toBe('asked');
    await expect.poll(names).toEqual(['Zoë Brown']);
    await context.close();
  });
});

describe('calendar files in a time zone of their own', () => {
  // Without the page clock: Playwright's fake Date turns each subclass of Date back into a plain
  // Date, the time-zone-aware date ical-generator is given included, so under it every file is
  // written in the browser's zone whatever the event's. A real browser has no such stand-in.
  test('a call set in Tokyo time is written at Tokyo’s wall-clock time, not London’s', async () => {
    const opened = await openContext(browser, { ...READER, acceptDownloads: true });
    const { context, page } = opened;
    const day = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    const sent = new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10);
    await page.goto('/conversations/');
    await page.evaluate(([key, people]) => localStorage.setItem(key, JSON.stringify({ people })), [
      KEY,
      [
        savedPerson('p1', 'Kenji Mori', {
          stage: 'scheduled',
          asked: { sentOn: sent, via: 'email' },
          scheduled: {
            date: day,
            time: '09:30',
            timeZone: 'Asia/Tokyo',
            minutes: 30,
            format: 'video',
            place: '',
          },
        }),
      ],
    ] as const);
    await page.goto('/conversations/#person=p1');
    await waitForIslands(page);
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Kenji Mori', level: 2 }).waitFor();
    // The page gives the call on the reader's clock too.
    const inLondon = new Intl.DateTimeFormat('en-US', {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'Europe/London',
    }).format(Date.parse(`${day}T00:30:00Z`));
    await expect(main.getByText(/^Video call on/).textContent()).resolves.toContain(
      `at 9:30 AM (Asia/Tokyo; ${inLondon} your time), 30 minutes.`,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      press(
        page,
        main.getByRole('button', { name: 'Add the conversation to your calendar (.ics)' }),
      ),
    ]);
    const ics = readFileSync((await download.path()) ?? '', 'utf8');
    expect(ics).toContain(`DTSTART;TZID=Asia/Tokyo:${day.replaceAll('-', '')}T093000`);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    const [vevent] = calendar.getAllSubcomponents('vevent');
    if (!vevent) throw new Error('the file has no event');
    // 09:30 in Tokyo (UTC+9, no daylight saving) is 00:30 UTC the same day.
    expect(new ICAL.Event(vevent).startDate.toJSDate().toISOString()).toBe(`${day}T00:30:00.000Z`);
    await context.close();
  });
});

describe('the Conversations page when saving goes wrong', () => {
  test('unreadable saved data: a fresh start, the old data kept to download', async () => {
    const { context, page } = await openPage();
    await page.evaluate((key) => localStorage.setItem(key, '{"people": [{"id"'), KEY);
    await page.reload();
    await waitForIslands(page);
    const main = page.getByRole('main');
    await expect
      .poll(() => main.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('couldn’t read your saved conversations'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      press(page, main.getByRole('button', { name: 'Download the copy' }), 40),
    ]);
    expect(readFileSync((await download.path()) ?? '', 'utf8')).toBe('{"people": [{"id"');
    await expect(main.getByRole('button', { name: 'Add your first person' }).count()).resolves.toBe(
      1,
    );
    await context.close();
  });

  test('one damaged person: the others stay, and the notice names who was left out', async () => {
    const { context, page } = await openPage();
    await page.evaluate(([key, people]) => localStorage.setItem(key, JSON.stringify({ people })), [
      KEY,
      [savedPerson('p1', 'Dana Ortiz'), { ...savedPerson('p2', 'Sam Lee'), stage: 'lost' }],
    ] as const);
    await page.reload();
    await waitForIslands(page);
    const main = page.getByRole('main');
    await expect
      .poll(() => main.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('“Sam Lee”'));
    await expect(main.locator('.people-list .person-link').allTextContents()).resolves.toEqual([
      'Dana Ortiz',
    ]);
    await context.close();
  });

  test('storage turned off: the page works and says nothing will be kept', async () => {
    const opened = await openContext(browser, READER);
    await opened.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The storage is off', 'SecurityError');
        },
      });
    });
    const { page } = opened;
    await page.goto('/conversations/');
    await waitForIslands(page);
    const main = page.getByRole('main');
    await expect
      .poll(() => main.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('isn’t letting this site save anything'));
    await addPerson(page, 'Dana Ortiz');
    await opened.context.close();
  });

  test('storage full: the change stays on the page and the notice says it was not saved', async () => {
    const opened = await openContext(browser, READER);
    await opened.context.addInitScript(() => {
      const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (
        this: Storage,
        key: string,
        value: string,
      ) => void;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('iik:people') && (window as { full?: boolean }).full)
          throw new DOMException('The storage is full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    const { page } = opened;
    await page.goto('/conversations/');
    await waitForIslands(page);
    await page.evaluate(() => ((window as { full?: boolean }).full = true));
    const main = page.getByRole('main');
    await addPerson(page, 'Dana Ortiz');
    await expect
      .poll(() => main.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining('couldn’t be saved'));
    await opened.context.close();
  });

  test('a second tab sees a person added in the first', async () => {
    const { context, page } = await openPage();
    const other = await context.newPage();
    await other.goto('/conversations/');
    await waitForIslands(other);
    await addPerson(page, 'Dana Ortiz');
    await other
      .getByRole('main')
      .locator('.people-list')
      .getByRole('link', { name: 'Dana Ortiz' })
      .waitFor();
    await context.close();
  });
});
