import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';

// Apart from the page's other tests: a fresh copy of the page's modules reads storage as a
// reload would, and the page loads its verbs on demand, which would then reach that copy.
afterEach(() => localStorage.clear());

describe('Conversations: saved data problems', () => {
  test('shows the storage notice and offers the copy when the saved list could not be read', async () => {
    localStorage.setItem('iik:people:v1', '{"people": [');
    const { Conversations } = await import('../../../src/components/conversations/Conversations');
    render(<Conversations />);
    expect(await screen.findByText(/couldn’t read your saved conversations/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download the copy' })).toBeVisible();
    expect(screen.getByRole('heading', { name: /People/, level: 2 })).toBeVisible();
  });
});
