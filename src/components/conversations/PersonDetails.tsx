/**
 * Who a person is: how to reach them, how you know them, who sent you to them, where you found
 * them and your notes, with the buttons to edit the details (in place) and to delete them.
 */
import { useState } from 'preact/hooks';
import { referrerName } from '../../lib/due-steps';
import { shortDate } from '../../lib/due-text';
import { localDay } from '../../lib/time';
import { CONTACT_WARMTH_LABELS } from '../../lib/vocabulary';
import type { Person } from '../../schemas/people';
import { $detailsDrafts, deletePerson } from '../../stores/person-edits';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { HEADINGS, LABELS } from './conversations-text';
import { PersonForm } from './PersonForm';
import { personHash } from '../../lib/person-address';
import { closePerson } from './usePersonRoute';

interface Props {
  person: Person;
  people: readonly Person[];
  announce: (message: string) => void;
  /** Called before the page closes on a person just deleted. */
  onDeleted: (id: string) => void;
}

/** The details and their buttons. */
export function PersonDetails({ person, people, announce, onDeleted }: Props) {
  // Details typed and not saved in this tab (before a reload, say) open the form again.
  const [editing, setEditing] = useState(() => $detailsDrafts.get()[person.id] !== undefined);
  const focusAfterRender = useFocusAfterRender();
  const listedReferrer = people.find(({ id }) => id === person.referredBy?.personId);
  const referrer = referrerName(person, new Map(people.map((other) => [other.id, other])));
  const warmth = CONTACT_WARMTH_LABELS[person.warmth];

  const stopEditing = () => {
    setEditing(false);
    focusAfterRender(() => document.getElementById('details-edit'));
  };

  if (editing)
    return (
      <section class="person-part card" aria-labelledby="details-heading">
        <h3 id="details-heading">{HEADINGS.edit}</h3>
        <PersonForm
          people={people}
          person={person}
          onSaved={() => {
            announce(`Saved the changes to ${person.name}.`);
            stopEditing();
          }}
          onCancel={stopEditing}
        />
      </section>
    );

  return (
    <section class="person-part about-them" aria-labelledby="details-heading">
      <h3 id="details-heading">About them</h3>
      <dl class="person-details">
        <dt>Email</dt>
        <dd>
          {person.email ? (
            <a href={`mailto:${encodeURIComponent(person.email).replace(/%40/g, '@')}`}>
              {person.email}
            </a>
          ) : (
            'Not noted'
          )}
        </dd>
        <dt>How you know them</dt>
        <dd>
          {warmth.label} <span class="hint">({warmth.who})</span>
        </dd>
        {referrer && (
          <>
            <dt>Referred by</dt>
            <dd>
              {listedReferrer ? (
                <a href={personHash(listedReferrer.id)}>{listedReferrer.name}</a>
              ) : (
                referrer
              )}
            </dd>
          </>
        )}
        {person.foundVia && (
          <>
            <dt>Where you found them</dt>
            <dd>{person.foundVia}</dd>
          </>
        )}
        {person.notes && (
          <>
            <dt>Notes</dt>
            <dd class="person-notes">{person.notes}</dd>
          </>
        )}
        <dt>Added</dt>
        <dd>{shortDate(localDay(person.createdAt))}</dd>
      </dl>
      <div class="form-actions">
        <button
          id="details-edit"
          type="button"
          class="button secondary small"
          onClick={() => setEditing(true)}
        >
          {LABELS.edit}
        </button>
        <button
          type="button"
          class="button danger small"
          onClick={() => {
            // The undo notice on the list takes focus once the list is back.
            if (!deletePerson(person.id)) return;
            onDeleted(person.id);
            closePerson();
          }}
        >
          {LABELS.deletePerson}
        </button>
      </div>
    </section>
  );
}
