import { render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { memo } from '../../../src/components/shared/memo';

describe('memo', () => {
  test('skips a render while every prop stays the same, and renders when one changes', () => {
    let renders = 0;
    const Row = memo(function Row({ text, tag }: { text: string; tag?: string }) {
      renders += 1;
      return <p>{tag ? `${text} (${tag})` : text}</p>;
    });
    const { rerender } = render(<Row text="Dana" />);
    rerender(<Row text="Dana" />);
    expect(renders).toBe(1);
    rerender(<Row text="Sam" />);
    expect(screen.getByText('Sam')).toBeVisible();
    rerender(<Row text="Sam" tag="new" />);
    expect(screen.getByText('Sam (new)')).toBeVisible();
    rerender(<Row text="Sam" />);
    expect(screen.getByText('Sam')).toBeVisible();
    expect(renders).toBe(4);
  });
});
