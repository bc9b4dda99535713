/** People as the Conversations page saves them, for site tests that start with some. */
import type { Page } from 'playwright-core';

/** Where the Conversations page keeps its people. */
export const PEOPLE_KEY = 'iik:people:v1';

/** A person at To contact, as saved, with the overrides a test needs. */
export function savedPerson(id: string, name: string, overrides: Record<string, unknown> = {}) {
  const at = '2026-11-18T09:00:00.000Z';
  return {
    id,
    name,
    role: '',
    organization: '',
    email: '',
    warmth: 'cold',
    foundVia: '',
    notes: '',
    stage: 'to-contact',
    stageChangedAt: at,
    history: [{ at, text: 'Added (To contact)' }],
    meetings: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** Saves these people in the site's storage (opening the site first), as a reader's earlier visits would. */
export async function savePeople(page: Page, people: readonly object[]): Promise<void> {
  await page.goto('/conversations/');
  await page.evaluate(
    ([key, saved]) => localStorage.setItem(key, JSON.stringify({ people: saved })),
    [PEOPLE_KEY, people] as const,
  );
}
