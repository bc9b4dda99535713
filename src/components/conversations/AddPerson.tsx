/**
 * "Add a person": a button that opens the form in place (the form loads when first opened) and,
 * once the person is saved, opens them, so their next step is right there.
 */
import { useRef, useState } from 'preact/hooks';
import type { Person } from '../../schemas/people';
import { LoadFailed } from '../shared/LoadFailed';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { useOnDemand } from '../shared/useOnDemand';
import { HEADINGS, LABELS } from './conversations-text';
import { openPerson } from './usePersonRoute';

interface Props {
  people: readonly Person[];
  /** No one is in the list yet: the button is the page's first step. */
  empty: boolean;
  /** False while the list is hidden behind a person's page: the form closes, so only one form is open. */
  shown: boolean;
  announce: (message: string) => void;
}

const loadForm = () => import('./PersonForm');

/** The button and, once pressed, the form. */
export function AddPerson({ people, empty, shown, announce }: Props) {
  const [open, setOpen] = useState(false);
  const form = useOnDemand('person-form', loadForm, open);
  const button = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();

  if (!open || !shown)
    return (
      <button
        ref={button}
        type="button"
        class={empty ? 'button' : 'button secondary'}
        onClick={() => setOpen(true)}
      >
        {empty ? LABELS.addFirst : LABELS.add}
      </button>
    );

  const close = () => {
    setOpen(false);
    focusAfterRender(button);
  };

  return (
    <div class="card person-form-card">
      <h3>{HEADINGS.add}</h3>
      {form.status === 'ready' ? (
        <form.data.PersonForm
          people={people}
          onSaved={(person) => {
            setOpen(false);
            announce(`Added ${person.name}. Their next step: write the request.`);
            openPerson(person.id);
          }}
          onCancel={close}
        />
      ) : form.status === 'failed' ? (
        <LoadFailed
          message="The form couldn’t be loaded. Check your connection and try again."
          onRetry={form.retry}
        />
      ) : (
        <p class="conversations-loading">Opening the form…</p>
      )}
    </div>
  );
}
