/**
 * The question list a person on the Conversations page is planned with. The person keeps the
 * list's id and the list keeps who it is for (so the picker can link back without loading the
 * people); these verbs change both together, so the two never disagree.
 */
import type { Refusal } from '../lib/list-operations';
import { uniqueName } from '../lib/named-collection';
import type { Person } from '../schemas/people';
import { LIST_LENGTHS, type ListLength, type QuestionList } from '../schemas/question-list';
import { linkQuestionList } from './person-edits';
import { $questionLists, createList, planListFor } from './question-lists';

/** The length to plan for: the scheduled conversation's, if the picker offers it. */
function plannedLength(person: Person): ListLength | undefined {
  const minutes = person.scheduled?.minutes;
  return LIST_LENGTHS.find((length) => length === minutes);
}

/** Lists no one is planned with: one made in the picker before its person was added, say. */
export function listsForNoOne(
  lists: readonly QuestionList[],
  people: readonly Pick<Person, 'questionListId'>[],
): QuestionList[] {
  const planned = new Set(people.map(({ questionListId }) => questionListId));
  return lists.filter(({ id }) => !planned.has(id));
}

/** Starts a list for a person, named after them (a name no other list has), and links it. */
export function planNewList(person: Person): { ok: true; id: string } | Refusal {
  const { lists } = $questionLists.get();
  const made = createList(uniqueName(person.name, lists), plannedLength(person), {
    id: person.id,
    name: person.name,
  });
  if (made.ok) linkQuestionList(person.id, made.id);
  return made;
}

/** Plans a person's conversation with a list already made. */
export function planWithList(person: Person, listId: string): void {
  linkQuestionList(person.id, listId);
  planListFor(listId, { id: person.id, name: person.name });
}
