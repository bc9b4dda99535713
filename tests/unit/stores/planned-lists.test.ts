import { afterEach, describe, expect, test } from 'vitest';
import { peopleStore } from '../../../src/stores/people';
import { listsForNoOne, planNewList, planWithList } from '../../../src/stores/planned-lists';
import { $questionLists, createList, questionListsStore } from '../../../src/stores/question-lists';
import { clearTabState } from '../../../src/stores/tab-state';
import { add, people } from '../support/people-store';

afterEach(() => {
  peopleStore.reset();
  questionListsStore.reset();
  clearTabState();
});

const listNamed = (name: string) => $questionLists.get().lists.find((list) => list.name === name);

describe('planned lists', () => {
  test('planNewList names a list after the person, once, and links both ways', () => {
    const maya = add('Maya Chen');
    createList('Maya Chen');
    const made = planNewList(maya);
    expect(made).toMatchObject({ ok: true });
    expect(listNamed('Maya Chen (2)')).toMatchObject({
      person: { id: maya.id, name: 'Maya Chen' },
    });
    expect(people()[0]?.questionListId).toBe(listNamed('Maya Chen (2)')?.id);
  });

  test('planWithList links a list made before, and it is then no longer offered to others', () => {
    const maya = add('Maya Chen');
    const sam = add('Sam Ortiz');
    const made = createList('Northwind');
    if (!made.ok) throw new Error(made.message);
    expect(listsForNoOne($questionLists.get().lists, people()).map(({ name }) => name)).toEqual([
      'Northwind',
    ]);
    planWithList(maya, made.id);
    expect(listNamed('Northwind')?.person).toEqual({ id: maya.id, name: 'Maya Chen' });
    expect(people().find(({ id }) => id === maya.id)?.questionListId).toBe(made.id);
    expect(listsForNoOne($questionLists.get().lists, people())).toEqual([]);
    expect(people().find(({ id }) => id === sam.id)?.questionListId).toBeUndefined();
  });
});
