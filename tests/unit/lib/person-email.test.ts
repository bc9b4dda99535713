import { describe, expect, test } from 'vitest';
import type { DueStep } from '../../../src/lib/due-steps';
import {
  conversationDate,
  draftFieldsFor,
  draftNameFor,
  draftRecipient,
  draftRequestFor,
  emailKind,
  latestDraftFor,
  notePoints,
  requestKind,
  stepEmailAction,
} from '../../../src/lib/person-email';
import { TEMPLATE_FIELDS, type ContactWarmth } from '../../../src/lib/vocabulary';
import { makeDraft } from '../../../src/lib/email-draft';
import { makeNotes, makePerson } from '../support/people';

describe('requestKind', () => {
  test.each<[ContactWarmth, boolean, string]>([
    ['hot', false, 'request-known'],
    ['hot', true, 'request-known'],
    ['warm', true, 'request-referral'],
    ['warm', false, 'request-known'],
    ['cold', true, 'request-referral'],
    ['cold', false, 'request-cold'],
  ])('a %s contact (referred: %s) gets %s', (warmth, referred, kind) => {
    const person = makePerson({ warmth, ...(referred ? { referredBy: { name: 'Dana' } } : {}) });
    expect(requestKind(person)).toBe(kind);
    expect(emailKind('request', person)).toBe(kind);
  });
});

describe('emailKind', () => {
  test('opens the composer’s own kinds for the thank-you, the referrer’s update and the follow-up', () => {
    const person = makePerson();
    expect(emailKind('thank-you', person)).toBe('thank-you');
    expect(emailKind('referrer-update', person)).toBe('referral-update');
    expect(emailKind('follow-up', person)).toBe('follow-up');
  });

  test('opens the nudge and the LinkedIn note by the names the second edition gave them', () => {
    expect(emailKind('nudge', makePerson())).toBe('request-nudge');
    expect(emailKind('linkedin-note', makePerson())).toBe('linkedin-note');
  });
});

describe('stepEmailAction', () => {
  test('gives each step with an email its action, and none to the rest', () => {
    const step = (kind: DueStep['kind']) => ({ kind });
    expect(stepEmailAction(step('request'))).toBe('request');
    expect(stepEmailAction(step('nudge'))).toBe('nudge');
    expect(stepEmailAction(step('thank-you'))).toBe('thank-you');
    expect(stepEmailAction(step('tell-referrer'))).toBe('referrer-update');
    expect(stepEmailAction(step('update'))).toBe('follow-up');
    expect(stepEmailAction(step('confirm'))).toBeUndefined();
  });
});

describe('notePoints', () => {
  test('offers the things to remember, then their advice line by line, newest notes first, once each', () => {
    const person = makePerson({
      meetings: [
        makeNotes({ id: 'old', date: '2026-10-01', remember: ['Shadow a shift'] }),
        makeNotes({
          id: 'new',
          date: '2026-12-10',
          remember: ['Volunteer first', 'Shadow a shift'],
          heard: {
            present: '',
            past: '',
            future: '',
            advice: '- Take statistics\n\n• Volunteer first',
          },
        }),
      ],
    });
    expect(notePoints(person)).toEqual([
      { text: 'Volunteer first', date: '2026-12-10' },
      { text: 'Shadow a shift', date: '2026-12-10' },
      { text: 'Take statistics', date: '2026-12-10' },
    ]);
    expect(notePoints(makePerson())).toEqual([]);
  });

  test('leaves out a line too long to fill a template detail', () => {
    const person = makePerson({
      meetings: [makeNotes({ remember: ['Short point', 'x'.repeat(201)] })],
    });
    expect(notePoints(person, 200).map(({ text }) => text)).toEqual(['Short point']);
  });
});

describe('draftFieldsFor', () => {
  test('fills their name, role, organization, referrer, the meeting date and the chosen point', () => {
    const person = makePerson({
      referredBy: { personId: 'dana', name: 'Dana' },
      met: { date: '2026-12-10', timeZone: 'UTC' },
    });
    const fields = draftFieldsFor(person, {
      peopleById: new Map([['dana', { name: 'Dana Ortiz' }]]),
      point: ' your advice to volunteer first ',
    });
    expect(fields).toEqual({
      contactName: 'Alex Chen',
      contactRole: 'Nurse',
      organization: 'City Hospital',
      referrerName: 'Dana Ortiz',
      conversationDate: '2026-12-10',
      helpfulThing: 'your advice to volunteer first',
    });
    expect(
      Object.keys(fields).every((field) => (TEMPLATE_FIELDS as readonly string[]).includes(field)),
    ).toBe(true);
  });

  test('leaves out what the person has nothing for, so the composer asks for it', () => {
    expect(draftFieldsFor(makePerson({ role: '', organization: ' ' }))).toEqual({
      contactName: 'Alex Chen',
    });
  });

  test('keeps markup as the plain text it was typed as', () => {
    const markup = '<b onmouseover="x()">Alex</b>';
    expect(draftFieldsFor(makePerson({ name: markup })).contactName).toBe(markup);
  });
});

describe('conversationDate', () => {
  test('is the meeting’s date, else the latest notes’ date', () => {
    expect(conversationDate(makePerson({ met: { date: '2026-12-10', timeZone: 'UTC' } }))).toBe(
      '2026-12-10',
    );
    expect(conversationDate(makePerson({ meetings: [makeNotes({ date: '2026-12-01' })] }))).toBe(
      '2026-12-01',
    );
    expect(conversationDate(makePerson())).toBeUndefined();
  });
});

describe('draftRecipient', () => {
  test('sends the update to the referrer when they are in the list, everything else to the person', () => {
    const person = makePerson({ referredBy: { personId: 'dana', name: 'Dana' } });
    const peopleById = new Map([['dana', { email: 'dana@example.org' }]]);
    expect(draftRecipient(person, 'thank-you', peopleById)).toBe('alex@example.org');
    expect(draftRecipient(person, 'referrer-update', peopleById)).toBe('dana@example.org');
    expect(draftRecipient(person, 'referrer-update')).toBe('');
    expect(
      draftRecipient(makePerson({ referredBy: { name: 'Dana' } }), 'referrer-update', peopleById),
    ).toBe('');
  });
});

describe('draftNameFor', () => {
  test('names a draft after the email and the person', () => {
    expect(draftNameFor(makePerson(), 'thank-you')).toBe('Thank-you: Alex Chen');
    expect(draftNameFor(makePerson(), 'referrer-update', 'Dana')).toBe(
      'Update for Dana: Alex Chen',
    );
    expect(draftNameFor(makePerson(), 'referrer-update')).toBe(
      'Update for the referrer: Alex Chen',
    );
    // The update is called the update everywhere: its step, its link and its button.
    expect(draftNameFor(makePerson(), 'follow-up')).toBe('Update: Alex Chen');
  });
});

describe('draftRequestFor', () => {
  const dana = makePerson({ id: 'dana', name: 'Dana Ortiz', email: 'dana@example.org' });
  const alex = makePerson({
    referredBy: { personId: 'dana', name: 'Dana' },
    stage: 'met',
    met: { date: '2026-12-10', timeZone: 'Europe/London' },
  });
  const peopleById = new Map([
    [dana.id, dana],
    [alex.id, alex],
  ]);

  test('starts the thank-you to them, with the chosen point and a link back to them', () => {
    expect(draftRequestFor(alex, 'thank-you', { peopleById, point: 'Volunteer first' })).toEqual({
      kind: 'thank-you',
      name: 'Thank-you: Alex Chen',
      to: 'alex@example.org',
      fields: {
        contactName: 'Alex Chen',
        contactRole: 'Nurse',
        organization: 'City Hospital',
        referrerName: 'Dana Ortiz',
        conversationDate: '2026-12-10',
        helpfulThing: 'Volunteer first',
      },
      person: { id: 'alex', name: 'Alex Chen' },
    });
  });

  test('carries what they offered into the thank-you alone, until it is followed up', () => {
    const offered = makePerson({
      ...alex,
      meetings: [makeNotes({ promised: ' An intro to Sam ' })],
    });
    expect(draftRequestFor(offered, 'thank-you', { peopleById })?.person).toEqual({
      id: 'alex',
      name: 'Alex Chen',
      offered: 'An intro to Sam',
    });
    expect(draftRequestFor(offered, 'referrer-update', { peopleById })?.person).toEqual({
      id: 'alex',
      name: 'Alex Chen',
    });
    const done = makePerson({
      ...offered,
      meetings: [makeNotes({ promised: 'An intro to Sam', offerDoneOn: '2026-12-11' })],
    });
    expect(draftRequestFor(done, 'thank-you', { peopleById })?.person).toEqual({
      id: 'alex',
      name: 'Alex Chen',
    });
  });

  test('addresses the update about them to the referrer, and carries the point only in a thank-you or an update', () => {
    const update = draftRequestFor(alex, 'referrer-update', { peopleById, point: 'Volunteer' });
    expect(update).toMatchObject({
      kind: 'referral-update',
      name: 'Update for Dana Ortiz: Alex Chen',
      to: 'dana@example.org',
    });
    expect(update?.fields.helpfulThing).toBeUndefined();
    expect(
      draftRequestFor(alex, 'follow-up', { peopleById, point: 'Volunteer' })?.fields.helpfulThing,
    ).toBe('Volunteer');
  });

  test('starts the paragraph to forward for them, named as one', () => {
    expect(draftRequestFor(alex, 'intro-blurb', { peopleById, point: 'Volunteer' })).toMatchObject({
      kind: 'intro-blurb',
      name: 'Introduction to forward: Alex Chen',
      to: 'alex@example.org',
      person: { id: 'alex', name: 'Alex Chen' },
    });
  });

  test('starts the nudge to them, with no point from notes', () => {
    const asked = makePerson({ stage: 'asked', asked: { sentOn: '2026-11-20', via: 'email' } });
    expect(draftRequestFor(asked, 'nudge', { peopleById, point: 'Volunteer' })).toMatchObject({
      kind: 'request-nudge',
      name: 'Nudge: Alex Chen',
      to: 'alex@example.org',
      fields: { contactName: 'Alex Chen', contactRole: 'Nurse' },
    });
  });
});

describe('latestDraftFor', () => {
  const compose = () => ({ subject: '', body: '' });
  const draft = (id: string, kind: 'request-cold' | 'thank-you', personId: string, now: number) =>
    makeDraft({ id, name: id, kind, person: { id: personId, name: personId }, compose, now });

  test('finds the draft of that kind written for them last, and none for another kind or person', () => {
    const drafts = [
      draft('older', 'request-cold', 'dana', 1),
      draft('newer', 'request-cold', 'dana', 2),
      draft('thanks', 'thank-you', 'dana', 3),
      draft('sams', 'request-cold', 'sam', 4),
    ];
    expect(latestDraftFor(drafts, 'dana', 'request-cold')?.id).toBe('newer');
    expect(latestDraftFor(drafts, 'dana', 'thank-you')?.id).toBe('thanks');
    expect(latestDraftFor(drafts, 'lee', 'request-cold')).toBeUndefined();
    expect(latestDraftFor(drafts, 'dana', undefined)).toBeUndefined();
  });
});
