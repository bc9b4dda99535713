/**
 * A button whose action needs a second thought (reset a deck's progress, discard a run, replace
 * edited text): pressing it opens a short question in place, with the safe choice focused.
 * Escape or the safe choice closes it and puts focus back on the button; the other choice runs
 * the action, and the caller moves focus to what the action left on screen.
 */
import type { ComponentChildren, RefObject } from 'preact';
import type { MutableRef } from 'preact/hooks';
import { useRef, useState } from 'preact/hooks';
import { useFocusAfterRender } from './useFocusAfterRender';
import './shared.css';

interface Props {
  /** The base of the confirmation's ids. */
  id: string;
  /** What the button that asks says, e.g. "Reset this deck". */
  label: ComponentChildren;
  /** The button's classes. Default: a small danger button. */
  buttonClass?: string;
  /** The question, with what the action means: "Forget your progress? … You can undo this." */
  question: ComponentChildren;
  /** The button that goes ahead, e.g. "Yes, reset". */
  confirmLabel: string;
  /** The safe choice, e.g. "Keep my progress". */
  cancelLabel: string;
  /** Runs the action. */
  onConfirm: () => void;
  /** Gives the caller the button that asks, e.g. to put focus back on it after an undo. */
  buttonRef?: RefObject<HTMLButtonElement>;
  /** Another thing to offer with the question, e.g. "Download all my data" before deleting it. */
  extra?: ComponentChildren;
  /** Whether there is anything to lose: when false, the button runs the action without asking. */
  needed?: boolean;
  /** Receives a function that presses the button, for a key that means the same (Escape in a form). */
  pressRef?: MutableRef<(() => void) | undefined>;
}

/** The button and, once pressed, its question. */
export function InlineConfirm({
  id,
  label,
  buttonClass = 'button danger small',
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  buttonRef,
  extra,
  needed = true,
  pressRef,
}: Props) {
  const [open, setOpen] = useState(false);
  const ownOpener = useRef<HTMLButtonElement>(null);
  const opener = buttonRef ?? ownOpener;
  const safeChoice = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const questionId = `${id}-question`;

  const ask = () => {
    if (!needed) {
      onConfirm();
      return;
    }
    setOpen(true);
    focusAfterRender(safeChoice);
  };
  if (pressRef) pressRef.current = ask;
  const cancel = () => {
    setOpen(false);
    focusAfterRender(opener);
  };

  if (!open)
    return (
      <button ref={opener} type="button" class={buttonClass} onClick={ask}>
        {label}
      </button>
    );

  return (
    <div
      class="notice warn inline-confirm"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        cancel();
      }}
    >
      <p id={questionId}>{question}</p>
      <div class="notice-actions">
        {extra}
        <button
          type="button"
          class="button danger small"
          onClick={() => {
            setOpen(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button ref={safeChoice} type="button" class="button secondary small" onClick={cancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
