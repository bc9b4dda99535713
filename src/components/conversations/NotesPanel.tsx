/**
 * The notes from each conversation with a person, newest first, with the names they suggested:
 * each becomes a new person (referred by them, to contact) in one action, and is a link to that
 * person from then on. Notes are written and edited in place.
 */
import { useState } from 'preact/hooks';
import { shortDate } from '../../lib/due-text';
import { PHASE_LABELS, PHASES } from '../../lib/vocabulary';
import type { MeetingNotes, Person } from '../../schemas/people';
import { addSuggestedPerson, unsavedNotesOf } from '../../stores/person-edits';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { HEADINGS, LABELS } from './conversations-text';
import { NotesForm } from './NotesForm';
import { personHash } from '../../lib/person-address';

interface Props {
  person: Person;
  people: readonly Person[];
  today: string;
  announce: (message: string) => void;
}

/** One conversation's notes as read back. */
function NotesView({
  person,
  notes,
  people,
  announce,
}: {
  person: Person;
  notes: MeetingNotes;
  people: readonly Person[];
  announce: (message: string) => void;
}) {
  const focusAfterRender = useFocusAfterRender();
  const said = PHASES.filter((phase) => notes.heard[phase].trim() !== '');
  return (
    <>
      {said.length > 0 && (
        <dl class="notes-heard">
          {said.map((phase) => (
            <div key={phase}>
              <dt>{PHASE_LABELS[phase]}</dt>
              <dd>{notes.heard[phase]}</dd>
            </div>
          ))}
        </dl>
      )}
      {notes.remember.length > 0 && (
        <>
          <h5>To remember</h5>
          <ol class="notes-remember">
            {notes.remember.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </>
      )}
      {notes.promised.trim() && (
        <p class="notes-promised">
          <strong>Offered and promised:</strong> {notes.promised}
          {notes.offerDoneOn && (
            <span class="hint"> (followed up on {shortDate(notes.offerDoneOn)})</span>
          )}
        </p>
      )}
      {notes.suggested.length > 0 && (
        <>
          <h5>Names they suggested</h5>
          <ul class="suggested-names">
            {notes.suggested.map((entry) => {
              const made = people.find(({ id }) => id === entry.personId);
              return (
                <li key={entry.id}>
                  <span class="suggested-name">{entry.name}</span>
                  {entry.note && <span class="hint"> ({entry.note})</span>}{' '}
                  {made ? (
                    <a id={`suggested-${entry.id}`} href={personHash(made.id)}>
                      Open {made.name}
                    </a>
                  ) : (
                    <button
                      type="button"
                      class="button secondary small"
                      onClick={() => {
                        const result = addSuggestedPerson(person.id, notes.id, entry.id);
                        if (!result.ok) {
                          announce(result.message);
                          return;
                        }
                        announce(
                          `Added ${result.person.name} to your list, referred by ${person.name}.`,
                        );
                        focusAfterRender(() => document.getElementById(`suggested-${entry.id}`));
                      }}
                    >
                      Add {entry.name} as a person
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

/** The panel. */
export function NotesPanel({ person, people, today, announce }: Props) {
  // 'new' for a new conversation's notes, else the id of the notes being edited; a form left
  // with unsaved notes in this tab opens again as it was.
  const [editing, setEditing] = useState(() => unsavedNotesOf(person.id));
  const focusAfterRender = useFocusAfterRender();
  const meetings = [...person.meetings].reverse();
  const close = () => {
    setEditing(undefined);
    focusAfterRender(() => document.getElementById('notes-heading'));
  };
  const date = person.met?.date ?? person.scheduled?.date ?? today;

  return (
    <section class="person-part" aria-labelledby="notes-heading">
      <h3 id="notes-heading" tabIndex={-1}>
        {HEADINGS.notes}
      </h3>
      {editing === 'new' ? (
        <NotesForm
          person={person}
          date={date}
          onDone={(message) => {
            announce(message);
            close();
          }}
          onCancel={close}
        />
      ) : (
        <button type="button" class="button secondary" onClick={() => setEditing('new')}>
          {LABELS.writeNotes}
        </button>
      )}
      {meetings.length === 0 && editing !== 'new' && (
        <p class="hint">
          After you talk, write down what they said while it is fresh, and the names they gave you.
        </p>
      )}
      {meetings.map((notes) => (
        <article key={notes.id} class="notes" aria-labelledby={`notes-${notes.id}`}>
          <h4 id={`notes-${notes.id}`}>Conversation on {shortDate(notes.date)}</h4>
          {editing === notes.id ? (
            <NotesForm
              person={person}
              notes={notes}
              date={notes.date}
              onDone={(message) => {
                announce(message);
                close();
              }}
              onCancel={close}
            />
          ) : (
            <>
              <NotesView person={person} notes={notes} people={people} announce={announce} />
              <button type="button" class="button quiet small" onClick={() => setEditing(notes.id)}>
                {LABELS.editNotes}
              </button>
            </>
          )}
        </article>
      ))}
    </section>
  );
}
