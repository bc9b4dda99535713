// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { instantOf, isoString } from '../../../src/lib/time';
import { peopleStore } from '../../../src/stores/people';
import {
  $deletedEveryone,
  $notesDrafts,
  addMeetingNotes,
  addPerson,
  addSuggestedPerson,
  changeStage,
  deleteEveryone,
  deletePerson,
  editMeetingNotes,
  editPerson,
  forgetDeletions,
  keepNotesDraft,
  linkQuestionList,
  markStepDone,
  notesDraftKey,
  personDeletion,
  undoDeleteEveryone,
  undoDeletePerson,
  unsavedNotesOf,
} from '../../../src/stores/person-edits';
import { clearTabState } from '../../../src/stores/tab-state';
import { add, people, saved, t0, t1 } from '../support/people-store';

afterEach(() => {
  peopleStore.reset();
  localStorage.clear();
  forgetDeletions();
});

describe('person edits', () => {
  test('deletes a person and puts them back in their place with undo, once', () => {
    const ana = add('Ana');
    add('Ben');
    add('Cleo');
    expect(deletePerson(ana.id)?.name).toBe('Ana');
    expect(people().map((person) => person.name)).toEqual(['Cleo', 'Ben']);
    expect(saved().people).toHaveLength(2);
    expect(undoDeletePerson()?.name).toBe('Ana');
    expect(people().map((person) => person.name)).toEqual(['Cleo', 'Ben', 'Ana']);
    expect(undoDeletePerson()).toBeUndefined();
    expect(people()).toHaveLength(3);
    expect(deletePerson('gone')).toBeUndefined();
    // What is saved has no open person: which one is open belongs to the tab.
    expect(Object.keys(saved())).toEqual(['people']);
  });

  test('deletes everyone and puts them all back, keeping anyone added since', () => {
    add('Ana');
    add('Ben');
    expect(deleteEveryone()).toBe(2);
    expect(people()).toEqual([]);
    expect(saved().people).toEqual([]);
    add('Zed');
    expect(undoDeleteEveryone()).toBe(2);
    expect(people().map((person) => person.name)).toEqual(['Zed', 'Ben', 'Ana']);
    expect(undoDeleteEveryone()).toBe(0);
    expect(people()).toHaveLength(3);
    expect(deleteEveryone()).toBe(3);
    expect(deleteEveryone()).toBe(0);
  });

  test('keeps one deletion to undo at a time: a new one replaces the last', () => {
    const ana = add('Ana');
    add('Ben');
    deletePerson(ana.id);
    deleteEveryone();
    expect(personDeletion.$deleted.get()).toBeUndefined();
    expect(undoDeleteEveryone()).toBe(1);
    const [ben] = people();
    deletePerson(ben!.id);
    expect($deletedEveryone.get()).toBeUndefined();
    forgetDeletions();
    expect(undoDeletePerson()).toBeUndefined();
    expect(people()).toEqual([]);
  });

  test('refuses a person without a name and saves nothing', () => {
    expect(addPerson({ name: ' ' })).toMatchObject({ ok: false, field: 'name' });
    expect(people()).toEqual([]);
  });

  test('edits a person, stamping updatedAt, and gives a clear refusal for someone deleted elsewhere', () => {
    const ana = add('Ana');
    const result = editPerson(ana.id, { organization: 'Acme' }, t1);
    expect(result.ok && result.person.updatedAt).toBe(isoString(t1));
    expect(saved().people[0]).toMatchObject({ organization: 'Acme', updatedAt: isoString(t1) });
    expect(editPerson('gone', { name: 'X' })).toMatchObject({ ok: false });
  });

  test('renaming a referrer renames them on everyone they referred, stamped', () => {
    const dana = add('Dana');
    const jo = addPerson({ name: 'Jo', referredBy: { personId: dana.id, name: 'Dana' } }, t0);
    if (!jo.ok) throw new Error(jo.message);
    editPerson(dana.id, { name: 'Dana Ortiz' }, t1);
    const after = people().find((person) => person.id === jo.person.id);
    expect(after?.referredBy).toEqual({ personId: dana.id, name: 'Dana Ortiz' });
    expect(after?.updatedAt).toBe(isoString(t1));
    // Another edit that keeps the name leaves the people they referred alone.
    editPerson(dana.id, { name: 'Dana Ortiz', role: 'Teacher' }, instantOf('2026-11-22T09:00Z'));
    expect(people().find((person) => person.id === jo.person.id)?.updatedAt).toBe(isoString(t1));
  });

  test('changes stage and marks steps done, each change in the history', () => {
    const ana = add('Ana');
    expect(changeStage(ana.id, { stage: 'asked', sentOn: '2026-11-20', via: 'email' }, t0).ok).toBe(
      true,
    );
    expect(markStepDone(ana.id, 'nudge', '2026-11-27', t1).ok).toBe(true);
    const [person] = saved().people;
    expect(person?.asked).toEqual({ sentOn: '2026-11-20', via: 'email', nudgedOn: '2026-11-27' });
    expect(person?.history.map((line) => line.text)).toEqual([
      'Added (To contact)',
      'Asked by email, sent Nov 20, 2026',
      'Nudged once, Nov 27, 2026',
    ]);
    expect(markStepDone(ana.id, 'confirm', '2026-11-27', t1)).toMatchObject({ ok: false });
  });

  test('adds notes, turns a suggested name into a new person once, and edits the notes', () => {
    const ana = add('Ana');
    const withNotes = addMeetingNotes(
      ana.id,
      {
        date: '2026-12-10',
        heard: { advice: 'Talk to Sam' },
        remember: ['Volunteer'],
        promised: '',
        suggested: [{ name: 'Sam Park' }, { name: 'Priya Das' }],
      },
      t0,
    );
    if (!withNotes.ok) throw new Error(withNotes.message);
    const notes = withNotes.person.meetings[0]!;
    const [sam] = notes.suggested;
    const made = addSuggestedPerson(ana.id, notes.id, sam!.id, t1);
    expect(made).toMatchObject({
      ok: true,
      existing: false,
      person: { name: 'Sam Park', stage: 'to-contact', referredBy: { personId: ana.id } },
    });
    expect(people().map((person) => person.name)).toEqual(['Sam Park', 'Ana']);
    const again = addSuggestedPerson(ana.id, notes.id, sam!.id, t1);
    expect(again).toMatchObject({ ok: true, existing: true });
    expect(people()).toHaveLength(2);
    // If the person made from the name was deleted, the name can be added again.
    deletePerson(made.ok ? made.person.id : '');
    expect(addSuggestedPerson(ana.id, notes.id, sam!.id, t1)).toMatchObject({ existing: false });
    expect(addSuggestedPerson('gone', notes.id, sam!.id)).toMatchObject({ ok: false });
    expect(addSuggestedPerson(ana.id, notes.id, 'gone')).toMatchObject({ ok: false });

    const edited = editMeetingNotes(
      ana.id,
      notes.id,
      { date: '2026-12-10', heard: {}, remember: [], promised: 'CV', suggested: [] },
      t1,
    );
    expect(edited.ok && edited.person.meetings[0]?.promised).toBe('CV');
  });

  test('links a question list and unlinks it', () => {
    const ana = add('Ana');
    linkQuestionList(ana.id, 'list-1', t1);
    expect(saved().people[0]).toMatchObject({ questionListId: 'list-1' });
    linkQuestionList(ana.id, undefined, t1);
    expect(saved().people[0]?.questionListId).toBeUndefined();
  });

  test('keeps markup typed in a field as plain text, in the store and in storage', () => {
    const markup = '<img src=x onerror="alert(1)">';
    const person = add(markup);
    expect(saved().people[0]?.name).toBe(markup);
    expect(person.history[0]?.text).toBe('Added (To contact)');
  });
});

describe('notes not yet saved, kept for the tab', () => {
  const draft = (present: string) => ({
    day: '2026-11-19',
    heard: { present, past: '', future: '', advice: '' },
    remember: ['', '', ''],
    promised: '',
    names: [{ name: '', note: '' }],
  });
  afterEach(() => clearTabState());

  test('keeps one draft per form, finds a person’s, and forgets each on its own', () => {
    keepNotesDraft(notesDraftKey('alex'), draft('Runs the night desk'));
    keepNotesDraft(notesDraftKey('sam', 'n1'), draft('Edits the data'));
    expect(unsavedNotesOf('alex')).toBe('new');
    expect(unsavedNotesOf('sam')).toBe('n1');
    expect(unsavedNotesOf('dana')).toBeUndefined();
    expect(JSON.parse(sessionStorage.getItem('iik:people:notes-drafts') ?? '{}')).toMatchObject({
      'alex:new': { heard: { present: 'Runs the night desk' } },
    });

    keepNotesDraft(notesDraftKey('alex'), undefined);
    expect(unsavedNotesOf('alex')).toBeUndefined();
    expect($notesDrafts.get()).toEqual({ 'sam:n1': draft('Edits the data') });
  });
});
