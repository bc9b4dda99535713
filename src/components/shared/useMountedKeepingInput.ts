/**
 * `useMounted` for an island whose server-rendered form can be used before its script arrives
 * (on a slow phone, for a second or more). The render that shows saved state would put the
 * server's values back over what the reader typed or chose meanwhile, so what they changed is
 * read just before that render and given back to the same fields after it, through the events
 * the island listens to, with focus where it was. A field whose saved value differs from the
 * server's keeps the saved one: the reader's change was made to something else.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** A form field the reader can type into or choose with. */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What the reader did to one control (a field, or the radio buttons of one name). */
interface EarlyChange {
  key: string;
  /** The control's value as served, and as the reader left it. */
  served: string;
  value: string;
  /** The selected text, when focus was in the control. */
  focus?: [number | null, number | null];
}

/** The island's controls: each field with an id, and each name's radio buttons together. */
function controls(root: HTMLElement): Map<string, Field[]> {
  const found = new Map<string, Field[]>();
  for (const field of root.querySelectorAll<Field>('input, textarea, select')) {
    const key = field.type === 'radio' ? `radios:${field.name}` : field.id && `#${field.id}`;
    if (key) found.set(key, [...(found.get(key) ?? []), field]);
  }
  return found;
}

/** A control's value, now or as served: text, the option or radio chosen, or whether checked. */
function valueOf([field, ...rest]: Field[], served = false): string {
  if (!field) return '';
  if (field.type === 'radio')
    return (
      [field, ...rest].find((radio) =>
        served ? (radio as HTMLInputElement).defaultChecked : (radio as HTMLInputElement).checked,
      )?.value ?? ''
    );
  if (field instanceof HTMLInputElement && field.type === 'checkbox')
    return String(served ? field.defaultChecked : field.checked);
  if (!served) return field.value;
  if (field instanceof HTMLSelectElement)
    return (
      ([...field.options].find((option) => option.defaultSelected) ?? field.options[0])?.value ?? ''
    );
  return field.defaultValue;
}

/** The controls whose value differs from the server's. */
function earlyChanges(root: HTMLElement): EarlyChange[] {
  return [...controls(root)].flatMap(([key, fields]) => {
    const served = valueOf(fields, true);
    const value = valueOf(fields);
    const focused = fields.find((field) => field === document.activeElement);
    const focus: EarlyChange['focus'] = focused && [
      'selectionStart' in focused ? focused.selectionStart : null,
      'selectionEnd' in focused ? focused.selectionEnd : null,
    ];
    return value === served ? [] : [{ key, served, value, ...(focus && { focus }) }];
  });
}

/** Gives each change back to its control, unless the control now holds something else. */
function replay(root: HTMLElement, changes: readonly EarlyChange[]) {
  const found = controls(root);
  let focusOn: { field: Field; change: EarlyChange } | undefined;
  for (const change of changes) {
    const fields = found.get(change.key) ?? [];
    if (fields.length === 0 || valueOf(fields) !== change.served) continue;
    const field =
      fields.find((candidate) => candidate.type !== 'radio' || candidate.value === change.value) ??
      fields[0]!;
    if (field.type === 'radio' || field.type === 'checkbox') field.click();
    else {
      field.value = change.value;
      for (const type of ['input', 'change'])
        field.dispatchEvent(new Event(type, { bubbles: true }));
    }
    if ('focus' in change) focusOn = { field, change };
  }
  const active = document.activeElement;
  if (!focusOn || (active && active !== document.body && active !== focusOn.field)) return;
  focusOn.field.focus();
  try {
    const [start, end] = focusOn.change.focus ?? [null, null];
    if (start !== null && !(focusOn.field instanceof HTMLSelectElement))
      focusOn.field.setSelectionRange(start, end);
  } catch {
    // Email and number fields have no selection to put back; focus is enough.
  }
}

/**
 * `useMounted`, keeping what the reader changed in the island's fields (under `root`) before.
 * (It sets its own flag rather than calling useMounted, which would put that hook in a chunk of
 * its own on every tool page.)
 */
export function useMountedKeepingInput(root: RefObject<HTMLElement | null>): boolean {
  const [mounted, setMounted] = useState(false);
  const changes = useRef<EarlyChange[]>([]);
  useEffect(() => {
    if (root.current) changes.current = earlyChanges(root.current);
    setMounted(true);
  }, [root]);
  useEffect(() => {
    if (!mounted || !root.current || changes.current.length === 0) return;
    replay(root.current, changes.current);
    changes.current = [];
  }, [mounted, root]);
  return mounted;
}
