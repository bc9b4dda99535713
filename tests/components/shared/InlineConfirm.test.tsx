import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { InlineConfirm } from '../../../src/components/shared/InlineConfirm';

function renderConfirm(onConfirm = vi.fn()) {
  render(
    <InlineConfirm
      id="reset"
      label="Reset this deck"
      question="Forget your progress? You can undo this right after."
      confirmLabel="Yes, reset"
      cancelLabel="Keep my progress"
      onConfirm={onConfirm}
    />,
  );
  return onConfirm;
}

const opener = () => screen.getByRole('button', { name: 'Reset this deck' });

describe('InlineConfirm', () => {
  test('asks in place, named by its question, with the safe choice focused', async () => {
    renderConfirm();
    fireEvent.click(opener());
    const group = screen.getByRole('group', { name: /^Forget your progress\?/ });
    expect(group).toBeVisible();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep my progress' })),
    );
  });

  test('Escape cancels and puts focus back on the button that asked', async () => {
    const onConfirm = renderConfirm();
    fireEvent.click(opener());
    const safe = await screen.findByRole('button', { name: 'Keep my progress' });
    fireEvent.keyDown(safe, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(opener()));
    expect(screen.queryByRole('group')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  test('the safe choice cancels the same way', async () => {
    renderConfirm();
    fireEvent.click(opener());
    fireEvent.click(await screen.findByRole('button', { name: 'Keep my progress' }));
    await waitFor(() => expect(document.activeElement).toBe(opener()));
  });

  test('going ahead runs the action once and closes the question', () => {
    const onConfirm = renderConfirm();
    fireEvent.click(opener());
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.queryByRole('group')).toBeNull();
  });
});
