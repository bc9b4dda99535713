/**
 * The notice shown after the reader deletes something (a list, a draft, a debrief): what was
 * deleted, Undo and Dismiss. Every tool shows the same one, with the same behaviour: focus
 * moves to Undo when it appears, so Enter puts the thing back straight away, and it stays until
 * the reader undoes, dismisses or deletes something else (never on a timer).
 */
import { useRef } from 'preact/hooks';
import { useFocusWhenShown } from './useFocusAfterRender';
import { BUTTON_LABELS, deletedNotice } from './ui-text';

interface Props {
  /** The base of the notice's ids. */
  id: string;
  /** What was deleted, as it reads after "Deleted": “Dana”, or the debrief of 23 November. */
  what: string;
  /** Puts it back. The caller announces it and moves focus to what came back. */
  onUndo: () => void;
  /** Closes the notice. The caller moves focus somewhere sensible. */
  onDismiss: () => void;
}

/** The undo notice; mount it with a `key` per deletion, so a new deletion takes focus again. */
export function UndoNotice({ id, what, onUndo, onDismiss }: Props) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const textId = `${id}-text`;

  // The notice appears because the reader just deleted something: Undo is the likely next move.
  useFocusWhenShown(undoButton);

  return (
    <div class="notice info undo-notice">
      <p id={textId}>{deletedNotice(what)}</p>
      <div class="notice-actions">
        <button
          ref={undoButton}
          type="button"
          class="button secondary small"
          aria-describedby={textId}
          onClick={onUndo}
        >
          {BUTTON_LABELS.undo}
        </button>
        <button type="button" class="button quiet small" onClick={onDismiss}>
          {BUTTON_LABELS.dismiss}
        </button>
      </div>
    </div>
  );
}
