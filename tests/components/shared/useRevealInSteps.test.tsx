import { screen, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test } from 'vitest';
import {
  FIRST_STEP,
  NEXT_STEP,
  useRevealInSteps,
} from '../../../src/components/shared/useRevealInSteps';

const rowsOf = (count: number) => Array.from({ length: count }, (_, index) => `Row ${index + 1}`);

/** A long list rendered in steps, which a filter can shorten and clear. */
function Harness({ total }: { total: number }) {
  const [filtered, setFiltered] = useState(false);
  const rows = rowsOf(filtered ? 3 : total);
  const shown = useRevealInSteps(rows.length);
  return (
    <div>
      <button type="button" onClick={() => setFiltered(!filtered)}>
        {filtered ? 'Clear the filter' : 'Filter'}
      </button>
      <ul>
        {rows.slice(0, shown).map((row) => (
          <li key={row}>{row}</li>
        ))}
      </ul>
    </div>
  );
}

const shownRows = () => screen.queryAllByRole('listitem').map((item) => item.textContent);
/** Preact renders changes after a microtask and runs effects after the next paint. */
const rendered = () => new Promise((resolve) => queueMicrotask(() => resolve(undefined)));

// Rendered without testing-library's act(), which would run every step before returning: here
// the steps happen as in a browser, one after each paint.
let root: HTMLElement;
const show = (total: number) => {
  root = document.body.appendChild(document.createElement('div'));
  render(<Harness total={total} />, root);
};
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('useRevealInSteps', () => {
  test('renders a screenful first, then the rest in order, a step after each paint', async () => {
    const total = FIRST_STEP + 2 * NEXT_STEP + 5;
    show(total);
    const first = shownRows();
    expect(first.length).toBeGreaterThanOrEqual(FIRST_STEP);
    expect(first.length).toBeLessThan(total);
    expect(first).toEqual(rowsOf(first.length));
    await waitFor(() => expect(shownRows()).toEqual(rowsOf(total)));
  });

  test('renders a short list whole at once', () => {
    show(5);
    expect(shownRows()).toEqual(rowsOf(5));
  });

  test('once the whole list has been shown, a longer list after a filter renders at once', async () => {
    const total = FIRST_STEP + NEXT_STEP + 1;
    show(total);
    await waitFor(() => expect(shownRows()).toHaveLength(total));
    screen.getByRole('button', { name: 'Filter' }).click();
    await rendered();
    expect(shownRows()).toEqual(rowsOf(3));
    screen.getByRole('button', { name: 'Clear the filter' }).click();
    await rendered();
    expect(shownRows()).toEqual(rowsOf(total));
  });
});
