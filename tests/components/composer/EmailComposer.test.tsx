import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { parse } from 'yaml';
import { hydrate, render as renderInto } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { EmailComposer } from '../../../src/components/composer/EmailComposer';
import type { Template } from '../../../src/schemas/template';
import { draftRequestHash, openDraftHash } from '../../../src/lib/draft-request';
import { makeDraft } from '../../../src/lib/email-draft';
import { makeComposer } from '../../../src/lib/email-template';
import { $drafts, draftsStore } from '../../../src/stores/drafts';

const dir = join(process.cwd(), 'src/content/templates');
const templates: Template[] = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  // The schema lives with Astro's build-side content config; tests/unit/content checks the files against it.
  .map((file) => parse(readFileSync(join(dir, file), 'utf8')) as Template);

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const subject = () => field('Subject');
const body = () => screen.getByLabelText<HTMLTextAreaElement>('Message');
const type = (element: HTMLElement, value: string) =>
  fireEvent.input(element, { target: { value } });
const check = (id: string) => document.querySelector(`[data-check="${id}"]`);

async function renderComposer() {
  const view = render(<EmailComposer templates={templates} />);
  await waitFor(() => expect(screen.getByLabelText('Message')).toBeVisible());
  return view;
}

beforeAll(async () => {
  // Loaded on demand by the page; loaded here first so its first transform doesn't eat a test's time.
  await import('../../../src/stores/requested-draft');
});

beforeEach(() => {
  $drafts.set({ drafts: [] });
  draftsStore.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('EmailComposer', () => {
  test('a first visit opens a request to someone you don’t know, asking only for the details it uses', async () => {
    await renderComposer();
    expect(screen.getByLabelText<HTMLSelectElement>('Kind of email').value).toBe('request-cold');
    expect(field('Their name')).toBeVisible();
    expect(field('How long')).toBeVisible();
    expect(screen.queryByLabelText('Who referred you')).toBeNull();
    expect(screen.queryByLabelText('Date of the conversation')).toBeNull();
    expect(subject().value).toBe('[How long] to hear about your work as [Their role]?');
    expect(body().value.startsWith('Dear [Their name],')).toBe(true);
    expect(screen.getByText('For example: Ms. Okafor.')).toBeVisible();
  });

  test('a first visit keeps the form the server drew: the starter draft updates it in place', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<EmailComposer templates={templates} />);
    document.body.append(container);
    const served = container.querySelector<HTMLInputElement>('#email-subject');
    served?.focus();
    hydrate(<EmailComposer templates={templates} />, container);
    await waitFor(() => expect($drafts.get().drafts).toHaveLength(1));
    // Running: the list dates the draft, where the server said "just now".
    await waitFor(() => expect(container.querySelector('.draft-meta time')).not.toBeNull());
    // The same elements, so nothing is drawn twice and focus stays where the reader put it.
    expect(container.querySelector('#email-subject')).toBe(served);
    expect(served).toHaveFocus();
    renderInto(null, container);
    container.remove();
  });

  test('the subject and message follow the details as they are typed', async () => {
    await renderComposer();
    type(field('Their name'), 'Ms. Okafor');
    type(field('How long'), '20 minutes');
    await waitFor(() => expect(body().value.startsWith('Dear Ms. Okafor,')).toBe(true));
    expect(subject().value).toBe('20 minutes to hear about your work as [Their role]?');
  });

  test('shows the fields of the kind chosen, keeping what was typed', async () => {
    await renderComposer();
    type(field('Their name'), 'Ms. Okafor');
    fireEvent.change(screen.getByLabelText('Kind of email'), { target: { value: 'thank-you' } });
    await waitFor(() => expect(field('Date of the conversation').type).toBe('date'));
    expect(screen.queryByLabelText('How long')).toBeNull();
    expect(body().value.startsWith('Dear Ms. Okafor,')).toBe(true);
    expect(screen.getByText(/Send it within 24 hours of the conversation/)).toBeVisible();
  });

  test('the conversation’s date speaks of the thank-you’s deadline only in a thank-you', async () => {
    await renderComposer();
    fireEvent.change(screen.getByLabelText('Kind of email'), { target: { value: 'thank-you' } });
    await waitFor(() =>
      expect(field('Date of the conversation')).toHaveAccessibleDescription(
        'Written out in words in the email, and used to say when your thank-you is due.',
      ),
    );
    fireEvent.change(screen.getByLabelText('Kind of email'), { target: { value: 'follow-up' } });
    await waitFor(() =>
      expect(field('Date of the conversation')).toHaveAccessibleDescription(
        'Written out in words in the email.',
      ),
    );
  });

  test('a LinkedIn note has no subject and no mail link, and counts its characters', async () => {
    await renderComposer();
    fireEvent.change(screen.getByLabelText('Kind of email'), {
      target: { value: 'linkedin-note' },
    });
    await waitFor(() => expect(screen.queryByLabelText('Subject')).toBeNull());
    expect(screen.queryByRole('button', { name: 'Copy subject' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Open in mail app' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy message' })).toBeVisible();
    type(body(), 'Hi Sam,\n\nWould you be open to a short conversation?');
    await waitFor(() =>
      expect(check('characters')).toHaveTextContent(
        '51 characters of 200: it fits a connection note on any LinkedIn account.',
      ),
    );
    expect(check('subject')).toBeNull();
  });

  test('HTML typed into a field stays text in the message, the link and the page', async () => {
    await renderComposer();
    const markup = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
    type(field('Their name'), markup);
    await waitFor(() => expect(body().value).toContain(`Dear ${markup},`));
    expect(document.querySelector('img, script')).toBeNull();
    const link = screen.getByRole<HTMLAnchorElement>('link', { name: 'Open in mail app' });
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toContain(markup);
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  test('refuses a paste past a field’s limit, keeps what was there and says why, tied to the field', async () => {
    await renderComposer();
    type(field('Their name'), 'Ms. Okafor');
    await waitFor(() => expect(body().value).toContain('Ms. Okafor'));
    type(field('Their name'), 'x'.repeat(201));
    const input = field('Their name');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(input.value).toBe('Ms. Okafor');
    const error = document.getElementById(
      input
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((id) => id.endsWith('-error'))!,
    );
    expect(error?.textContent).toBe(
      'That would make it 201 characters, and this field takes up to 200 characters. Nothing was changed: shorten it and try again.',
    );
    expect(body().value).not.toContain('xxx');

    type(body(), 'y'.repeat(5001));
    await waitFor(() => expect(body().getAttribute('aria-invalid')).toBe('true'));
    expect(body().value).toContain('Dear Ms. Okafor,');
    expect(
      screen.getByText(/^That would make it 5,001 characters, and this field takes up to 5,000/),
    ).toBeVisible();
  });

  test('case 8: long details that push the subject past its limit get a warning on the subject, and Backspace works there', async () => {
    await renderComposer();
    type(field('Their role'), 'r'.repeat(200));
    await waitFor(() => expect(subject().value).toContain('r'.repeat(200)));
    const length = subject().value.length;
    expect(length).toBeGreaterThan(200);
    expect(subject().getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText(
        `This is ${length} characters, more than the 200 it takes. Shorten it by ${length - 200} characters.`,
      ),
    ).toBeVisible();
    type(subject(), subject().value.slice(0, -1));
    await waitFor(() => expect(subject().value).toHaveLength(length - 1));
    type(subject(), subject().value.slice(0, 200));
    await waitFor(() => expect(subject().getAttribute('aria-invalid')).toBeNull());
    expect(subject().value).toHaveLength(200);
  });

  test('hand edits survive later detail changes until the reader confirms a rebuild', async () => {
    await renderComposer();
    type(body(), 'My own words. Could we talk for 15 minutes?');
    await waitFor(() =>
      expect(
        screen.getByText(/changing the details or the kind no longer changes it/),
      ).toBeVisible(),
    );
    type(field('Their name'), 'Dr. Lee');
    await waitFor(() => expect(field('Their name').value).toBe('Dr. Lee'));
    expect(body().value).toBe('My own words. Could we talk for 15 minutes?');

    fireEvent.click(screen.getByRole('button', { name: 'Rebuild from the details' }));
    const keep = await screen.findByRole('button', { name: 'Keep my text' });
    expect(screen.getByText(/Your own changes will be lost/)).toBeVisible();
    fireEvent.click(keep);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rebuild from the details' })).toBeVisible(),
    );
    expect(body().value).toBe('My own words. Could we talk for 15 minutes?');

    fireEvent.click(screen.getByRole('button', { name: 'Rebuild from the details' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace my text' }));
    await waitFor(() => expect(body().value.startsWith('Dear Dr. Lee,')).toBe(true));
    expect(screen.queryAllByText(/You have edited this email/)).toEqual([]);
  });

  test('after a hand edit, the kind of email says a new kind keeps the text, and it does', async () => {
    await renderComposer();
    const kind = screen.getByLabelText('Kind of email');
    expect(kind).not.toHaveAccessibleDescription(/keeps your text/);
    type(body(), 'My own words. Could we talk for 15 minutes?');
    await waitFor(() => expect(kind).toHaveAccessibleDescription(/another kind keeps your text/));
    fireEvent.change(kind, { target: { value: 'request-known' } });
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Kind of email').value).toBe('request-known'),
    );
    expect(body().value).toBe('My own words. Could we talk for 15 minutes?');
  });

  test('the job warning appears when "job opening" is written and goes when it is removed', async () => {
    await renderComposer();
    expect(check('no-job')?.getAttribute('data-status')).toBe('pass');
    type(field('What you want to learn'), 'whether there is a job opening');
    await waitFor(() => expect(check('no-job')?.getAttribute('data-status')).toBe('warn'));
    expect(check('no-job')?.textContent).toContain('Mentions “job” and “opening”');
    expect(
      within(check('no-job') as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/guide/asking/#what-your-request-should-say');
    type(field('What you want to learn'), 'hospital pharmacy');
    await waitFor(() => expect(check('no-job')?.getAttribute('data-status')).toBe('pass'));
  });

  test('offers the stricter 75-word setting for requests', async () => {
    await renderComposer();
    for (const [label, value] of [
      ['Your name', 'Sam Rivera'],
      ['Who you are, in a few words', 'a second-year biology student'],
      ['Their name', 'Ms. Okafor'],
      ['Their role', 'a hospital pharmacist'],
      ['Their organization', 'City General Hospital'],
      ['What you want to learn', 'how people move from the lab into clinical work'],
      ['How long', '20 minutes'],
      ['How you would like to meet', 'a phone call'],
    ] as const) {
      type(field(label), value);
    }
    await waitFor(() => expect(check('length')?.getAttribute('data-status')).toBe('pass'));
    fireEvent.click(screen.getByLabelText('Hold it to 75 words instead of 100'));
    await waitFor(() => expect(check('length')?.getAttribute('data-status')).toBe('warn'));
    expect(check('length')?.textContent).toContain('cut it to 75 or fewer');
  });

  test('copies the subject and the message, and says so where it can be seen and heard', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderComposer();
    fireEvent.click(screen.getByRole('button', { name: 'Copy message' }));
    await waitFor(() =>
      expect(screen.getByText('The message is copied. Paste it into your email.')).toBeVisible(),
    );
    expect(writeText).toHaveBeenLastCalledWith(body().value);
    expect(
      screen
        .getByText('The message is copied. Paste it into your email.')
        .closest('[role="status"]'),
    ).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Copy subject' }));
    await waitFor(() =>
      expect(screen.getByText('The subject is copied. Paste it into your email.')).toBeVisible(),
    );
    expect(writeText).toHaveBeenLastCalledWith(subject().value);
  });

  test('the mail link carries the exact subject and message', async () => {
    await renderComposer();
    type(field('Their name'), 'Zoë & Co #1 + 100%?');
    await waitFor(() => expect(body().value).toContain('Zoë'));
    const href =
      screen
        .getByRole<HTMLAnchorElement>('link', { name: 'Open in mail app' })
        .getAttribute('href') ?? '';
    const [, query = ''] = href.split('?');
    const params = Object.fromEntries(
      query.split('&').map((pair) => pair.split('=').map(decodeURIComponent)),
    );
    expect(params).toEqual({ subject: subject().value, body: body().value.replace(/\n/g, '\r\n') });
    expect(screen.queryByText(/long for a mail link/)).toBeNull();
  });

  test('warns, and suggests copying, when the mail link gets too long', async () => {
    await renderComposer();
    type(body(), 'é '.repeat(800));
    await waitFor(() =>
      expect(screen.getByText(/This email is long for a mail link/)).toBeVisible(),
    );
    expect(screen.getByText(/copy the subject and the message instead/)).toBeVisible();
  });

  test('keeps several named drafts: start one of a chosen kind, rename, switch', async () => {
    await renderComposer();
    type(field('Your name'), 'Sam Rivera');
    fireEvent.change(screen.getByLabelText('Start a new draft'), {
      target: { value: 'thank-you' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Start the draft' }));
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Kind of email').value).toBe('thank-you'),
    );
    expect(field('Your name').value).toBe('Sam Rivera');
    expect(screen.getByText('Started a new draft: Thank-you note.')).toBeVisible();

    type(field('Name of this draft'), 'Thanks to Ms. Okafor');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Thanks to Ms\. Okafor/ })).toBeVisible(),
    );
    const first = screen.getByRole('button', { name: /^Request to someone you don’t know/ });
    fireEvent.click(first);
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Kind of email').value).toBe('request-cold'),
    );
    expect(first.getAttribute('aria-current')).toBe('true');
    // The box now speaks of the draft just opened, not the one started before.
    await screen.findByText(/^Opened “Request to someone you don.t know”\.$/);
    expect(screen.queryByText('Started a new draft: Thank-you note.')).toBeNull();
  });

  test('a draft named after its kind follows a change of kind; one the reader renamed keeps its name', async () => {
    await renderComposer();
    const kind = screen.getByLabelText('Kind of email');
    fireEvent.change(kind, { target: { value: 'thank-you' } });
    await waitFor(() => expect(field('Name of this draft').value).toBe('Thank-you note'));
    expect(screen.getByRole('button', { name: /^Thank-you note/ })).toBeVisible();
    type(field('Name of this draft'), 'Thanks to Ms. Okafor');
    fireEvent.change(screen.getByLabelText('Kind of email'), { target: { value: 'follow-up' } });
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Kind of email').value).toBe('follow-up'),
    );
    expect(field('Name of this draft').value).toBe('Thanks to Ms. Okafor');
  });

  test('deletes a draft with a way to undo, moving focus to it', async () => {
    await renderComposer();
    type(field('Name of this draft'), 'To Ms. Okafor');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^To Ms\. Okafor/ })).toBeVisible(),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete this draft' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByText('Deleted “To Ms. Okafor”.')).toBeVisible();
    expect(
      screen.getByText('You have no drafts. Choose what you are writing and start one.'),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByLabelText('Message')).toBeNull());
    fireEvent.click(undo);
    await waitFor(() => expect(field('Name of this draft').value).toBe('To Ms. Okafor'));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    await screen.findByText('Restored “To Ms. Okafor”.');

    // Deleted again: only the deletion is told, not the restoring before it.
    fireEvent.click(screen.getByRole('button', { name: 'Delete this draft' }));
    await screen.findByText('Deleted “To Ms. Okafor”.');
    await waitFor(() => expect(screen.queryByText('Restored “To Ms. Okafor”.')).toBeNull());
  });
});

describe('EmailComposer and saved data', () => {
  /** Renders a fresh copy of the composer and its store, reading whatever localStorage holds now. */
  async function renderFresh() {
    vi.resetModules();
    const { EmailComposer: Fresh } = await import('../../../src/components/composer/EmailComposer');
    render(<Fresh templates={templates} />);
    await waitFor(() => expect(screen.getByLabelText('Message')).toBeVisible());
  }

  test('reopens saved drafts after a reload', async () => {
    await renderComposer();
    type(field('Their name'), 'Ms. Okafor');
    await waitFor(() =>
      expect(localStorage.getItem('iik:email-drafts:v1')).toContain('Ms. Okafor'),
    );
    document.body.innerHTML = '';
    await renderFresh();
    expect(field('Their name').value).toBe('Ms. Okafor');
  });

  test('corrupt saved drafts: the composer opens with a notice and the old data can be downloaded', async () => {
    localStorage.setItem('iik:email-drafts:v1', '{"drafts": [{"id": "x", "na');
    await renderFresh();
    expect(
      await screen.findByText(
        /We couldn’t read your saved email drafts, so this tool started fresh/,
      ),
    ).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Download the copy' })).toBeVisible();
    expect(body().value.startsWith('Dear [Their name],')).toBe(true);
    const kept = Object.keys(localStorage).filter((key) =>
      key.startsWith('iik:email-drafts:v1:backup:'),
    );
    expect(kept.map((key) => localStorage.getItem(key))).toEqual(['{"drafts": [{"id": "x", "na']);
  });

  test('storage full: the change stays on the page and the notice says it was not saved', async () => {
    const data = new Map<string, string>();
    const full: Storage = {
      get length() {
        return data.size;
      },
      key: (index) => [...data.keys()][index] ?? null,
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => {
        if (value.length > 3000)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        data.set(key, value);
      },
      removeItem: (key) => void data.delete(key),
      clear: () => data.clear(),
    };
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(full);
    await renderFresh();
    type(body(), 'A long message. '.repeat(200));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /Your latest change to your email drafts couldn’t be saved/,
      ),
    );
    expect(body().value.startsWith('A long message.')).toBe(true);
    expect(data.get('iik:email-drafts:v1')).not.toContain('A long message.');
  });

  test('storage switched off: the composer works and says nothing will be kept', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await renderFresh();
    expect(
      await screen.findByText(
        /Your browser isn’t letting this site save anything, so your email drafts will be lost/,
      ),
    ).toBeVisible();
    type(field('Their name'), 'Ms. Okafor');
    await waitFor(() => expect(body().value.startsWith('Dear Ms. Okafor,')).toBe(true));
  });

  test('puts a filled-in To address in the mail link, and leaves out one that is not an address', async () => {
    await renderComposer();
    const link = () => screen.getByRole<HTMLAnchorElement>('link', { name: 'Open in mail app' });
    type(field('To (optional)'), 'sam@example');
    await waitFor(() =>
      expect(screen.getByText(/doesn’t look like an email address/)).toBeVisible(),
    );
    expect(link().getAttribute('href')?.startsWith('mailto:?')).toBe(true);
    type(field('To (optional)'), 'sam@example.org');
    await waitFor(() =>
      expect(link().getAttribute('href')?.startsWith('mailto:sam@example.org?')).toBe(true),
    );
    expect(screen.queryByText(/doesn’t look like an email address/)).toBeNull();
  });

  test('a link from Conversations starts a draft of its kind with their details, and links back', async () => {
    const hash = draftRequestHash({
      kind: 'thank-you',
      name: 'Thank-you: Alex Chen',
      to: 'alex@example.org',
      fields: { contactName: 'Alex Chen', helpfulThing: 'your advice to join the society' },
      person: { id: 'person-1', name: 'Alex Chen' },
    });
    history.replaceState(null, '', `/email/${hash}`);
    await renderFresh();
    const fresh = await import('../../../src/stores/drafts');
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Kind of email').value).toBe('thank-you'),
    );
    expect(body().value).toContain('Dear Alex Chen,');
    expect(body().value).toContain('your advice to join the society');
    expect(field('To (optional)').value).toBe('alex@example.org');
    expect(
      screen.getByRole('link', { name: 'Back to Alex Chen in Conversations' }),
    ).toHaveAttribute('href', '/conversations/#person=person-1');
    // The request is taken out of the address and makes one draft only, with no first-visit draft.
    expect(location.hash).toBe('');
    expect(fresh.$drafts.get().drafts.map((draft) => draft.name)).toEqual(['Thank-you: Alex Chen']);
  });

  test('a thank-you from Conversations recalls what they offered among its checks, after a reload too', async () => {
    const hash = draftRequestHash({
      kind: 'thank-you',
      name: 'Thank-you: Alex Chen',
      to: '',
      fields: { contactName: 'Alex Chen' },
      person: { id: 'person-1', name: 'Alex Chen', offered: 'An intro to <b>Sam</b>' },
    });
    history.replaceState(null, '', `/email/${hash}`);
    await renderFresh();
    const reminder =
      'From your notes, they offered: “An intro to <b>Sam</b>.” Say how you will follow up on it.';
    expect(await screen.findByText(reminder)).toBeVisible();
    cleanup();
    await renderFresh();
    expect(await screen.findByText(reminder)).toBeVisible();
  });

  test('a nudge from Conversations starts with your details and their request’s, their record winning', async () => {
    const compose = makeComposer(templates);
    const request = makeDraft({
      id: 'request',
      name: 'Request: Alex Chen',
      kind: 'request-cold',
      fields: {
        yourName: 'Sam Rivera',
        yourSituation: 'a second-year economics student',
        contactName: 'Alex',
        contactRole: 'planner',
        learnGoal: 'how people get into city planning',
        meetingLength: '20 minutes',
        meetingMode: 'a phone call',
      },
      person: { id: 'person-1', name: 'Alex Chen' },
      compose,
      now: 0,
    });
    localStorage.setItem('iik:email-drafts:v1', JSON.stringify({ drafts: [request] }));
    const hash = draftRequestHash({
      kind: 'request-nudge',
      name: 'Nudge: Alex Chen',
      to: 'alex@example.org',
      fields: { contactName: 'Alex Chen', contactRole: 'UX researcher' },
      person: { id: 'person-1', name: 'Alex Chen' },
    });
    history.replaceState(null, '', `/email/${hash}`);
    await renderFresh();
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Kind of email').value).toBe('request-nudge'),
    );
    expect(field('Your name').value).toBe('Sam Rivera');
    expect(field('What you want to learn').value).toBe('how people get into city planning');
    expect(field('How long').value).toBe('20 minutes');
    expect(field('How you would like to meet').value).toBe('a phone call');
    expect(field('Their name').value).toBe('Alex Chen');
    expect(body().value).toContain('Dear Alex Chen,');
    expect(body().value).toContain('your work as a UX researcher.');
    expect(body().value).not.toContain('[');
  });

  test('each saved draft says when it was last edited, on the reader’s clock', async () => {
    const compose = makeComposer(templates);
    // Made from the local clock, so the words are the same in every time zone.
    const edited = new Date(2026, 10, 20, 14, 5).getTime();
    const draft = makeDraft({
      id: 'd',
      name: 'Thanks Dana',
      kind: 'thank-you',
      compose,
      now: edited,
    });
    localStorage.setItem('iik:email-drafts:v1', JSON.stringify({ drafts: [draft] }));
    await renderFresh();
    expect(await screen.findByText('Nov 20, 2026, 2:05 PM')).toHaveAttribute(
      'dateTime',
      new Date(edited).toISOString(),
    );
  });

  test('a link to a saved draft opens it', async () => {
    const first = templates.find((template) => template.kind === 'follow-up')!;
    const compose = makeComposer(templates);
    const older = makeDraft({ id: 'older', name: 'Older', kind: first.kind, compose, now: 0 });
    const newer = makeDraft({ id: 'newer', name: 'Newer', kind: first.kind, compose, now: 0 });
    localStorage.setItem(
      'iik:email-drafts:v1',
      JSON.stringify({ drafts: [newer, older], activeId: 'newer' }),
    );
    history.replaceState(null, '', `/email/${openDraftHash('older')}`);
    await renderFresh();
    const fresh = await import('../../../src/stores/drafts');
    await waitFor(() => expect(fresh.$activeDraft.get()?.id).toBe('older'));
    expect(location.hash).toBe('');
  });

  test('a link this browser can’t follow says why, and a first visit still gets its draft', async () => {
    history.replaceState(null, '', `/email/${openDraftHash('written-elsewhere')}`);
    await renderFresh();
    expect(
      await screen.findByText(/^The draft that link opens isn’t in this browser/),
    ).toBeVisible();
    const fresh = await import('../../../src/stores/drafts');
    expect(fresh.$drafts.get().drafts.map((draft) => draft.kind)).toEqual(['request-cold']);
    expect(location.hash).toBe('');
    cleanup();
    history.replaceState(null, '', '/email/#new=love-letter&name=For%20Dana');
    await renderFresh();
    expect(
      await screen.findByText(/^That link asks for a kind of email this page doesn’t write/),
    ).toBeVisible();
  });

  test('a link followed while the page is open is acted on at once, without a reload', async () => {
    await renderFresh();
    const fresh = await import('../../../src/stores/drafts');
    await waitFor(() => expect(fresh.$drafts.get().drafts).toHaveLength(1));
    location.hash = draftRequestHash({
      kind: 'thank-you',
      name: 'Thanks Dana',
      to: '',
      fields: { contactName: 'Dana' },
    });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(fresh.$activeDraft.get()?.name).toBe('Thanks Dana'));
    expect(body().value).toContain('Dear Dana,');
    expect(location.hash).toBe('');
  });
});
