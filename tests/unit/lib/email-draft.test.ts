import { describe, expect, test } from 'vitest';
import { check } from '../../../src/schemas/validate';
import {
  displayName,
  draftAsText,
  draftFileName,
  salvageDrafts,
  draftsCollection,
  draftsState,
} from '../../../src/lib/email-draft';
import { emptyFields } from '../../../src/lib/email-template';
import { draftsStateSchema, type Draft } from '../../../src/schemas/draft';

const draft: Draft = {
  id: 'd1',
  name: 'Ms. Okafor',
  kind: 'request-cold',
  fields: { ...emptyFields(), contactName: 'Ms. Okafor' },
  subject: 'Hello',
  body: 'Dear Ms. Okafor,\n\nHi.',
  to: '',
  edited: false,
  strictLength: false,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
};

describe('draftsStateSchema', () => {
  test('accepts saved drafts', () => {
    expect(check(draftsStateSchema, { drafts: [draft], activeId: 'd1' }).success).toBe(true);
  });

  test('reads a draft saved before it had a recipient as one with none, and keeps its person', () => {
    const { to: _none, ...older } = draft;
    expect(check(draftsStateSchema, { drafts: [older] })).toEqual({
      success: true,
      data: { drafts: [{ ...draft, to: '' }] },
    });
    const forDana = { ...draft, to: 'dana@example.org', person: { id: 'p1', name: 'Dana' } };
    expect(check(draftsStateSchema, { drafts: [forDana] })).toEqual({
      success: true,
      data: { drafts: [forDana] },
    });
  });

  test('refuses a draft of an unknown kind or with a field missing', () => {
    expect(check(draftsStateSchema, { drafts: [{ ...draft, kind: 'cover-letter' }] }).success).toBe(
      false,
    );
    const { contactName: _, ...fields } = draft.fields;
    expect(check(draftsStateSchema, { drafts: [{ ...draft, fields }] }).success).toBe(false);
  });
});

describe('salvageDrafts', () => {
  test('keeps the readable drafts and names the ones dropped', () => {
    const broken = { ...draft, id: 'd2', name: 'Broken', body: 42 };
    const result = salvageDrafts({ drafts: [draft, broken, { nonsense: true }], activeId: 'd2' });
    expect(result?.value).toEqual({ drafts: [draft] });
    expect(result?.dropped).toEqual(['“Broken”', 'a draft without a name']);
  });

  test('keeps every draft when only the open draft’s id was wrong', () => {
    expect(salvageDrafts({ drafts: [draft], activeId: 7 })).toEqual({
      value: { drafts: [draft] },
      dropped: ['which draft was open'],
    });
  });

  test('gives up when there is no list of drafts', () => {
    expect(salvageDrafts('nonsense')).toBeUndefined();
    expect(salvageDrafts({ drafts: 'x' })).toBeUndefined();
  });
});

describe('names and files', () => {
  test('turns the saved drafts into a named collection and back', () => {
    const state = { drafts: [draft], activeId: 'd1' };
    expect(draftsCollection(state)).toEqual({ items: [draft], activeId: 'd1' });
    expect(draftsState(draftsCollection(state))).toEqual(state);
    expect(draftsState({ items: [draft] })).toEqual({ drafts: [draft] });
  });

  test('shows an empty name as "Untitled draft"', () => {
    expect(displayName({ name: '  ' })).toBe('Untitled draft');
  });

  test('writes the draft as a text file: subject line, blank line, body', () => {
    expect(draftAsText({ subject: 'Hi <b>there</b>', body: 'One\r\nTwo' })).toBe(
      'Subject: Hi <b>there</b>\n\nOne\nTwo\n',
    );
  });

  test('writes only the body when there is no subject, as for a LinkedIn note', () => {
    expect(draftAsText({ subject: '', body: 'Hi Sam,\n\nOne line.' })).toBe(
      'Hi Sam,\n\nOne line.\n',
    );
  });

  test('makes a safe file name from the draft name', () => {
    expect(draftFileName({ name: 'Thank-you: Zoë (2) <script>' })).toBe(
      'thank-you-zoe-2-script.txt',
    );
    expect(draftFileName({ name: '../../' })).toBe('email-draft.txt');
    expect(draftFileName({ name: '👋' })).toBe('email-draft.txt');
  });
});
