import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, test } from 'vitest';
import { LimitedField } from '../../../src/components/shared/LimitedField';

/** A field whose text starts as `initial`, as a tool holds it. */
function Field({ initial, limit }: { initial: string; limit: number }) {
  const [value, setValue] = useState(initial);
  return (
    <LimitedField id="subject" label="Subject" value={value} limit={limit} onChange={setValue} />
  );
}

const field = () => screen.getByLabelText<HTMLInputElement>('Subject');

describe('LimitedField', () => {
  test('refuses a change past the limit, keeping the text and saying why', () => {
    render(<Field initial="Hello" limit={8} />);
    fireEvent.input(field(), { target: { value: 'Hello there' } });
    expect(field().value).toBe('Hello');
    expect(screen.getByRole('alert').textContent).toMatch(/^That would make it 11 characters/);
  });

  test('case 8: a text filled past its limit says so, and Backspace shortens it until it fits', async () => {
    render(<Field initial={'x'.repeat(12)} limit={10} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'This is 12 characters, more than the 10 it takes. Shorten it by 2 characters.',
    );
    expect(field().getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(field(), { target: { value: 'x'.repeat(11) } });
    expect(field().value).toBe('x'.repeat(11));
    expect(await screen.findByText(/Shorten it by 1 character\./)).toBeVisible();
    fireEvent.input(field(), { target: { value: 'x'.repeat(10) } });
    expect(field().value).toBe('x'.repeat(10));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field().getAttribute('aria-invalid')).toBeNull();
  });
});
