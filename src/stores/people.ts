/**
 * The reader's people, saved in the browser, and the verbs the Conversations page changes them
 * with.
 *
 * Stored under "iik:people:v1" as PeopleState (src/schemas/people.ts): `{ people }`, newest
 * first. People whose shape is wrong are dropped one by one (the rest are kept and the notice
 * names who was dropped); unreadable data starts fresh with a copy kept, as the state layer
 * promises. Which person is open is not saved here: it belongs to the tab.
 *
 * Each verb reads the latest value (another tab may have changed it), applies a pure change
 * from src/lib/person-changes.ts (which stamps `updatedAt` and adds a history line) and writes
 * the result back. List operations come from src/lib/people-collection.ts.
 */
import {
  EMPTY_PEOPLE,
  peopleStateSchema,
  salvagePeople,
  type Person,
  type PeopleState,
} from '../schemas/people';
import type { MarkableStep } from '../lib/due-steps';
import * as collection from '../lib/people-collection';
import * as changes from '../lib/person-changes';
import type {
  MeetingNotesInput,
  PersonChange,
  PersonInput,
  PersonRefusal,
  StageChange,
} from '../lib/person-changes';
import { persistedStore } from './persistence';
import { newId } from './new-id';

/** The saved people, with their storage notice. */
export const peopleStore = persistedStore<PeopleState>({
  key: 'iik:people',
  version: 1,
  schema: peopleStateSchema,
  fallback: EMPTY_PEOPLE,
  label: 'conversations',
  salvage: salvagePeople,
});

/** The reader's people, newest first. */
export const $people = peopleStore.$value;

const gone: PersonRefusal = {
  ok: false,
  field: '',
  message: 'That person is no longer here; they may have been deleted in another tab.',
};

/** Writes a new list of people. */
function save(people: Person[]) {
  $people.set({ ...$people.get(), people });
}

/** Applies a pure change to one person and saves it if it went through; returns the result either way. */
function update(id: string, change: (person: Person) => PersonChange): PersonChange {
  const { people } = $people.get();
  const person = collection.findById(people, id);
  if (!person) return gone;
  const result = change(person);
  if (result.ok && result.person !== person) {
    const next = collection.replaceById(people, result.person);
    if (next) save(next);
  }
  return result;
}

/** Adds a person at To contact, first in the list. */
export function addPerson(input: PersonInput, now = new Date()): PersonChange {
  const result = changes.newPerson(input, { id: newId('person'), now });
  if (result.ok) save(collection.prepend($people.get().people, result.person));
  return result;
}

/**
 * Changes a person's details. A new name also becomes the name others keep for them as their
 * referrer, so it reads right even after this person is deleted.
 */
export function editPerson(
  id: string,
  edits: Partial<PersonInput>,
  now = new Date(),
): PersonChange {
  const result = update(id, (person) => changes.editPerson(person, edits, now));
  if (!result.ok || edits.name === undefined) return result;
  const { name } = result.person;
  const { people } = $people.get();
  const stale = (person: Person) =>
    person.referredBy?.personId === id && person.referredBy.name !== name;
  if (people.some(stale)) {
    const stamp = now.toISOString();
    save(
      people.map((person) =>
        stale(person) && person.referredBy
          ? { ...person, referredBy: { ...person.referredBy, name }, updatedAt: stamp }
          : person,
      ),
    );
  }
  return result;
}

/** A deleted person and where they were, so undo can put them back. */
export type DeletedPerson = collection.Removed<Person>;

/** Deletes a person; returns what undo needs (`restorePerson`), or undefined if they were gone. */
export function deletePerson(id: string): DeletedPerson | undefined {
  const removed = collection.removeById($people.get().people, id);
  if (!removed) return undefined;
  save(removed.items);
  return removed.removed;
}

/** Puts a deleted person back where they were (undo); does nothing if they are back already. */
export function restorePerson(deleted: DeletedPerson): void {
  const next = collection.restoreRemoved($people.get().people, deleted);
  if (next) save(next);
}

/** Deletes everyone; returns the people as they were, for undo (`restoreAllPeople`). */
export function deleteAllPeople(): Person[] {
  const { people } = $people.get();
  if (people.length > 0) save([]);
  return people;
}

/**
 * Puts back everyone deleted at once (undo). Anyone added since stays, first; anyone already
 * back (from another tab) is not doubled.
 */
export function restoreAllPeople(deleted: readonly Person[]): void {
  const current = $people.get().people;
  const present = new Set(current.map((person) => person.id));
  const missing = deleted.filter((person) => !present.has(person.id));
  if (missing.length > 0) save([...current, ...missing]);
}

/** Moves a person to a stage, forward or back, with that stage's details. */
export function changeStage(id: string, change: StageChange, now = new Date()): PersonChange {
  return update(id, (person) => changes.changeStage(person, change, now));
}

/** Marks a step done on a day (the nudge, the questions prepared, the time confirmed, the referrer told). */
export function markStepDone(
  id: string,
  step: MarkableStep,
  on: string,
  now = new Date(),
): PersonChange {
  return update(id, (person) => changes.markStepDone(person, step, on, now));
}

/** Adds the notes of a conversation; returns the person, with the new notes last in `meetings`. */
export function addMeetingNotes(
  id: string,
  input: MeetingNotesInput,
  now = new Date(),
): PersonChange {
  return update(id, (person) =>
    changes.addMeetingNotes(person, input, {
      id: newId('notes'),
      now,
      makeId: () => newId('name'),
    }),
  );
}

/** Rewrites the notes of a conversation. */
export function editMeetingNotes(
  id: string,
  notesId: string,
  input: MeetingNotesInput,
  now = new Date(),
): PersonChange {
  return update(id, (person) =>
    changes.editMeetingNotes(person, notesId, input, { now, makeId: () => newId('name') }),
  );
}

/**
 * Turns a name from someone's notes into a new person, referred by them, first in the list. A
 * name already made into a person who is still in the list is not made twice: that person is
 * returned instead, with `existing: true`.
 */
export function addSuggestedPerson(
  id: string,
  notesId: string,
  suggestionId: string,
  now = new Date(),
): { ok: true; person: Person; existing: boolean } | PersonRefusal {
  const { people } = $people.get();
  const referrer = collection.findById(people, id);
  if (!referrer) return gone;
  const suggestion = referrer.meetings
    .find((notes) => notes.id === notesId)
    ?.suggested.find((entry) => entry.id === suggestionId);
  const made =
    suggestion?.personId === undefined
      ? undefined
      : collection.findById(people, suggestion.personId);
  if (made) return { ok: true, person: made, existing: true };
  const result = changes.personFromSuggestion(referrer, notesId, suggestionId, {
    id: newId('person'),
    now,
  });
  if (!result.ok) return result;
  const withReferrer = collection.replaceById(people, result.referrer) ?? people;
  save(collection.prepend(withReferrer, result.person));
  return { ok: true, person: result.person, existing: false };
}

/** Links an email draft to a person. */
export function linkDraft(id: string, draftId: string, now = new Date()): PersonChange {
  return update(id, (person) => ({ ok: true, person: changes.linkDraft(person, draftId, now) }));
}

/** Unlinks an email draft from a person. */
export function unlinkDraft(id: string, draftId: string, now = new Date()): PersonChange {
  return update(id, (person) => ({ ok: true, person: changes.unlinkDraft(person, draftId, now) }));
}

/** Links the question list planned for a person, or unlinks it (undefined). */
export function linkQuestionList(
  id: string,
  listId: string | undefined,
  now = new Date(),
): PersonChange {
  return update(id, (person) => ({
    ok: true,
    person: changes.linkQuestionList(person, listId, now),
  }));
}
