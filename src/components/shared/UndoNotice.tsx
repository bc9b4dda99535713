/**
 * The notice shown after the reader deletes something (a list, a draft, a debrief) or resets
 * their progress: what happened, Undo and Dismiss. Every tool shows the same one, with the same
 * behavior: focus moves to Undo when it appears, so Enter puts things back right away, and
 * it stays until the reader undoes, dismisses or does it again (never on a timer).
 */
import { useRef } from 'preact/hooks';
import { useFocusWhenShown } from './useFocusAfterRender';
import { BUTTON_LABELS } from './ui-text';
import './shared.css';

interface Props {
  /** The base of the notice's ids. */
  id: string;
  /** What happened, e.g. `deletedNotice('“Dana”')`: "Deleted “Dana”." */
  message: string;
  /** Puts it back. The caller announces it and moves focus to what came back. */
  onUndo: () => void;
  /** Closes the notice. The caller moves focus somewhere sensible. */
  onDismiss: () => void;
}

/** The undo notice; mount it with a `key` per action, so a new one takes focus again. */
export function UndoNotice({ id, message, onUndo, onDismiss }: Props) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const textId = `${id}-text`;

  // The notice appears because the reader just deleted something: Undo is the likely next move.
  useFocusWhenShown(undoButton);

  return (
    <div class="notice info undo-notice">
      <p id={textId}>{message}</p>
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
