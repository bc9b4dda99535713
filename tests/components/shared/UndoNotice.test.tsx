import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { UndoNotice } from '../../../src/components/shared/UndoNotice';

describe('UndoNotice', () => {
  test('says what was deleted and takes focus on Undo, which is described by the notice', () => {
    render(
      <UndoNotice
        id="t"
        message="Deleted “Dana”."
        onUndo={() => undefined}
        onDismiss={() => undefined}
      />,
    );
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(screen.getByText('Deleted “Dana”.')).toBeVisible();
    expect(document.activeElement).toBe(undo);
    expect(undo).toHaveAccessibleDescription('Deleted “Dana”.');
  });

  test('Undo and Dismiss each call their own verb', () => {
    const onUndo = vi.fn();
    const onDismiss = vi.fn();
    render(<UndoNotice id="t" message="Deleted “Dana”." onUndo={onUndo} onDismiss={onDismiss} />);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  test('a name with HTML in it stays text', () => {
    render(
      <UndoNotice
        id="t"
        message="Deleted “<img src=x onerror=alert(1)>”."
        onUndo={() => undefined}
        onDismiss={() => undefined}
      />,
    );
    expect(screen.getByText('Deleted “<img src=x onerror=alert(1)>”.')).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
  });
});
