/**
 * The verbs that change the people on the Conversations page: add, edit, move to a stage, mark a
 * step done, write notes, turn a suggested name into a person, link a question list, and delete
 * (one person or everyone) with undo. They live apart from the list (./people.ts) because they
 * carry the rules of every change, which the page needs only once the reader opens someone or
 * a form.
 *
 * Each verb reads the latest value (another tab may have changed it), applies a pure change
 * from src/lib/person-changes.ts (which stamps `updatedAt` and adds a history line) and writes
 * the result back.
 */
import { atom } from 'nanostores';
import type { MarkableStep } from '../lib/due-steps';
import { addItem, updateItem } from '../lib/named-collection';
import * as changes from '../lib/person-changes';
import type {
  MeetingNotesInput,
  PersonChange,
  PersonInput,
  PersonRefusal,
  StageChange,
} from '../lib/person-changes';
import { isoString, type Instant } from '../lib/time';
import {
  detailsDraftsSchema,
  notesDraftsSchema,
  type DetailsDraft,
  type NotesDraft,
  type Person,
} from '../schemas/people';
import { validator, type Validator } from '../schemas/validate';
import { deletionUndo } from './deletion-undo';
import { newId } from './new-id';
import { $people, readPeople, writePeople } from './people';
import { tabState } from './tab-state';

/** Which notes form a draft belongs to: a person's new notes, or one set of their notes. */
export const notesDraftKey = (personId: string, notesId?: string) =>
  `${personId}:${notesId ?? 'new'}`;

/**
 * Forms' values typed in this tab and not yet saved, each by the form it belongs to, and the
 * verb that keeps one (or forgets it, given undefined) as the reader types, saves or discards.
 */
function tabDrafts<T>(key: string, schema: Validator<Record<string, T>>) {
  const $drafts = tabState<Record<string, T>>({ key, schema, fallback: {} });
  const keep = (form: string, draft: T | undefined): void => {
    const { [form]: _dropped, ...others } = $drafts.get();
    $drafts.set(draft ? { ...others, [form]: draft } : others);
  };
  return { $drafts, keep };
}

const notesDrafts = tabDrafts<NotesDraft>('iik:people:notes-drafts', validator(notesDraftsSchema));
/** Notes typed in this tab and not yet saved, by `notesDraftKey`; saving or discarding clears one. */
export const $notesDrafts = notesDrafts.$drafts;
/** Keeps a notes form's values for the tab (by `notesDraftKey`), or forgets them (undefined). */
export const keepNotesDraft = notesDrafts.keep;

const detailsDrafts = tabDrafts<DetailsDraft>(
  'iik:people:details-drafts',
  validator(detailsDraftsSchema),
);
/** Details typed in this tab and not yet saved, by person id; saving or discarding clears one. */
export const $detailsDrafts = detailsDrafts.$drafts;
/** Keeps a person's details form values for the tab (by their id), or forgets them (undefined). */
export const keepDetailsDraft = detailsDrafts.keep;

/** The notes form a person has unsaved notes in ('new', or the id of their notes), if any. */
export function unsavedNotesOf(personId: string): string | undefined {
  const key = Object.keys($notesDrafts.get()).find((entry) => entry.startsWith(`${personId}:`));
  return key?.slice(personId.length + 1);
}

const gone: PersonRefusal = {
  ok: false,
  field: '',
  message: 'That person is no longer here; they may have been deleted in another tab.',
};

const findPerson = (id: string) => $people.get().people.find((person) => person.id === id);

/** Applies a pure change to one person and saves it if it went through; returns the result either way. */
function update(id: string, change: (person: Person) => PersonChange): PersonChange {
  const person = findPerson(id);
  if (!person) return gone;
  const result = change(person);
  if (result.ok && result.person !== person)
    writePeople(updateItem(readPeople(), id, () => result.person));
  return result;
}

/** Puts a new person first in the list. */
const putFirst = (person: Person) => writePeople(addItem(readPeople(), person, 'first'));

/** Adds a person at To contact, first in the list. */
export function addPerson(input: PersonInput, now: Instant = Date.now()): PersonChange {
  const result = changes.newPerson(input, { id: newId('person'), now });
  if (result.ok) putFirst(result.person);
  return result;
}

/**
 * Changes a person's details. A new name also becomes the name others keep for them as their
 * referrer, so it reads right even after this person is deleted.
 */
export function editPerson(
  id: string,
  edits: Partial<PersonInput>,
  now: Instant = Date.now(),
): PersonChange {
  const result = update(id, (person) => changes.editPerson(person, edits, now));
  if (!result.ok || edits.name === undefined) return result;
  const { name } = result.person;
  const stale = (person: Person) =>
    person.referredBy?.personId === id && person.referredBy.name !== name;
  const { people } = $people.get();
  if (people.some(stale))
    writePeople({
      items: people.map((person) =>
        stale(person) && person.referredBy
          ? { ...person, referredBy: { ...person.referredBy, name }, updatedAt: isoString(now) }
          : person,
      ),
    });
  return result;
}

/** Moves a person to a stage, forward or back, with that stage's details. */
export function changeStage(
  id: string,
  change: StageChange,
  now: Instant = Date.now(),
): PersonChange {
  return update(id, (person) => changes.changeStage(person, change, now));
}

/** Marks a step done on a day (the nudge, the questions prepared, the time confirmed, the referrer told). */
export function markStepDone(
  id: string,
  step: MarkableStep,
  on: string,
  now: Instant = Date.now(),
): PersonChange {
  return update(id, (person) => changes.markStepDone(person, step, on, now));
}

/** Takes back a step marked done by mistake; `label` names it in the history. */
export function unmarkStep(
  id: string,
  step: MarkableStep,
  label: string,
  now: Instant = Date.now(),
): PersonChange {
  return update(id, (person) => changes.unmarkStep(person, step, label, now));
}

/** Adds the notes of a conversation; returns the person, with the new notes last in `meetings`. */
export function addMeetingNotes(
  id: string,
  input: MeetingNotesInput,
  now: Instant = Date.now(),
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
  now: Instant = Date.now(),
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
  now: Instant = Date.now(),
): { ok: true; person: Person; existing: boolean } | PersonRefusal {
  const referrer = findPerson(id);
  if (!referrer) return gone;
  const suggestion = referrer.meetings
    .find((notes) => notes.id === notesId)
    ?.suggested.find((entry) => entry.id === suggestionId);
  const made = suggestion?.personId === undefined ? undefined : findPerson(suggestion.personId);
  if (made) return { ok: true, person: made, existing: true };
  const result = changes.personFromSuggestion(referrer, notesId, suggestionId, {
    id: newId('person'),
    now,
  });
  if (!result.ok) return result;
  const withReferrer = updateItem(readPeople(), id, () => result.referrer);
  writePeople(addItem(withReferrer, result.person, 'first'));
  return { ok: true, person: result.person, existing: false };
}

/** Links the question list planned for a person, or unlinks it (undefined). */
export function linkQuestionList(
  id: string,
  listId: string | undefined,
  now: Instant = Date.now(),
): PersonChange {
  return update(id, (person) => ({
    ok: true,
    person: changes.linkQuestionList(person, listId, now),
  }));
}

/** The person deleted last, so the page's undo notice can put them back. */
export const personDeletion = deletionUndo<Person>({ read: readPeople, write: writePeople });

/** Everyone, as they were before "Delete everyone", while that can still be undone. */
export const $deletedEveryone = atom<readonly Person[] | undefined>(undefined);

/** Deletes a person; the page's undo notice can put them back until the next deletion. */
export function deletePerson(id: string): Person | undefined {
  const deleted = personDeletion.delete(id);
  if (deleted) $deletedEveryone.set(undefined);
  return deleted?.item;
}

/** Puts the last deleted person back where they were; returns them, if there was one. */
export const undoDeletePerson = () => personDeletion.undo();

/** Deletes everyone; "Undo" (`undoDeleteEveryone`) can put them back until the next deletion. */
export function deleteEveryone(): number {
  const { people } = $people.get();
  if (people.length === 0) return 0;
  personDeletion.forget();
  $deletedEveryone.set(people);
  writePeople({ items: [] });
  return people.length;
}

/**
 * Puts back everyone deleted at once. Anyone added since stays, first; anyone already back
 * (from another tab) is not doubled. Returns how many came back.
 */
export function undoDeleteEveryone(): number {
  const deleted = $deletedEveryone.get();
  $deletedEveryone.set(undefined);
  if (!deleted) return 0;
  const current = $people.get().people;
  const present = new Set(current.map((person) => person.id));
  const missing = deleted.filter((person) => !present.has(person.id));
  if (missing.length > 0) writePeople({ items: [...current, ...missing] });
  return missing.length;
}

/** Forgets the deletions that could still be undone: the reader dismissed the notice. */
export function forgetDeletions(): void {
  personDeletion.forget();
  $deletedEveryone.set(undefined);
}
