// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { draftRequestHash, openDraftHash } from '../../../src/lib/draft-request';
import { makeComposer } from '../../../src/lib/email-template';
import type { Template } from '../../../src/schemas/template';
import { $activeDraft, $drafts, createDraft, draftsStore } from '../../../src/stores/drafts';
import { actOnRequest } from '../../../src/stores/requested-draft';
import { clearTabState } from '../../../src/stores/tab-state';

const templates: Template[] = [
  {
    kind: 'thank-you',
    title: 'Thank-you note',
    subject: 'Thank you, {contactName}',
    body: 'Dear {contactName},\n\nThank you for {helpfulThing}.',
    guidance: 'Send it within a day.',
  },
];
const compose = makeComposer(templates);

beforeEach(() => {
  localStorage.clear();
  draftsStore.reset();
  clearTabState();
});

describe('actOnRequest', () => {
  test('starts the asked-for draft with its details, recipient and person, and opens it', () => {
    const hash = draftRequestHash({
      kind: 'thank-you',
      name: 'Thank-you: Alex Chen',
      to: 'alex@example.org',
      fields: { contactName: 'Alex Chen', helpfulThing: 'your advice' },
      person: { id: 'person-1', name: 'Alex Chen' },
    });
    expect(actOnRequest(hash, templates, compose)).toBe('started');
    expect($activeDraft.get()).toMatchObject({
      name: 'Thank-you: Alex Chen',
      to: 'alex@example.org',
      person: { id: 'person-1', name: 'Alex Chen' },
      body: 'Dear Alex Chen,\n\nThank you for your advice.',
    });
  });

  test('a new draft carries your own details and, for the same person, their latest draft’s', () => {
    createDraft({
      kind: 'thank-you',
      name: 'Thanks to Alex',
      fields: { yourName: 'Sam Rivera', contactName: 'Alex', helpfulThing: 'your advice' },
      person: { id: 'person-1', name: 'Alex Chen' },
      compose,
    });
    const hash = (id: string, contactName: string) =>
      draftRequestHash({
        kind: 'thank-you',
        name: `Thank-you: ${contactName}`,
        to: '',
        fields: { contactName },
        person: { id, name: contactName },
      });
    actOnRequest(hash('person-1', 'Alex Chen'), templates, compose);
    expect($activeDraft.get()?.fields).toMatchObject({
      yourName: 'Sam Rivera',
      contactName: 'Alex Chen',
      helpfulThing: 'your advice',
    });
    actOnRequest(hash('person-2', 'Priya Das'), templates, compose);
    expect($activeDraft.get()?.fields).toMatchObject({
      yourName: 'Sam Rivera',
      contactName: 'Priya Das',
      helpfulThing: '',
    });
  });

  test('opens a saved draft, and says so of one that is gone, a kind it lacks, or no request', () => {
    const older = createDraft({ kind: 'thank-you', name: 'Older', compose });
    createDraft({ kind: 'thank-you', name: 'Newer', compose });
    expect(actOnRequest(openDraftHash(older.id), templates, compose)).toBe('opened');
    expect($activeDraft.get()?.name).toBe('Older');
    expect(actOnRequest(openDraftHash('gone'), templates, compose)).toBe('missing');
    expect(actOnRequest('#new=love-letter', templates, compose)).toBe('unknown');
    // A kind the site knows but this page was given no template for.
    expect(actOnRequest('#new=follow-up', templates, compose)).toBe('unknown');
    expect(actOnRequest('#person=1', templates, compose)).toBe('none');
    expect($activeDraft.get()?.name).toBe('Older');
    expect($drafts.get().drafts).toHaveLength(2);
  });
});
