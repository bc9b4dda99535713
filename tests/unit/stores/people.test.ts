// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { makePerson } from '../support/people';
import { PEOPLE_KEY as KEY, t1 } from '../support/people-store';
import { savedValue } from '../../support/storage';

/** A fresh copy of the store modules, reading whatever localStorage holds now (as a reload would). */
async function freshStore() {
  vi.resetModules();
  const store = await import('../../../src/stores/people');
  const edits = await import('../../../src/stores/person-edits');
  const { mergeLoaded } = await import('../../../src/stores/persistence');
  const add = (name: string, now?: number) => {
    const result = edits.addPerson({ name }, now);
    if (!result.ok) throw new Error(result.message);
    return result.person;
  };
  return { ...store, add, mergeLoaded, people: () => store.$people.get().people };
}

const saved = () => savedValue(KEY) as { people: { name: string }[] };

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('people store', () => {
  test('saves under iik:people:v1 as a versioned object, newest first, with no open person', async () => {
    const { add, people, peopleStore } = await freshStore();
    const ana = add('Ana');
    const ben = add('Ben', t1);
    expect(people().map((person) => person.name)).toEqual(['Ben', 'Ana']);
    expect(saved()).toEqual({ people: [ben, ana] });
    expect(peopleStore.storageKey).toBe(KEY);
    expect(Object.keys(saved())).toEqual(['people']);
  });

  test('applies each change to the latest value, so another tab’s person is kept', async () => {
    const { add, mergeLoaded, people } = await freshStore();
    add('Ana');
    // Another tab saved Ben in the meantime; this tab's next change keeps him, even when made
    // before the merge code has loaded.
    const otherTab = makePerson({ id: 'from-tab-b', name: 'Ben' });
    localStorage.setItem(KEY, JSON.stringify({ people: [otherTab, ...saved().people] }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, storageArea: localStorage }));
    add('Cleo');
    expect(people().map((person) => person.name)).toContain('Cleo');
    await mergeLoaded();
    expect(saved().people.map((person) => person.name)).toEqual(['Cleo', 'Ben', 'Ana']);
    expect(people().map((person) => person.name)).toEqual(['Cleo', 'Ben', 'Ana']);
  });

  test('keeps the readable people of damaged data and names the ones left out', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        people: [makePerson({ id: 'a', name: 'Ana' }), { name: 'Ben', stage: 'lost' }],
      }),
    );
    const { people, peopleStore } = await freshStore();
    expect(people().map((person) => person.name)).toEqual(['Ana']);
    expect(peopleStore.$notices.get()).toMatchObject([
      { kind: 'partial', label: 'conversations', dropped: ['“Ben”'] },
    ]);
  });

  test('starts fresh, with a notice and a dated copy, when the saved text is not readable at all', async () => {
    localStorage.setItem(KEY, '{"people": [');
    const { people, peopleStore } = await freshStore();
    expect(people()).toEqual([]);
    expect(peopleStore.$notices.get()).toMatchObject([
      { kind: 'recovered', label: 'conversations' },
    ]);
    const copies = Object.keys(localStorage).filter((key) => key.startsWith(`${KEY}:backup:`));
    expect(copies.map((key) => localStorage.getItem(key))).toEqual(['{"people": [']);
  });
});
