import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useRef, useState } from 'preact/hooks';
import { describe, expect, test } from 'vitest';
import {
  useFocusAfterRender,
  useFocusWhenShown,
} from '../../../src/components/shared/useFocusAfterRender';

/** A list whose items move down, and a note that appears, each asking for focus after the change. */
function Harness() {
  const [items, setItems] = useState(['a', 'b', 'c']);
  const [shown, setShown] = useState(false);
  const note = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  return (
    <div>
      <ul>
        {items.map((item, index) => (
          <li key={item}>
            <button
              type="button"
              data-item={item}
              onClick={() => {
                focusAfterRender(() =>
                  document.querySelector<HTMLElement>(`[data-item="${item}"]`),
                );
                setItems(items.toSpliced(index, 1).toSpliced(index + 1, 0, item));
              }}
            >
              Move {item} down
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          focusAfterRender(note);
          setShown(true);
        }}
      >
        Show the note
      </button>
      {shown && (
        <button ref={note} type="button">
          The note
        </button>
      )}
      <input aria-label="Elsewhere" />
    </div>
  );
}

describe('useFocusAfterRender', () => {
  test('keeps focus on a button whose item moved', async () => {
    render(<Harness />);
    const moveA = screen.getByRole('button', { name: 'Move a down' });
    moveA.focus();
    fireEvent.click(moveA);
    await waitFor(() =>
      expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'Move b down',
        'Move a down',
        'Move c down',
      ]),
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move a down' }));
  });

  test('waits for an element that the change brings', async () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Show the note' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'The note' })),
    );
  });

  test('leaves alone focus that the reader moved on', async () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Show the note' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'The note' })),
    );
    const elsewhere = screen.getByRole('textbox', { name: 'Elsewhere' });
    elsewhere.focus();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(document.activeElement).toBe(elsewhere);
  });
});

/** A part that appears some frames after it is asked for, as a store's batched render can. */
function LateHarness() {
  const [shown, setShown] = useState(false);
  const late = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const afterFrames = (count: number, then: () => void) =>
    count === 0 ? then() : requestAnimationFrame(() => afterFrames(count - 1, then));
  return (
    <div>
      {!shown && (
        <button
          type="button"
          onClick={() => {
            focusAfterRender(late);
            afterFrames(5, () => setShown(true));
          }}
        >
          Finish
        </button>
      )}
      {shown && (
        <h3 ref={late} tabIndex={-1}>
          Debrief
        </h3>
      )}
      <input aria-label="Elsewhere" />
    </div>
  );
}

describe('useFocusAfterRender with a part that comes a few frames late', () => {
  test('still focuses it once it is there', async () => {
    render(<LateHarness />);
    const finish = screen.getByRole('button', { name: 'Finish' });
    finish.focus();
    fireEvent.click(finish);
    const heading = await screen.findByRole('heading', { name: 'Debrief' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  test('does not take focus the reader moved on while it was coming', async () => {
    render(<LateHarness />);
    const finish = screen.getByRole('button', { name: 'Finish' });
    finish.focus();
    fireEvent.click(finish);
    const elsewhere = screen.getByRole('textbox', { name: 'Elsewhere' });
    elsewhere.focus();
    await screen.findByRole('heading', { name: 'Debrief' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(elsewhere).toHaveFocus();
  });
});

describe('useFocusWhenShown', () => {
  function Opener() {
    const [open, setOpen] = useState(false);
    return open ? (
      <Shown />
    ) : (
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
    );
  }
  function Shown() {
    const field = useRef<HTMLInputElement>(null);
    useFocusWhenShown(field);
    return <input ref={field} aria-label="Name" />;
  }

  test('focuses the first control of a part the reader opened', async () => {
    render(<Opener />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' })),
    );
  });
});
