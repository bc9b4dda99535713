/**
 * One person's page, loaded when the reader first opens someone: where the conversation stands
 * and its next steps, the emails to write, the questions to plan, the notes from each
 * conversation, who they are, and the history of every change.
 */
import { useRef } from 'preact/hooks';
import type { DueStep } from '../../lib/due-steps';
import type { Instant } from '../../lib/time';
import type { Person } from '../../schemas/people';
import { useFocusWhenShown } from '../shared/useFocusAfterRender';
import { LABELS } from './conversations-text';
import { EmailPanel } from './EmailPanel';
import { HistoryList } from './HistoryList';
import { NotesPanel } from './NotesPanel';
import { PersonDetails } from './PersonDetails';
import { roleAndPlace } from './PersonRow';
import { QuestionPanel } from './QuestionPanel';
import { StagePanel } from './StagePanel';

interface Props {
  person: Person;
  people: readonly Person[];
  steps: readonly DueStep[];
  now: Instant;
  timeZone: string;
  today: string;
  /** The reader came here from elsewhere on the page: the heading takes focus once shown. */
  takeFocus: boolean;
  announce: (message: string) => void;
  /** A person was deleted from their page, which is about to close. */
  onDeleted: (id: string) => void;
}

/** Focuses the heading once, when the reader moved here (never on arriving at the page). */
function useHeadingFocus(takeFocus: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusWhenShown(() => (takeFocus ? heading.current : null));
  return heading;
}

/** The person's page. */
export function PersonScreen({
  person,
  people,
  steps,
  now,
  timeZone,
  today,
  takeFocus,
  announce,
  onDeleted,
}: Props) {
  const heading = useHeadingFocus(takeFocus);
  const about = roleAndPlace(person);
  return (
    <article class="person-screen" aria-labelledby="person-heading">
      <a class="back-link" href="#">
        <span aria-hidden="true">← </span>
        {LABELS.back}
      </a>
      <header class="person-header">
        <h2 id="person-heading" ref={heading} tabIndex={-1}>
          {person.name}
        </h2>
        {about && <p class="person-about">{about}</p>}
      </header>
      <div class="person-columns">
        <div class="person-column">
          <StagePanel
            person={person}
            people={people}
            steps={steps}
            now={now}
            timeZone={timeZone}
            today={today}
            announce={announce}
          />
          <EmailPanel person={person} people={people} />
          <QuestionPanel person={person} announce={announce} />
        </div>
        <div class="person-column">
          <NotesPanel person={person} people={people} today={today} announce={announce} />
          <PersonDetails
            person={person}
            people={people}
            announce={announce}
            onDeleted={onDeleted}
          />
          <HistoryList person={person} />
        </div>
      </div>
    </article>
  );
}
