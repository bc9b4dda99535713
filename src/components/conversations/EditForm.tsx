/**
 * The frame every form on the Conversations page shares (a person's details, a stage, the notes
 * from a meeting): the form says itself what is wrong, so the browser's own checks are off;
 * Escape cancels; and the save and cancel buttons end it. Canceling a form with changes asks
 * first, and while it has them, leaving or reloading the page makes the browser ask.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { InlineConfirm } from '../shared/InlineConfirm';
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
  /** Whether the form holds changes that canceling would lose. */
  unsaved: boolean;
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
  unsaved,
  children,
}: Props) {
  const id = useId();
  const pressCancel = useRef<() => void>();
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  return (
    <form
      class={className}
      aria-labelledby={labelledBy}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        pressCancel.current?.();
      }}
    >
      {children}
      <div class="form-actions">
        <button id={submitId} type="submit" class="button">
          {submitLabel}
        </button>
        <InlineConfirm
          id={`discard-${id}`}
          label={BUTTON_LABELS.cancel}
          buttonClass="button secondary"
          question="Discard what you typed? It has not been saved."
          confirmLabel="Discard it"
          cancelLabel="Keep editing"
          needed={unsaved}
          onConfirm={onCancel}
          pressRef={pressCancel}
        />
      </div>
    </form>
  );
}
