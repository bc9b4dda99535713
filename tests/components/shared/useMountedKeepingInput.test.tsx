import { screen, waitFor } from '@testing-library/preact';
import { hydrate, render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, test } from 'vitest';
import { LimitedField } from '../../../src/components/shared/LimitedField';
import { useMountedKeepingInput } from '../../../src/components/shared/useMountedKeepingInput';

interface Form {
  name: string;
  note: string;
  remind: boolean;
  length: string;
  kind: string;
}

const BLANK: Form = { name: '', note: '', remind: false, length: '30', kind: 'request' };

/**
 * An island like the tools: the server renders a blank form; once running, it shows what was
 * saved, in new elements (as a draft's own form is keyed by the draft), and each field saves as
 * it changes.
 */
function Island({ saved, onSave }: { saved: Form; onSave: (form: Form) => void }) {
  const root = useRef<HTMLDivElement>(null);
  const mounted = useMountedKeepingInput(root);
  // Saved as a store saves: each change on top of the one before, even before a render.
  const latest = useRef(saved);
  const [form, setForm] = useState(saved);
  const shown = mounted ? form : BLANK;
  const update = (change: Partial<Form>) => {
    latest.current = { ...latest.current, ...change };
    setForm(latest.current);
    onSave(latest.current);
  };
  return (
    <div ref={root}>
      <form key={mounted ? 'saved' : 'server'}>
        <label for="name">Your name</label>
        <input
          id="name"
          value={shown.name}
          onInput={(event) => update({ name: event.currentTarget.value })}
        />
        {/* A textarea as the tools draw one, which hydration would otherwise reset. */}
        <LimitedField
          id="note"
          label="Note"
          rows={3}
          limit={500}
          value={shown.note}
          onChange={(note) => update({ note })}
        />
        <input
          id="remind"
          type="checkbox"
          checked={shown.remind}
          onChange={(event) => update({ remind: event.currentTarget.checked })}
        />
        <label for="remind">Remind me</label>
        {['15', '30'].map((length) => (
          <label key={length}>
            <input
              type="radio"
              name="length"
              value={length}
              checked={shown.length === length}
              onChange={() => update({ length })}
            />
            {length} minutes
          </label>
        ))}
        <label for="kind">Kind</label>
        <select
          id="kind"
          value={shown.kind}
          onChange={(event) => update({ kind: event.currentTarget.value })}
        >
          <option value="request">Request</option>
          <option value="thanks">Thank-you</option>
        </select>
      </form>
      <p>{mounted ? 'Running' : 'Server'}</p>
    </div>
  );
}

/** The pages hydrated by a test, taken down after it. */
const pages: HTMLElement[] = [];
afterEach(() => {
  for (const page of pages.splice(0)) {
    render(null, page);
    page.remove();
  }
});

/** The server's page, used by the reader before the island runs, then hydrated. */
function serverPage(saved: Form, beforeScript: (container: HTMLElement) => void) {
  const saves: Form[] = [];
  const onSave = (form: Form) => saves.push(form);
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Island saved={saved} onSave={onSave} />);
  document.body.append(container);
  pages.push(container);
  beforeScript(container);
  hydrate(<Island saved={saved} onSave={onSave} />, container);
  return saves;
}

describe('useMountedKeepingInput', () => {
  test('keeps what the reader typed and chose before the island ran, saved and with focus where it was', async () => {
    const saves = serverPage(BLANK, (container) => {
      const name = container.querySelector<HTMLInputElement>('#name')!;
      name.value = 'Ana Ruiz';
      container.querySelector<HTMLTextAreaElement>('#note')!.value = 'Met at the fair';
      container.querySelector<HTMLInputElement>('#remind')!.checked = true;
      container.querySelector<HTMLInputElement>('input[value="15"]')!.checked = true;
      container.querySelector<HTMLSelectElement>('#kind')!.value = 'thanks';
      name.focus();
      name.setSelectionRange(3, 3);
    });
    await screen.findByText('Running');
    await waitFor(() => expect(screen.getByLabelText('Your name')).toHaveValue('Ana Ruiz'));
    expect(screen.getByLabelText('Note')).toHaveValue('Met at the fair');
    expect(screen.getByRole('checkbox', { name: 'Remind me' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '15 minutes' })).toBeChecked();
    expect(screen.getByLabelText('Kind')).toHaveValue('thanks');
    expect(saves.at(-1)).toEqual({
      name: 'Ana Ruiz',
      note: 'Met at the fair',
      remind: true,
      length: '15',
      kind: 'thanks',
    });
    const name = screen.getByLabelText<HTMLInputElement>('Your name');
    expect(name).toHaveFocus();
    expect(name.selectionStart).toBe(3);
  });

  test('a saved value that differs from the server’s page wins over a change made to the page', async () => {
    const saved = { ...BLANK, name: 'Saved name', length: '15' };
    const saves = serverPage(saved, (container) => {
      container.querySelector<HTMLInputElement>('#name')!.value = 'Typed early';
      container.querySelector<HTMLTextAreaElement>('#note')!.value = 'Kept';
      container.querySelector<HTMLInputElement>('input[value="15"]')!.checked = true;
    });
    await screen.findByText('Running');
    await waitFor(() => expect(screen.getByLabelText('Note')).toHaveValue('Kept'));
    expect(screen.getByLabelText('Your name')).toHaveValue('Saved name');
    expect(screen.getByRole('radio', { name: '15 minutes' })).toBeChecked();
    expect(saves.at(-1)).toEqual({ ...saved, note: 'Kept' });
  });

  test('a page left alone shows what was saved and saves nothing', async () => {
    const saved = { ...BLANK, name: 'Saved name', remind: true };
    const saves = serverPage(saved, () => undefined);
    await screen.findByText('Running');
    expect(screen.getByLabelText('Your name')).toHaveValue('Saved name');
    expect(screen.getByRole('checkbox', { name: 'Remind me' })).toBeChecked();
    expect(saves).toEqual([]);
  });
});
