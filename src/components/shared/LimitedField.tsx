/**
 * A labeled text input or text area with a character limit that is never enforced by cutting:
 * a change (typed or pasted) that would go past the limit is refused, the text stays as it was,
 * and a message tied to the field says why. A text that got over its limit some other way (a
 * template filled with long details) says so, and every edit that shortens it is accepted.
 * Characters are counted as the reader counts them (src/lib/text-limit.ts). Every text with a
 * limit in every tool is one of these.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { characterUse, refusedChange, tooLongNow } from '../../lib/text-limit';
import './shared.css';

interface Props {
  /** The control's id; the hint, count and error ids derive from it. */
  id: string;
  label: string;
  /** A line under the label: an example, or what the field is for. */
  hint?: ComponentChildren;
  value: string;
  /** The most characters the field takes. */
  limit: number;
  /**
   * Called with every accepted change, and the text the field showed before it, so a store can
   * apply the keystroke to its latest text (another tab may have changed it meanwhile).
   */
  onChange: (value: string, before: string) => void;
  /** A text area of this many rows instead of a one-line input. */
  rows?: number;
  /** The kind of one-line input. Default: text. */
  type?: 'text' | 'date' | 'email';
  autoComplete?: string;
  /** Show "12 of 300 characters" under the control as the reader types. Default: false. */
  showCount?: boolean;
  /** A problem found outside the field, e.g. when its form was sent ("That name is taken"). */
  error?: string | undefined;
  /** Shown under the control, e.g. a word count; described to screen readers with it. */
  footer?: ComponentChildren;
  /** Gives the caller the control, e.g. to move focus to it. */
  inputRef?: RefObject<HTMLElement> | undefined;
  class?: string;
}

/** The field; see the file comment for how the limit works. */
export function LimitedField({
  id,
  label,
  hint,
  value,
  limit,
  onChange,
  rows,
  type = 'text',
  autoComplete = 'off',
  showCount = false,
  error,
  footer,
  inputRef,
  class: className,
}: Props) {
  const [refusal, setRefusal] = useState<string>();
  // The text the control holds before each keystroke: the value it was last drawn with, then
  // each accepted keystroke. A second key can come before the field redraws with the first.
  const shown = useRef(value);
  useLayoutEffect(() => {
    shown.current = value;
  });
  // Preact's hydration puts a textarea's server text back over what the reader typed into it
  // before the island ran (inputs it leaves alone), so a textarea's first drawing gives its text
  // as the default only, which hydration leaves, and useMountedKeepingInput keeps what was typed.
  const drawn = useRef(false);
  useEffect(() => {
    drawn.current = true;
  }, []);
  const shownError = refusal ?? error ?? tooLongNow(value, limit);
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const footerId = `${id}-footer`;
  const describedBy =
    [
      hint ? hintId : '',
      showCount ? countId : '',
      shownError ? errorId : '',
      footer ? footerId : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;

  const onInput = (event: Event) => {
    const control = event.currentTarget as HTMLInputElement | HTMLTextAreaElement;
    const next = control.value;
    const before = shown.current;
    const tooLong = refusedChange(before, next, limit);
    if (tooLong) {
      // Put back what was there, with the caret where the refused change began.
      const caret = Math.max(
        0,
        (control.selectionStart ?? next.length) - (next.length - before.length),
      );
      control.value = before;
      // Only text inputs have a caret to place; date and email inputs refuse setSelectionRange.
      if (type === 'text') control.setSelectionRange(caret, caret);
      setRefusal(tooLong);
      return;
    }
    shown.current = next;
    setRefusal(undefined);
    onChange(next, before);
  };

  const shared = {
    id,
    onInput,
    'aria-describedby': describedBy,
    'aria-invalid': shownError ? ('true' as const) : undefined,
    autoComplete,
  };

  return (
    <div class={['field', className].filter(Boolean).join(' ')}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={hintId}>
          {hint}
        </span>
      )}
      {rows ? (
        <textarea
          {...shared}
          {...(drawn.current ? { value } : { defaultValue: value })}
          ref={(inputRef ?? null) as RefObject<HTMLTextAreaElement> | null}
          rows={rows}
          spellcheck
        />
      ) : (
        <input
          {...shared}
          value={value}
          ref={(inputRef ?? null) as RefObject<HTMLInputElement> | null}
          type={type}
        />
      )}
      {showCount && (
        <span class="hint field-count" id={countId}>
          {characterUse(value, limit)}
        </span>
      )}
      {shownError && (
        <p class="field-error" id={errorId} role="alert">
          {shownError}
        </p>
      )}
      {footer && (
        <div class="field-footer" id={footerId}>
          {footer}
        </div>
      )}
    </div>
  );
}
