/**
 * The questions for a conversation: "Plan your questions" opens the question picker on a list
 * named after the person (made the first time, with a name no other list has), or links a list
 * the reader planned before adding them; once there is one, its size and the ways back to it:
 * the picker, and a mock conversation that rehearses it.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { listAddress } from '../../lib/list-address';
import { plural } from '../../lib/plural';
import type { Person } from '../../schemas/people';
import { TOOL_LINKS } from '../../data/site';
import { $people } from '../../stores/people';
import { listsForNoOne, planNewList, planWithList } from '../../stores/planned-lists';
import { $questionLists } from '../../stores/question-lists';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { HEADINGS, LABELS } from './conversations-text';

interface Props {
  person: Person;
  announce: (message: string) => void;
}

/** The picker's address that opens one list. */
const pickerLink = (listId: string) => listAddress(TOOL_LINKS.picker.href, listId);

/** The practice page's address that sets up a mock conversation on one list. */
const rehearseLink = (listId: string) => listAddress(TOOL_LINKS.drill.href, listId, '#mock');

/** The panel. */
export function QuestionPanel({ person, announce }: Props) {
  const { lists } = useStore($questionLists);
  const { people } = useStore($people);
  const list = lists.find(({ id }) => id === person.questionListId);
  const unlinked = listsForNoOne(lists, people);
  const [chosen, setChosen] = useState<string>();
  const chosenList = unlinked.find(({ id }) => id === chosen) ?? unlinked[0];
  const focusAfterRender = useFocusAfterRender();

  const linkChosen = (event: Event) => {
    event.preventDefault();
    if (!chosenList) return;
    planWithList(person, chosenList.id);
    announce(`Linked your list “${chosenList.name}” to ${person.name}.`);
    focusAfterRender(() => document.getElementById('questions-heading'));
  };

  const plan = () => {
    const made = planNewList(person);
    if (!made.ok) {
      announce(`The question list couldn’t be made: ${made.message}`);
      return;
    }
    location.assign(pickerLink(made.id));
  };

  return (
    <section class="person-part" aria-labelledby="questions-heading">
      <h3 id="questions-heading" tabIndex={-1}>
        {HEADINGS.questions}
      </h3>
      {list ? (
        <>
          <p>
            Your list “{list.name}” has {plural(list.items.length, 'question')}, planned for{' '}
            {list.minutes} minutes.
          </p>
          <ul class="email-actions">
            <li>
              <a class="button secondary" href={pickerLink(list.id)}>
                {LABELS.openQuestions}
              </a>
            </li>
            <li>
              <a class="button secondary" href={rehearseLink(list.id)}>
                {LABELS.rehearse}
              </a>
            </li>
          </ul>
        </>
      ) : (
        <>
          <p>
            {person.questionListId
              ? 'The list you planned for them is no longer in the question picker. Start a new one:'
              : 'Plan what you will ask them in the question picker, in a list of their own.'}
          </p>
          <button type="button" class="button secondary" onClick={plan}>
            {LABELS.planQuestions}
          </button>
          {chosenList && (
            <form class="field-row use-list" onSubmit={linkChosen}>
              <div class="field">
                <label for="use-list">Or use a list you already have</label>
                <select
                  id="use-list"
                  value={chosenList.id}
                  onChange={(event) => setChosen(event.currentTarget.value)}
                >
                  {unlinked.map((other) => (
                    <option key={other.id} value={other.id}>
                      {other.name} ({plural(other.items.length, 'question')})
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" class="button secondary small">
                {LABELS.useList}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
