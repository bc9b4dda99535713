/**
 * The reader's people, saved in the browser: the list itself, and deleting from it with undo.
 *
 * Stored under "iik:people:v1" as PeopleState (src/schemas/people.ts): `{ people }`, newest
 * first. People whose shape is wrong are dropped one by one (the rest are kept and the notice
 * names who was dropped); unreadable data starts fresh with a copy kept, as the state layer
 * promises. Which person is open is not saved here: it belongs to the tab.
 *
 * The verbs that change the list are in ./person-edits.ts, beside this file: they bring the
 * rules of every change (src/lib/person-changes.ts) and the shared undo of deletions, which the
 * page loads only once the reader opens someone or a form, so what it runs at first stays small.
 */
import type { Collection } from '../lib/named-collection';
import {
  EMPTY_PEOPLE,
  peopleStateSchema,
  salvagePeople,
  type PeopleState,
  type Person,
} from '../schemas/people';
import { validator } from '../schemas/validate';
import { persistedStore } from './persistence';

/** The saved people, with their storage notice. */
export const peopleStore = persistedStore<PeopleState>({
  key: 'iik:people',
  version: 1,
  schema: validator(peopleStateSchema),
  fallback: EMPTY_PEOPLE,
  label: 'conversations',
  salvage: salvagePeople,
  itemNoun: ['person', 'people'],
});

/** The reader's people, newest first. */
export const $people = peopleStore.$value;

/** The people as a named collection; nobody is "open" in it (that is the tab's business). */
export const readPeople = (): Collection<Person> => ({ items: $people.get().people });

/** Saves a collection of people; an open item `addItem` marks is dropped (the tab keeps that). */
export const writePeople = ({ items }: Collection<Person>) => $people.set({ people: [...items] });
