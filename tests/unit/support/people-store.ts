/** The people store as its tests see it: what was saved, the list, and adding someone. */
import { instantOf } from '../../../src/lib/time';
import type { PeopleState, Person } from '../../../src/schemas/people';
import { $people } from '../../../src/stores/people';
import { addPerson } from '../../../src/stores/person-edits';
import { savedValue } from '../../support/storage';

/** The key the people are saved under. */
export const PEOPLE_KEY = 'iik:people:v1';
/** Two moments a day apart, for changes in order. */
export const t0 = instantOf('2026-11-20T09:00:00.000Z');
export const t1 = instantOf('2026-11-21T09:00:00.000Z');

/** What the store wrote to storage, read back as a reload would. */
export const saved = (): PeopleState => savedValue(PEOPLE_KEY) as PeopleState;

/** The people in the store now. */
export const people = () => $people.get().people;

/** Adds a person, failing the test if refused. */
export function add(name: string, now = t0): Person {
  const result = addPerson({ name }, now);
  if (!result.ok) throw new Error(result.message);
  return result.person;
}
