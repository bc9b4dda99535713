/**
 * The frame every form on the Conversations page shares (a person's details, a stage, the notes
 * from a meeting): the form says itself what is wrong, so the browser's own checks are off;
 * Escape cancels; and the save and cancel buttons end it.
 */
import type { ComponentChildren } from 'preact';
import { BUTTON_LABELS } from '../shared/ui-text';

interface Props {
  /** The form's class, for its own layout. */
  class: string;
  /** The id of the heading that names the form, if it has one. */
  labelledBy?: string;
  /** What the save button says. */
  submitLabel: string;
  /** The save button's id, for a form that puts focus on it. */
  submitId?: string;
  /** Saves; called with the submit event, whose default it should prevent. */
  onSubmit: (event: Event) => void;
  /** Closes the form without saving. */
  onCancel: () => void;
  children: ComponentChildren;
}

/** A form with the page's save and cancel buttons. */
export function EditForm({
  class: className,
  labelledBy,
  submitLabel,
  submitId,
  onSubmit,
  onCancel,
  children,
}: Props) {
  return (
    <form
      class={className}
      aria-labelledby={labelledBy}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
      <div class="form-actions">
        <button id={submitId} type="submit" class="button">
          {submitLabel}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {BUTTON_LABELS.cancel}
        </button>
      </div>
    </form>
  );
}
