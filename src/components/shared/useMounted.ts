/**
 * Whether an island runs in the browser yet. The server renders an island's first state (so the
 * page does not jump when its script arrives), and the browser's first render must match it;
 * saved state, the address and the clock are read once this turns true, right after.
 *
 * The server's form can be used before the script arrives (on a slow phone, for a second or
 * more), and the render that shows saved state would put back the server's values over what the
 * reader typed or chose meanwhile. Given the island's root, what they changed is kept: it is
 * read just before that render and given back to the same fields after it, as if typed then, so
 * the island's own handlers save it. A field whose saved value differs from the server's keeps
 * the saved one, which the reader's change was not made to.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** A form field the reader can type into or choose with. */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What the reader did to one field, or one group of radio buttons, before the island ran. */
interface EarlyChange {
  /** Which field: its id; for a group of radio buttons, their name. */
  key: string;
  /** What the server rendered there: the text, whether it was checked, or the option chosen. */
  initial: string | boolean;
  /** What the reader made of it. */
  value: string | boolean;
  /** The selected text, when the reader was typing in the field as the script arrived. */
  selection?: [number | null, number | null];
  /** Whether focus was in the field. */
  focused: boolean;
}

/** One field, or the radio buttons of one name, which hold one value between them. */
type Control = { kind: 'field'; field: Field } | { kind: 'radios'; radios: HTMLInputElement[] };

const isRadio = (field: Field): field is HTMLInputElement =>
  field instanceof HTMLInputElement && field.type === 'radio';
const isCheckbox = (field: Field): field is HTMLInputElement =>
  field instanceof HTMLInputElement && field.type === 'checkbox';

/** The island's fields and radio groups by key. */
function controlsByKey(root: HTMLElement): Map<string, Control> {
  const controls = new Map<string, Control>();
  for (const field of root.querySelectorAll<Field>('input, textarea, select')) {
    if (isRadio(field) && field.name) {
      const group = controls.get(`radios:${field.name}`);
      if (group?.kind === 'radios') group.radios.push(field);
      else controls.set(`radios:${field.name}`, { kind: 'radios', radios: [field] });
    } else if (field.id && !controls.has(`#${field.id}`))
      controls.set(`#${field.id}`, { kind: 'field', field });
  }
  return controls;
}

/** A control's value now, or as the server rendered it. */
function valueOf(control: Control, initial = false): string | boolean {
  if (control.kind === 'radios')
    return (
      control.radios.find((radio) => (initial ? radio.defaultChecked : radio.checked))?.value ?? ''
    );
  const { field } = control;
  if (isCheckbox(field)) return initial ? field.defaultChecked : field.checked;
  if (!initial) return field.value;
  if (field instanceof HTMLSelectElement) {
    const options = [...field.options];
    return (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? '';
  }
  return field.defaultValue;
}

/** The element of a control that focus is on, if any. */
const focusedElement = (control: Control): Field | undefined =>
  (control.kind === 'radios' ? control.radios : [control.field]).find(
    (element) => document.activeElement === element,
  );

/** The controls whose value differs from the server's. */
function earlyChanges(root: HTMLElement): EarlyChange[] {
  return [...controlsByKey(root)].flatMap(([key, control]): EarlyChange[] => {
    const initial = valueOf(control, true);
    const value = valueOf(control);
    if (value === initial) return [];
    const focused = focusedElement(control);
    const typing =
      focused &&
      !isCheckbox(focused) &&
      !isRadio(focused) &&
      !(focused instanceof HTMLSelectElement);
    return [
      {
        key,
        initial,
        value,
        focused: focused !== undefined,
        ...(typing && { selection: [focused.selectionStart, focused.selectionEnd] }),
      },
    ];
  });
}

/** Gives each change back to its control, through the events the island listens to. */
function replay(root: HTMLElement, changes: readonly EarlyChange[]) {
  const controls = controlsByKey(root);
  for (const change of changes) {
    const control = controls.get(change.key);
    if (!control || valueOf(control) !== change.initial) continue;
    if (control.kind === 'radios')
      control.radios.find((radio) => radio.value === change.value)?.click();
    else if (isCheckbox(control.field)) control.field.click();
    else {
      control.field.value = String(change.value);
      control.field.dispatchEvent(new Event('input', { bubbles: true }));
      control.field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  const focused = changes.find((change) => change.focused);
  const control = focused && controls.get(focused.key);
  if (!focused || !control) return;
  const element =
    control.kind === 'field'
      ? control.field
      : control.radios.find((radio) => radio.value === focused.value);
  const focusLost = document.activeElement === null || document.activeElement === document.body;
  if (!element?.isConnected || !(focusLost || document.activeElement === element)) return;
  element.focus();
  if (focused.selection && !(element instanceof HTMLSelectElement))
    try {
      element.setSelectionRange(...focused.selection);
    } catch {
      // Email and number fields have no selection to put back; focus is enough.
    }
}

/**
 * False on the server and for the first render in the browser; true from then on. With the
 * island's root, what the reader changed in its fields before then is kept.
 */
export function useMounted(root?: RefObject<HTMLElement | null>): boolean {
  const [mounted, setMounted] = useState(false);
  const changes = useRef<EarlyChange[]>([]);
  useEffect(() => {
    if (root?.current) changes.current = earlyChanges(root.current);
    setMounted(true);
  }, [root]);
  useEffect(() => {
    if (!mounted || !root?.current || changes.current.length === 0) return;
    replay(root.current, changes.current);
    changes.current = [];
  }, [mounted, root]);
  return mounted;
}
