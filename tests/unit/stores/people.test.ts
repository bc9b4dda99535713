import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { $people, peopleStore } from '../../../src/stores/people';
import { makePerson } from '../support/people';
import { add, PEOPLE_KEY as KEY, people, saved, t1 } from '../support/people-store';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanStores($people);
  cleanTestStorage();
  $people.set({ people: [] });
  cleanTestStorage();
  peopleStore.$notice.set(undefined);
});

describe('people store', () => {
  test('saves under iik:people:v1 as a versioned object, newest first, with no open person', () => {
    const ana = add('Ana');
    const ben = add('Ben', t1);
    expect(people().map((person) => person.name)).toEqual(['Ben', 'Ana']);
    expect(saved()).toEqual({ people: [ben, ana] });
    expect(peopleStore.storageKey).toBe(KEY);
    expect(Object.keys(saved())).toEqual(['people']);
  });

  test('applies each change to the latest value, so another tab’s person is kept', () => {
    const unbind = $people.listen(() => undefined);
    add('Ana');
    const otherTab = makePerson({ id: 'from-tab-b', name: 'Ben' });
    setTestStorageKey(KEY, JSON.stringify({ people: [otherTab, ...people()] }));
    add('Cleo');
    expect(saved().people.map((person) => person.name)).toEqual(['Cleo', 'Ben', 'Ana']);
    unbind();
  });

  test('keeps the readable people of damaged data and names the ones left out', () => {
    cleanStores($people);
    getTestStorage()[KEY] = JSON.stringify({
      people: [makePerson({ id: 'a', name: 'Ana' }), { name: 'Ben', stage: 'lost' }],
    });
    expect(people().map((person) => person.name)).toEqual(['Ana']);
    expect(peopleStore.$notice.get()).toEqual({
      kind: 'partial',
      label: 'conversations',
      dropped: ['“Ben”'],
    });
  });

  test('starts fresh, with a notice, when the saved text is not readable at all', () => {
    cleanStores($people);
    getTestStorage()[KEY] = '{"people": [';
    expect(people()).toEqual([]);
    expect(peopleStore.$notice.get()).toEqual({ kind: 'recovered', label: 'conversations' });
  });
});
