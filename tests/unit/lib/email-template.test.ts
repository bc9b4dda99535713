import { describe, expect, test } from 'vitest';
import {
  emailLocale,
  fieldPlaceholder,
  fillTemplate,
  fillText,
  formatEmailDate,
  makeComposer,
  parseIsoDate,
  templateFields,
} from '../../../src/lib/email-template';
import { emptyFields } from '../../../src/lib/email-draft';
import type { Template } from '../../../src/schemas/template';

const thankYou: Template = {
  kind: 'thank-you',
  title: 'Thank-you note',
  subject: 'Thanks for your time on {conversationDate}',
  body: 'Dear {contactName},\n\nThank you for talking with me on {conversationDate}. {helpfulThing} stayed with me.\n\nWith thanks,\n{yourName}\n',
  guidance: 'Send it within a day or two.',
};

describe('templateFields', () => {
  test('lists the fields a template uses, subject and body, in the composer’s order, each once', () => {
    expect(templateFields(thankYou)).toEqual([
      'yourName',
      'contactName',
      'conversationDate',
      'helpfulThing',
    ]);
  });

  test('ignores names that are not template fields', () => {
    expect(templateFields({ subject: '{nope}', body: 'Hi {contactName}' })).toEqual([
      'contactName',
    ]);
  });
});

describe('fillTemplate', () => {
  test('puts each detail in its place, in subject and body', () => {
    const email = fillTemplate(thankYou, {
      ...emptyFields(),
      yourName: 'Sam Rivera',
      contactName: 'Ms. Okafor',
      conversationDate: '2026-11-20',
      helpfulThing: 'your advice to volunteer first',
    });
    expect(email.subject).toBe('Thanks for your time on Friday, November 20');
    expect(email.body).toBe(
      'Dear Ms. Okafor,\n\nThank you for talking with me on Friday, November 20. Your advice to volunteer first stayed with me.\n\nWith thanks,\nSam Rivera',
    );
  });

  test('writes their role with the article it needs, however the reader typed it', () => {
    const role = (contactRole: string) =>
      fillText('your experience as {contactRole}. {contactRole} knows.', { contactRole });
    expect(role('UX researcher')).toBe(
      'your experience as a UX researcher. A UX researcher knows.',
    );
    expect(role('an urban planner')).toBe(
      'your experience as an urban planner. An urban planner knows.',
    );
    expect(role('the head of design')).toBe(
      'your experience as the head of design. The head of design knows.',
    );
    expect(role('MBA admissions officer')).toContain('as an MBA admissions officer.');
    expect(role('')).toBe('your experience as [Their role]. [Their role] knows.');
  });

  test('shows an unfilled field as its label in brackets', () => {
    const email = fillTemplate(thankYou, { yourName: 'Sam' });
    expect(email.subject).toBe('Thanks for your time on [Date of the conversation]');
    expect(email.body).toContain('Dear [Their name],');
    expect(email.body).toContain('[The one thing that helped most] stayed with me.');
    expect(fieldPlaceholder('contactName')).toBe('[Their name]');
  });

  test('treats a field of spaces as unfilled, and keeps a value to one line', () => {
    expect(fillText('Dear {contactName},', { contactName: '   ' })).toBe('Dear [Their name],');
    expect(fillText('Dear {contactName},', { contactName: ' Dr.\n  Lee ' })).toBe('Dear Dr. Lee,');
  });

  test('capitalises a filled field that starts a sentence, and only then', () => {
    const text =
      '{actionTaken}, and it helped. Then {actionTaken}! Hello\n{actionTaken}. I said {actionTaken}.';
    expect(fillText(text, { actionTaken: 'i signed up' })).toBe(
      'I signed up, and it helped. Then i signed up! Hello\nI signed up. I said i signed up.',
    );
    expect(fillText('Done. {helpfulThing}', { helpfulThing: 'your advice' })).toBe(
      'Done. Your advice',
    );
  });

  test('does not take the full stop of a title such as "Dr." for the end of a sentence', () => {
    expect(fillText('Thank you, Dr. {contactName}.', { contactName: 'van der Berg' })).toBe(
      'Thank you, Dr. van der Berg.',
    );
    expect(fillText('Thanks. {contactName} said so.', { contactName: 'van der Berg' })).toBe(
      'Thanks. Van der Berg said so.',
    );
  });

  test('drops a full stop the reader typed where the template already has punctuation', () => {
    expect(fillText('All is well at {organization}.', { organization: 'Acme Inc.' })).toBe(
      'All is well at Acme Inc.',
    );
    expect(fillText('{actionTaken}, and it worked.', { actionTaken: 'I signed up.' })).toBe(
      'I signed up, and it worked.',
    );
    expect(fillText('{actionTaken} and it worked.', { actionTaken: 'I signed up.' })).toBe(
      'I signed up. and it worked.',
    );
  });

  test('keeps what the reader typed as text: markup, braces and dollar signs are not interpreted', () => {
    const value = '<script>alert("x")</script> $& {yourName} $1';
    expect(fillText('Dear {contactName},', { contactName: value, yourName: 'Sam' })).toBe(
      `Dear ${value},`,
    );
  });

  test('leaves an unknown {name} in place for the checks to find', () => {
    expect(fillText('Hello {nickname}', {})).toBe('Hello {nickname}');
  });
});

describe('formatEmailDate', () => {
  test('writes an ISO date in words, without a year', () => {
    expect(formatEmailDate('2026-11-20', 'en-GB')).toBe('Friday 20 November');
    expect(formatEmailDate('2026-11-20', 'en-US')).toBe('Friday, November 20');
  });

  test('uses American English, the house spelling, when the reader’s locale is not English', () => {
    expect(emailLocale('fr-FR')).toBe('en-US');
    expect(emailLocale(undefined)).toBe('en-US');
    expect(emailLocale('en-AU')).toBe('en-AU');
    expect(emailLocale('en-GB')).toBe('en-GB');
    expect(formatEmailDate('2026-11-20', 'de-DE')).toBe('Friday, November 20');
  });

  test('keeps anything that is not a real date as typed', () => {
    expect(formatEmailDate(' last Tuesday ', 'en-GB')).toBe('last Tuesday');
    expect(formatEmailDate('2026-02-30', 'en-GB')).toBe('2026-02-30');
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
});

describe('makeComposer', () => {
  test('fills the template of the kind asked for', () => {
    const compose = makeComposer([thankYou], { locale: 'en-US' });
    expect(compose('thank-you', { conversationDate: '2026-11-20' }).subject).toBe(
      'Thanks for your time on Friday, November 20',
    );
  });

  test('refuses a kind it has no template for', () => {
    expect(() => makeComposer([thankYou])('follow-up', {})).toThrow(/follow-up/);
  });
});
