import { describe, expect, test } from 'vitest';
import { check } from '../../../src/schemas/validate';
import {
  displayName,
  draftAsText,
  draftFileName,
  salvageDrafts,
  draftsCollection,
  draftsState,
  emptyFields,
  latestDraftFor,
  readerFields,
  requestedDraftFields,
} from '../../../src/lib/email-draft';
import type { EmailFields } from '../../../src/lib/email-template';
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

/** A draft changed at `minute` past 10:00 on 20 November 2026, with some details filled. */
function draftAt(
  id: string,
  minute: number,
  fields: Partial<EmailFields>,
  personId?: string,
): Draft {
  const stamp = new Date(Date.UTC(2026, 10, 20, 10, minute)).toISOString();
  return {
    ...draft,
    id,
    fields: { ...emptyFields(), ...fields },
    ...(personId ? { person: { id: personId, name: 'Alex Chen' } } : {}),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

describe('latestDraftFor', () => {
  test('finds the draft for that person that changed last, wherever it is in the list', () => {
    const drafts = [
      draftAt('other', 30, {}, 'person-2'),
      draftAt('older', 10, {}, 'person-1'),
      draftAt('newer', 20, {}, 'person-1'),
      draftAt('unlinked', 40, {}),
    ];
    expect(latestDraftFor(drafts, 'person-1')?.id).toBe('newer');
    expect(latestDraftFor(drafts, 'person-3')).toBeUndefined();
  });
});

describe('readerFields', () => {
  test('takes your name and situation from the open draft', () => {
    const open = draftAt('open', 10, {
      yourName: 'Sam Rivera',
      yourSituation: 'a second-year economics student',
      contactName: 'Ms. Okafor',
    });
    expect(readerFields([open], open)).toEqual({
      yourName: 'Sam Rivera',
      yourSituation: 'a second-year economics student',
    });
  });

  test('where the open draft has one blank, takes it from the draft that changed last with it', () => {
    const drafts = [
      draftAt('open', 50, { yourName: 'Sam Rivera' }),
      draftAt('old', 10, { yourSituation: 'a first-year student' }),
      draftAt('recent', 30, { yourSituation: 'a second-year economics student' }),
      draftAt('blank', 40, { yourSituation: '  ' }),
    ];
    expect(readerFields(drafts, drafts[0])).toEqual({
      yourName: 'Sam Rivera',
      yourSituation: 'a second-year economics student',
    });
  });

  test('leaves out what no draft has, and works with no open draft', () => {
    expect(readerFields([], undefined)).toEqual({});
    expect(readerFields([draftAt('a', 10, { yourName: 'Sam' })], undefined)).toEqual({
      yourName: 'Sam',
    });
  });
});

describe('requestedDraftFields', () => {
  const request = draftAt(
    'request',
    10,
    {
      yourName: 'Sam Rivera',
      contactName: 'Alex Chen',
      contactRole: 'planner',
      learnGoal: 'how people get into city planning',
      meetingLength: '20 minutes',
      meetingMode: 'a phone call',
    },
    'person-1',
  );

  test('carries your own details and what the person’s latest draft says about the conversation', () => {
    const elsewhere = draftAt('elsewhere', 20, { yourSituation: 'a career changer' }, 'person-2');
    const fields = requestedDraftFields({
      drafts: [elsewhere, request],
      open: elsewhere,
      personId: 'person-1',
      given: { contactName: 'Alex Chen' },
    });
    expect(fields).toEqual({
      yourName: 'Sam Rivera',
      yourSituation: 'a career changer',
      contactName: 'Alex Chen',
      contactRole: 'planner',
      learnGoal: 'how people get into city planning',
      meetingLength: '20 minutes',
      meetingMode: 'a phone call',
    });
  });

  test('what the person’s record gives wins over what an older draft had', () => {
    const fields = requestedDraftFields({
      drafts: [request],
      open: request,
      personId: 'person-1',
      given: { contactName: 'Dr. Alex Chen', contactRole: 'head of planning' },
    });
    expect(fields).toMatchObject({ contactName: 'Dr. Alex Chen', contactRole: 'head of planning' });
  });

  test('your own details come from the open draft, not from the person’s older draft', () => {
    const open = draftAt('open', 30, { yourName: 'Sam R. Rivera' });
    const fields = requestedDraftFields({
      drafts: [open, request],
      open,
      personId: 'person-1',
      given: {},
    });
    expect(fields.yourName).toBe('Sam R. Rivera');
  });

  test('takes nothing of another person’s drafts but your own details', () => {
    expect(
      requestedDraftFields({
        drafts: [request],
        open: request,
        personId: 'person-2',
        given: { contactName: 'Priya Das' },
      }),
    ).toEqual({ yourName: 'Sam Rivera', contactName: 'Priya Das' });
    expect(requestedDraftFields({ drafts: [request], open: undefined, given: {} })).toEqual({
      yourName: 'Sam Rivera',
    });
  });
});
