import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Conversations } from '../../../src/components/conversations/Conversations';
import { instantOf } from '../../../src/lib/time';
import type { MeetingNotes, Person } from '../../../src/schemas/people';
import { makeDraft } from '../../../src/lib/email-draft';
import { $drafts } from '../../../src/stores/drafts';
import { $people, peopleStore } from '../../../src/stores/people';
import { forgetDeletions } from '../../../src/stores/person-edits';
import { clearTabState } from '../../../src/stores/tab-state';
import { $questionLists } from '../../../src/stores/question-lists';
import { makeNotes, makePerson } from '../../unit/support/people';

/** Friday 20 November 2026, 10:00 UTC. */
const NOW = instantOf('2026-11-20T10:00:00Z');

const type = (element: HTMLElement, value: string) =>
  fireEvent.input(element, { target: { value } });
/** The open person's page. */
const personPage = () => within(document.querySelector<HTMLElement>('.person-screen')!);
const rowNames = () =>
  [...document.querySelectorAll('.people-list .person-link')].map((link) => link.textContent);

/** Renders the island with these people saved, and waits for it to show them. */
async function renderWith(people: Person[] = []) {
  $people.set({ people });
  render(<Conversations />);
  await screen.findByRole('heading', { name: /People/, level: 2 });
}

/** Opens a person as their link does, and waits for their page. */
async function open(name: string) {
  const link = within(document.querySelector<HTMLElement>('.people-list')!).getByRole('link', {
    name,
  });
  location.hash = link.getAttribute('href') ?? '';
  return screen.findByRole('heading', { name, level: 2 });
}

const asked = (id: string, name: string, sentOn: string) =>
  makePerson({
    id,
    name,
    stage: 'asked',
    asked: { sentOn, via: 'email' },
    stageChangedAt: `${sentOn}T09:00:00.000Z`,
  });

beforeEach(() => {
  // Only the date is fixed: the stores' and the page's own timers run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  history.replaceState(null, '', '/conversations/');
  $drafts.set({ drafts: [] });
  $questionLists.set({ lists: [] });
  peopleStore.reset();
  forgetDeletions();
  clearTabState();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Conversations: the list', () => {
  test('a first visit says what the page is for and offers to add someone', async () => {
    await renderWith();
    expect(screen.getByText('Nothing is due in the next 7 days.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Add your first person' })).toBeVisible();
    expect(screen.getByText(/No one yet\./)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Delete everyone' })).toBeNull();
  });

  test('with nothing due, says who is still waiting for a first request', async () => {
    await renderWith([
      makePerson({ id: 'a', name: 'Ana' }),
      makePerson({ id: 'b', name: 'Ben', createdAt: '2026-11-19T09:00:00.000Z' }),
    ]);
    expect(screen.getByText(/^Nothing is due in the next 7 days\./)).toHaveTextContent(
      'Nothing is due in the next 7 days. You have 2 people to contact: write each request when you are ready.',
    );
  });

  test('shows what is late, due today and this week, with each person and when', async () => {
    await renderWith([
      asked('late', 'Lena Late', '2026-11-10'),
      asked('today', 'Tia Today', '2026-11-13'),
      asked('week', 'Wes Week', '2026-11-16'),
      makePerson({
        id: 'later',
        name: 'Lou Later',
        stage: 'thanked',
        thanked: { sentOn: '2026-11-19' },
      }),
    ]);
    const group = (heading: RegExp) =>
      screen.getByRole('list', { name: heading }).textContent ?? '';
    expect(group(/^Late/)).toContain('Lena LateNudge onceLate: was due Nov 17');
    expect(group(/^Today/)).toContain('Tia TodayNudge onceDue today');
    expect(group(/^Next 7 days/)).toContain('Wes WeekNudge onceDue Nov 23');
    expect(screen.getByRole('region', { name: 'What’s due' }).textContent).not.toContain('Lou');
    // The list runs by what is due next: the late one first.
    expect(rowNames()).toEqual(['Lena Late', 'Tia Today', 'Wes Week', 'Lou Later']);
  });

  test('shows six steps of a long group, and the rest on asking', async () => {
    const many = Array.from({ length: 8 }, (_, index) =>
      asked(`p${index}`, `Person ${index + 1}`, '2026-11-10'),
    );
    await renderWith(many);
    const late = () => screen.getByRole('list', { name: /^Late/ }).querySelectorAll('li');
    expect(late()).toHaveLength(6);
    fireEvent.click(screen.getByRole('button', { name: /Show all 8/ }));
    await waitFor(() => expect(late()).toHaveLength(8));
  });

  test('counts people by stage, and a count narrows the list to its stage', async () => {
    await renderWith([
      makePerson({ id: 'a', name: 'Ana' }),
      asked('b', 'Ben', '2026-11-19'),
      asked('c', 'Cleo', '2026-11-18'),
    ]);
    // A stage no one is at is shown, but is no button to press.
    expect(screen.getByText('Declined').parentElement).toHaveTextContent('Declined 0');
    expect(screen.queryByRole('button', { name: 'Declined 0' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Asked 2' }));
    await waitFor(() => expect(rowNames()).toEqual(['Cleo', 'Ben']));
    expect(screen.getByLabelText<HTMLSelectElement>('Stage').value).toBe('asked');
    expect(screen.getByText('Showing 2 people of 3, by what is due next.')).toBeVisible();
  });

  test('searches by name or organization, and says when no one matches', async () => {
    await renderWith([
      makePerson({ id: 'a', name: 'Ana Reyes', organization: 'City Hospital' }),
      makePerson({ id: 'b', name: 'Ben Okafor', organization: 'Riverside Transit' }),
    ]);
    const search = screen.getByLabelText('Search by name or organization');
    type(search, 'river');
    await waitFor(() => expect(rowNames()).toEqual(['Ben Okafor']));
    type(search, 'nobody');
    await screen.findByText('No one matches. Try fewer words, or another stage.');
    fireEvent.click(screen.getByRole('button', { name: 'Show everyone' }));
    await waitFor(() => expect(rowNames()).toHaveLength(2));
  });

  test('markup in a name stays text', async () => {
    const markup = '<img src=x onerror="window.hacked=1">';
    await renderWith([makePerson({ name: markup })]);
    expect(rowNames()).toEqual([markup]);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('Conversations: adding and changing people', () => {
  test('adds a person with the form, then opens them on their next step', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('button', { name: 'Add your first person' }));
    const name = await screen.findByLabelText('Their name', { exact: false });
    type(name, 'Dana Ortiz');
    type(screen.getByLabelText('Their organization'), 'Riverside Transit');
    fireEvent.click(screen.getByRole('radio', { name: 'Warm' }));
    fireEvent.submit(name.closest('form')!);
    await screen.findByRole('heading', { name: 'Dana Ortiz', level: 2 });
    expect($people.get().people[0]).toMatchObject({
      name: 'Dana Ortiz',
      organization: 'Riverside Transit',
      warmth: 'warm',
      stage: 'to-contact',
    });
    expect(screen.getByRole('link', { name: 'Write the request' })).toBeVisible();
  });

  test('an email already begun for them opens again, with a link beside it to start another', async () => {
    const begun = makeDraft({
      id: 'begun',
      name: 'Request: Dana Ortiz',
      kind: 'request-cold',
      person: { id: 'dana', name: 'Dana Ortiz' },
      compose: () => ({ subject: '', body: '' }),
      now: NOW,
    });
    $drafts.set({ drafts: [begun] });
    await renderWith([makePerson({ id: 'dana', name: 'Dana Ortiz', warmth: 'cold' })]);
    await open('Dana Ortiz');
    expect(personPage().getByRole('link', { name: 'Open your request' })).toHaveAttribute(
      'href',
      '/email/#draft=begun',
    );
    expect(
      personPage().getByRole('link', { name: 'Write another request' }).getAttribute('href'),
    ).toMatch(/^\/email\/#new=request-cold&/);
    expect(personPage().queryByRole('link', { name: 'Write the request' })).toBeNull();
  });

  test('the add form says everything that is wrong at once, with focus on the first', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('button', { name: 'Add your first person' }));
    const name = await screen.findByLabelText('Their name', { exact: false });
    const email = screen.getByLabelText('Their email', { exact: false });
    type(email, 'bad');
    fireEvent.submit(name.closest('form')!);
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining('Write their name first; everything else can wait.'),
    );
    expect(email).toHaveAccessibleDescription(
      expect.stringContaining('That doesn’t look like an email address'),
    );
    expect($people.get().people).toEqual([]);
  });

  test('a name already listed, however it is accented or capitalized, is pointed out by its listed spelling', async () => {
    await renderWith([makePerson({ id: 'maria', name: 'María López' })]);
    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    const name = await screen.findByLabelText('Their name', { exact: false });
    type(name, '  maria  lopez ');
    expect(await screen.findByText(/^You already have someone called/)).toHaveTextContent(
      'You already have someone called “María López”. You can still save',
    );
    type(name, 'Maria Lopes');
    await waitFor(() => expect(screen.queryByText(/^You already have someone called/)).toBeNull());
  });

  test('Escape closes an untouched form at once, as it does every form on the page', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('button', { name: 'Add your first person' }));
    const name = await screen.findByLabelText('Their name', { exact: false });
    fireEvent.keyDown(name, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByLabelText('Their name', { exact: false })).toBeNull());
    expect(screen.getByRole('button', { name: 'Add your first person' })).toBeVisible();
    expect($people.get().people).toEqual([]);
  });

  test('Escape or Cancel on a form with typing asks before discarding it, and keeps it by default', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('button', { name: 'Add your first person' }));
    const name = await screen.findByLabelText('Their name', { exact: false });
    type(name, 'Dana Ortiz');
    fireEvent.keyDown(name, { key: 'Escape' });
    const keep = await screen.findByRole('button', { name: 'Keep editing' });
    expect(screen.getByText('Discard what you typed? It has not been saved.')).toBeVisible();
    await waitFor(() => expect(keep).toHaveFocus());
    fireEvent.click(keep);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus());
    expect(screen.getByLabelText('Their name', { exact: false })).toHaveValue('Dana Ortiz');

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Discard it' }));
    await waitFor(() => expect(screen.queryByLabelText('Their name', { exact: false })).toBeNull());
    expect($people.get().people).toEqual([]);
  });

  test('notes typed but not saved are there again when the page is reopened, until saved', async () => {
    const met = makePerson({
      id: 'alex',
      name: 'Alex Chen',
      stage: 'met',
      met: { date: '2026-11-19', timeZone: 'UTC' },
    });
    await renderWith([met]);
    await open('Alex Chen');
    fireEvent.click(screen.getByRole('button', { name: 'Write notes from a conversation' }));
    type(await screen.findByLabelText('Their present', { exact: false }), 'Runs the night desk');
    type(screen.getByLabelText('Point 1'), 'Ask about the spring course');
    // The guide's "follow up on exactly what they offered" has its place, beside your promises.
    type(
      screen.getByLabelText('What they offered, and what you promised', { exact: false }),
      'An introduction to Sam at the port',
    );

    // The page goes away (a reload, or the list and back) and comes again.
    cleanup();
    history.replaceState(null, '', '/conversations/');
    await renderWith([met]);
    await open('Alex Chen');
    expect(await screen.findByLabelText('Their present', { exact: false })).toHaveValue(
      'Runs the night desk',
    );
    expect(screen.getByLabelText('Point 1')).toHaveValue('Ask about the spring course');
    // Restored, they are still unsaved: Escape asks before throwing them away.
    fireEvent.keyDown(screen.getByLabelText('Point 1'), { key: 'Escape' });
    fireEvent.click(await screen.findByRole('button', { name: 'Keep editing' }));

    fireEvent.click(screen.getByRole('button', { name: 'Save notes' }));
    await waitFor(() => expect($people.get().people[0]?.meetings).toHaveLength(1));
    cleanup();
    history.replaceState(null, '', '/conversations/');
    await renderWith($people.get().people);
    await open('Alex Chen');
    expect(screen.getByRole('button', { name: 'Write notes from a conversation' })).toBeVisible();
    expect(screen.queryByLabelText('Their present', { exact: false })).toBeNull();
    expect(personPage().getByText('Offered and promised:').parentElement).toHaveTextContent(
      'Offered and promised: An introduction to Sam at the port',
    );
  });

  test('details typed but not saved open again as they were when the page is reopened', async () => {
    await renderWith([makePerson({ id: 'alex', name: 'Alex Chen', role: 'Nurse' })]);
    await open('Alex Chen');
    fireEvent.click(personPage().getByRole('button', { name: 'Edit details' }));
    type(await screen.findByLabelText('Their role'), 'Charge nurse');

    // A reload: the page goes and comes again, with what is saved.
    cleanup();
    history.replaceState(null, '', '/conversations/');
    await renderWith($people.get().people);
    await open('Alex Chen');
    expect(await screen.findByLabelText('Their role')).toHaveValue('Charge nurse');
    expect($people.get().people[0]?.role).toBe('Nurse');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect($people.get().people[0]?.role).toBe('Charge nurse'));

    // Saved, nothing is kept: the next visit shows the details, not the form.
    cleanup();
    history.replaceState(null, '', '/conversations/');
    await renderWith($people.get().people);
    await open('Alex Chen');
    expect(personPage().getByRole('button', { name: 'Edit details' })).toBeVisible();
    expect(screen.queryByLabelText('Their role')).toBeNull();
  });

  test('refuses a person without a name, and says so at the field', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('button', { name: 'Add your first person' }));
    const name = await screen.findByLabelText('Their name', { exact: false });
    fireEvent.submit(name.closest('form')!);
    await screen.findByText('Write their name first; everything else can wait.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect($people.get().people).toEqual([]);
  });

  test('moves a person to Asked with the day and way, and refuses a missing day', async () => {
    await renderWith([makePerson({ id: 'alex', name: 'Alex Chen' })]);
    await open('Alex Chen');
    fireEvent.click(screen.getByRole('button', { name: 'I’ve asked them' }));
    const day = await screen.findByLabelText('The day you sent it');
    type(day, '');
    fireEvent.click(screen.getByRole('button', { name: 'Mark as asked' }));
    await screen.findByText('Pick the day you sent the request.');
    type(day, '2026-11-19');
    fireEvent.click(screen.getByRole('radio', { name: 'LinkedIn' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mark as asked' }));
    await waitFor(() =>
      expect($people.get().people[0]?.asked).toEqual({ sentOn: '2026-11-19', via: 'linkedin' }),
    );
    expect(await screen.findByText('Asked on LinkedIn on Nov 19.')).toBeVisible();
    expect(personPage().getByText('Nudge once')).toBeVisible();
  });

  test('Move with no stage chosen says what to do, on the list it puts focus on', async () => {
    await renderWith([asked('alex', 'Alex Chen', '2026-11-13')]);
    await open('Alex Chen');
    fireEvent.click(personPage().getByRole('button', { name: 'Move' }));
    const list = personPage().getByRole('combobox', { name: 'Another stage' });
    await waitFor(() => expect(list).toHaveFocus());
    expect(list).toHaveAccessibleDescription('Choose the stage to move them to, then press Move.');
    fireEvent.change(list, { target: { value: 'closed' } });
    await waitFor(() => expect(list).not.toHaveAccessibleDescription());
  });

  test('the schedule form offers every zone by the name readers know', async () => {
    await renderWith([asked('alex', 'Alex Chen', '2026-11-13')]);
    await open('Alex Chen');
    fireEvent.click(personPage().getByRole('button', { name: 'They said yes: schedule it' }));
    const zone = await screen.findByRole('combobox', { name: 'Time zone' });
    const names = within(zone)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(names).toContain('America/New York');
    expect(names).toContain('Asia/Kolkata');
    expect(names).not.toContain('Asia/Calcutta');
    expect(new Set(names).size).toBe(names.length);
  });

  test('marks the nudge sent with its button, and the next step follows', async () => {
    await renderWith([asked('alex', 'Alex Chen', '2026-11-13')]);
    await open('Alex Chen');
    fireEvent.click(screen.getByRole('button', { name: 'I’ve sent the nudge' }));
    await personPage().findByText('Try someone else');
    expect($people.get().people[0]?.asked?.nudgedOn).toBe('2026-11-20');
  });

  test('a step marked done by mistake can be taken back with Undo, which has focus', async () => {
    await renderWith([asked('alex', 'Alex Chen', '2026-11-13')]);
    await open('Alex Chen');
    fireEvent.click(screen.getByRole('button', { name: 'I’ve sent the nudge' }));
    const undo = await personPage().findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    expect(personPage().getByText('Done: Nudge once.')).toBeVisible();
    fireEvent.click(undo);
    await personPage().findByRole('button', { name: 'I’ve sent the nudge' });
    expect($people.get().people[0]?.asked).toEqual({ sentOn: '2026-11-13', via: 'email' });
    expect($people.get().people[0]?.history.at(-1)?.text).toBe('Marked not done: Nudge once');
    expect(personPage().queryByText('Done: Nudge once.')).toBeNull();
  });

  test('deletes a person with undo, back in their place and open again', async () => {
    await renderWith([
      makePerson({ id: 'a', name: 'Ana' }),
      makePerson({ id: 'b', name: 'Ben', createdAt: '2026-11-19T09:00:00.000Z' }),
    ]);
    await open('Ana');
    fireEvent.click(screen.getByRole('button', { name: 'Delete this person' }));
    await screen.findByText('Deleted “Ana”.');
    expect($people.get().people.map((person) => person.name)).toEqual(['Ben']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('heading', { name: 'Ana', level: 2 });
    expect($people.get().people.map((person) => person.name)).toEqual(['Ana', 'Ben']);
  });

  test('turns a suggested name into a new person referred by them, once', async () => {
    const met = makePerson({
      id: 'alex',
      name: 'Alex Chen',
      stage: 'met',
      met: { date: '2026-11-19', timeZone: 'UTC' },
      meetings: [
        {
          id: 'n1',
          date: '2026-11-19',
          heard: { present: '', past: '', future: '', advice: 'Volunteer first' },
          remember: ['Shadow a shift'],
          promised: '',
          suggested: [{ id: 's1', name: 'Sam Park', note: 'Data team' }],
          createdAt: '2026-11-19T12:00:00.000Z',
          updatedAt: '2026-11-19T12:00:00.000Z',
        },
      ],
    });
    await renderWith([met]);
    await open('Alex Chen');
    fireEvent.click(screen.getByRole('button', { name: 'Add Sam Park as a person' }));
    await screen.findByRole('link', { name: 'Open Sam Park' });
    expect($people.get().people[0]).toMatchObject({
      name: 'Sam Park',
      notes: 'Data team',
      referredBy: { personId: 'alex', name: 'Alex Chen' },
      stage: 'to-contact',
    });

    // The thank-you link carries the point picked from the notes.
    const link = () => screen.getByRole<HTMLAnchorElement>('link', { name: 'Write the thank-you' });
    expect(decodeURIComponent(link().getAttribute('href') ?? '')).toContain(
      'helpfulThing=Shadow+a+shift',
    );
    fireEvent.click(screen.getByRole('radio', { name: /Volunteer first/ }));
    await waitFor(() =>
      expect(decodeURIComponent(link().getAttribute('href') ?? '')).toContain(
        'helpfulThing=Volunteer+first',
      ),
    );
    fireEvent.click(screen.getByRole('radio', { name: /None/ }));
    await waitFor(() =>
      expect(decodeURIComponent(link().getAttribute('href') ?? '')).not.toContain('helpfulThing'),
    );
  });

  test('the update names a point too, and both start from the point their last email used', async () => {
    const thanked = makePerson({
      id: 'alex',
      name: 'Alex Chen',
      stage: 'thanked',
      met: { date: '2026-11-10', timeZone: 'UTC' },
      thanked: { sentOn: '2026-11-11' },
      meetings: [
        makeNotes({
          date: '2026-11-10',
          heard: { present: '', past: '', future: '', advice: 'Volunteer first' },
          remember: ['Shadow a shift'],
        }),
      ],
    });
    const sent = makeDraft({
      id: 'sent',
      name: 'Thank-you: Alex Chen',
      kind: 'thank-you',
      fields: { helpfulThing: 'Volunteer first' },
      person: { id: 'alex', name: 'Alex Chen' },
      compose: () => ({ subject: '', body: '' }),
      now: NOW,
    });
    $drafts.set({ drafts: [sent] });
    await renderWith([thanked]);
    await open('Alex Chen');
    const choice = personPage().getByRole('group', {
      name: 'The point your update or thank-you mentions',
    });
    expect(within(choice).getByRole('radio', { name: /Volunteer first/ })).toBeChecked();
    const update = () =>
      personPage().getByRole<HTMLAnchorElement>('link', { name: 'Write the update' });
    expect(decodeURIComponent(update().getAttribute('href') ?? '')).toContain(
      'helpfulThing=Volunteer+first',
    );
    fireEvent.click(within(choice).getByRole('radio', { name: /Shadow a shift/ }));
    await waitFor(() =>
      expect(decodeURIComponent(update().getAttribute('href') ?? '')).toContain(
        'helpfulThing=Shadow+a+shift',
      ),
    );
  });

  test('plans their questions in a list named after them, made once and then shown with its size', async () => {
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    $questionLists.set({
      lists: [
        {
          id: 'taken',
          name: 'Alex Chen',
          minutes: 30,
          items: [],
          createdAt: '2026-11-19T12:00:00.000Z',
          updatedAt: '2026-11-19T12:00:00.000Z',
        },
      ],
    });
    await renderWith([makePerson({ id: 'alex', name: 'Alex Chen' })]);
    await open('Alex Chen');
    fireEvent.click(screen.getByRole('button', { name: 'Plan your questions' }));
    await waitFor(() => expect($questionLists.get().lists).toHaveLength(2));
    const made = $questionLists.get().lists[1]!;
    expect(made.name).toBe('Alex Chen (2)');
    // The picker can link back to whom the list is for.
    expect(made.person).toEqual({ id: 'alex', name: 'Alex Chen' });
    expect(assign).toHaveBeenCalledWith(`/questions/picker/?list=${made.id}`);
    expect(
      await screen.findByText('Your list “Alex Chen (2)” has 0 questions, planned for 30 minutes.'),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Rehearse them in a mock conversation' }),
    ).toHaveAttribute('href', `/practice/?list=${made.id}#mock`);
  });
});

describe('Conversations: a list planned before the person was added', () => {
  test('can be linked to them instead of starting an empty one', async () => {
    const list = (id: string, name: string, items: number) => ({
      id,
      name,
      minutes: 30 as const,
      items: Array.from({ length: items }, (_, index) => ({
        kind: 'bank' as const,
        questionId: `q${index}`,
      })),
      createdAt: '2026-11-19T12:00:00.000Z',
      updatedAt: '2026-11-19T12:00:00.000Z',
    });
    $questionLists.set({
      lists: [list('sam-list', 'For Sam', 2), list('maya-plan', 'Maya at Northwind', 5)],
    });
    await renderWith([
      makePerson({ id: 'sam', name: 'Sam Ortiz', questionListId: 'sam-list' }),
      makePerson({ id: 'maya', name: 'Maya Chen' }),
    ]);
    await open('Maya Chen');
    // Sam's list is his: only the list no one has is offered.
    const choice = screen.getByLabelText<HTMLSelectElement>('Or use a list you already have');
    expect([...choice.options].map((option) => option.textContent)).toEqual([
      'Maya at Northwind (5 questions)',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Use this list' }));
    expect(
      await screen.findByText(
        'Your list “Maya at Northwind” has 5 questions, planned for 30 minutes.',
      ),
    ).toBeVisible();
    expect($people.get().people.find(({ id }) => id === 'maya')?.questionListId).toBe('maya-plan');
    expect($questionLists.get().lists[1]?.person).toEqual({ id: 'maya', name: 'Maya Chen' });
    expect($questionLists.get().lists).toHaveLength(2);
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Your questions' })).toHaveFocus(),
    );
  });
});

describe('Conversations: a person edited in two tabs at once', () => {
  const maya = makePerson({ id: 'maya', name: 'Maya Chen', organization: 'Northwind', notes: '' });
  /** Another tab saves the person: the store hears it as it hears a storage event. */
  const savedElsewhere = (changes: Partial<Person>) =>
    act(() =>
      $people.set({ people: [{ ...maya, ...changes, updatedAt: '2026-11-20T10:05:00.000Z' }] }),
    );

  async function editDetails() {
    await renderWith([maya]);
    await open('Maya Chen');
    fireEvent.click(personPage().getByRole('button', { name: 'Edit details' }));
    return screen.findByLabelText('Notes');
  }

  test('fields left alone show the other tab’s change, and saving keeps both', async () => {
    type(await editDetails(), 'Met at the meetup');
    await savedElsewhere({ organization: 'Northwind Health' });
    await waitFor(() =>
      expect(screen.getByLabelText('Their organization')).toHaveValue('Northwind Health'),
    );
    expect(screen.getByLabelText('Notes')).toHaveValue('Met at the meetup');
    expect(screen.queryByText(/also changed in another tab/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect($people.get().people[0]).toMatchObject({
        organization: 'Northwind Health',
        notes: 'Met at the meetup',
      }),
    );
  });

  test('a field both tabs changed: the form says so, and saving keeps what was typed here', async () => {
    type(await editDetails(), 'Mine');
    await savedElsewhere({ notes: 'Theirs', role: 'Lead planner' });
    expect(
      await screen.findByText(/also changed in another tab, including the notes\./),
    ).toBeVisible();
    expect(screen.getByLabelText('Their role')).toHaveValue('Lead planner');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect($people.get().people[0]).toMatchObject({ notes: 'Mine', role: 'Lead planner' }),
    );
  });

  describe('their notes from a conversation', () => {
    const written = makeNotes({
      id: 'talk',
      date: '2026-11-18',
      heard: { present: 'Plans bus routes', past: '', future: '', advice: '' },
    });
    const met = {
      ...maya,
      stage: 'met' as const,
      met: { date: '2026-11-18', timeZone: 'UTC' },
      meetings: [written],
    };
    /** Another tab saves new notes: the store hears it as it hears a storage event. */
    const notesSavedElsewhere = (heard: Partial<MeetingNotes['heard']>, promised = '') =>
      act(() =>
        $people.set({
          people: [
            {
              ...met,
              meetings: [
                {
                  ...written,
                  heard: { ...written.heard, ...heard },
                  promised,
                  updatedAt: '2026-11-20T10:05:00.000Z',
                },
              ],
              updatedAt: '2026-11-20T10:05:00.000Z',
            },
          ],
        }),
      );
    async function editNotes() {
      await renderWith([met]);
      await open('Maya Chen');
      fireEvent.click(personPage().getByRole('button', { name: 'Edit these notes' }));
      return screen.findByLabelText('Their future', { exact: false });
    }

    test('fields left alone show the other tab’s notes, and saving keeps both', async () => {
      type(await editNotes(), 'Wants to lead a team');
      await notesSavedElsewhere({ past: 'Started as a driver' }, 'An intro to Sam');
      await waitFor(() =>
        expect(screen.getByLabelText('Their past', { exact: false })).toHaveValue(
          'Started as a driver',
        ),
      );
      expect(screen.queryByText(/also changed in another tab/)).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Save notes' }));
      await waitFor(() =>
        expect($people.get().people[0]?.meetings[0]).toMatchObject({
          heard: { past: 'Started as a driver', future: 'Wants to lead a team' },
          promised: 'An intro to Sam',
        }),
      );
    });

    test('a field both tabs changed: the form says so, and saving keeps what was typed here', async () => {
      type(await editNotes(), 'Mine');
      await notesSavedElsewhere({ future: 'Theirs' });
      expect(
        await screen.findByText(
          /These notes were also changed in another tab, including their future\./,
        ),
      ).toBeVisible();
      fireEvent.click(screen.getByRole('button', { name: 'Save notes' }));
      await waitFor(() => expect($people.get().people[0]?.meetings[0]?.heard.future).toBe('Mine'));
    });
  });
});

describe('Conversations: when nothing is due', () => {
  test('keeping in touch is not called closed, and points to the later job-search message', async () => {
    await renderWith([
      makePerson({ id: 'kim', name: 'Kim Ota', stage: 'keeping-in-touch' }),
      makePerson({ id: 'lee', name: 'Lee Park', stage: 'closed' }),
    ]);
    await open('Kim Ota');
    expect(personPage().getByText(/^Nothing is due\./)).toHaveTextContent(
      'ask in a separate message, at least 4 weeks after the conversation',
    );
    expect(personPage().getByRole('link', { name: 'keep in touch' })).toHaveAttribute(
      'href',
      '/guide/opportunities/#keep-in-touch',
    );
    expect(personPage().queryByText(/this conversation is closed/)).toBeNull();
    // Closed conversations leave the list's default view; their address still opens them.
    location.hash = '#person=lee';
    await screen.findByRole('heading', { name: 'Lee Park', level: 2 });
    expect(personPage().getByText('Nothing to do: this conversation is closed.')).toBeVisible();
  });

  test('what they offered is shown with the emails, with the paragraph to forward, until it is done with', async () => {
    const met = (id: string, name: string, promised: string) =>
      makePerson({
        id,
        name,
        stage: 'met',
        met: { date: '2026-12-01', timeZone: 'UTC' },
        meetings: [
          {
            id: `notes-${id}`,
            date: '2026-12-01',
            heard: { present: '', past: '', future: '', advice: '' },
            remember: ['Shadow a shift'],
            promised,
            suggested: [],
            createdAt: '2026-12-01T15:00:00.000Z',
            updatedAt: '2026-12-01T15:00:00.000Z',
          },
        ],
      });
    await renderWith([
      met('ana', 'Ana Ruiz', 'An intro to <b>Sam</b>, their charge nurse'),
      met('bo', 'Bo Lind', ''),
    ]);
    await open('Ana Ruiz');
    const reminder = personPage().getByText('To follow up, from your notes:').closest('div');
    expect(reminder).toHaveTextContent(
      'To follow up, from your notes: An intro to <b>Sam</b>, their charge nurse' +
        'Follow up on exactly that. Mention it in your thank-you. If they offered an introduction, send a short paragraph about you they can forward.',
    );
    expect(personPage().getByRole('link', { name: 'Follow up on exactly that' })).toHaveAttribute(
      'href',
      '/guide/following-up/#follow-up-on-exactly-what-they-offered',
    );
    const forward = personPage().getByRole('link', { name: 'Write a paragraph they can forward' });
    expect(forward.getAttribute('href')).toMatch(/^\/email\/#/);
    expect(decodeURIComponent(forward.getAttribute('href') ?? '')).toContain('intro-blurb');
    // Following it up is a step of its own, beside the thank-you; once done, the reminder goes
    // and the notes say when.
    expect(personPage().getByText('Follow up on what they offered')).toBeVisible();
    fireEvent.click(personPage().getByRole('button', { name: 'I’ve followed up' }));
    await waitFor(() =>
      expect(personPage().queryByText('To follow up, from your notes:')).toBeNull(),
    );
    expect(personPage().queryByText('Follow up on what they offered')).toBeNull();
    expect(
      personPage().queryByRole('link', { name: 'Write a paragraph they can forward' }),
    ).toBeNull();
    expect(personPage().getByText('Offered and promised:').parentElement).toHaveTextContent(
      '(followed up on Nov 20)',
    );
    expect($people.get().people[0]?.meetings[0]?.offerDoneOn).toBe('2026-11-20');
    // Nothing offered: no reminder and no paragraph to forward.
    location.hash = '#person=bo';
    await screen.findByRole('heading', { name: 'Bo Lind', level: 2 });
    expect(personPage().getByRole('link', { name: 'Write the thank-you' })).toBeVisible();
    expect(personPage().queryByText('To follow up, from your notes:')).toBeNull();
    expect(
      personPage().queryByRole('link', { name: 'Write a paragraph they can forward' }),
    ).toBeNull();
  });
});
