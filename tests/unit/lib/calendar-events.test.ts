import { describe, expect, test } from 'vitest';
import { instantOf } from '../../../src/lib/time';
import {
  calendarFileName,
  meetingEvent,
  REMINDER_MINUTES,
  reminderStart,
  stepEvent,
  upcomingEvents,
} from '../../../src/lib/calendar-events';
import { dueSteps, nextStep, type DueContext } from '../../../src/lib/due-steps';
import { NUDGE_AFTER_DAYS } from '../../../src/lib/method-rules';
import { addDays } from '../../../src/lib/zoned-time';
import { makePerson, scheduledPerson } from '../support/people';

const now = instantOf('2026-11-20T15:00:00.000Z');
const context: DueContext = { now, timeZone: 'Europe/London' };
const NEW_YORK = 'America/New_York';
const scheduled = scheduledPerson();

describe('meetingEvent', () => {
  test('is the scheduled conversation, at its time in its own zone, with the person and an alert', () => {
    const event = meetingEvent(scheduled, context);
    expect(event).toMatchObject({
      uid: 'alex-meeting@informational-interview-kit',
      summary: 'Conversation with Alex Chen',
      timeZone: NEW_YORK,
      location: 'https://meet.example.org/abc-defg-hij',
      url: 'https://meet.example.org/abc-defg-hij',
      // 14:30 in New York in late November is 19:30 UTC.
      start: instantOf('2026-11-27T19:30:00.000Z'),
      end: instantOf('2026-11-27T20:00:00.000Z'),
      alertMinutesBefore: 30,
    });
    // No next step: the calendar keeps this text, and "Prepare your questions" would still be
    // there on the day.
    expect(event?.description).toBe(
      [
        'Alex Chen (Nurse, City Hospital)',
        'Video call: https://meet.example.org/abc-defg-hij',
        'From your Conversations page in the Informational Interview Kit.',
      ].join('\n'),
    );
  });

  test('has no link for a place that is not a web address, and nothing for someone not scheduled', () => {
    const inPerson = makePerson({
      ...scheduled,
      role: '',
      organization: '',
      scheduled: { ...scheduled.scheduled!, format: 'in-person', place: 'Café on Main St' },
    });
    const event = meetingEvent(inPerson, context);
    expect(event?.location).toBe('Café on Main St');
    expect(event?.url).toBeUndefined();
    expect(event?.description.split('\n')[0]).toBe('Alex Chen');
    const noPlace = makePerson({ ...scheduled, scheduled: { ...scheduled.scheduled!, place: '' } });
    expect(meetingEvent(noPlace, context)?.location).toBeUndefined();
    expect(meetingEvent(makePerson(), context)).toBeUndefined();
  });
});

describe('reminderStart', () => {
  const asked = makePerson({ stage: 'asked', asked: { sentOn: '2026-11-20', via: 'email' } });

  test('sets a day step’s reminder at 9:00 on its day, in the reader’s zone', () => {
    const step = nextStep(asked, context)!;
    const day = addDays('2026-11-20', NUDGE_AFTER_DAYS);
    expect(reminderStart(step, now)).toEqual(instantOf(`${day}T09:00:00.000Z`));
    const inTokyo = nextStep(asked, { now, timeZone: 'Asia/Tokyo' })!;
    expect(reminderStart(inTokyo, now)).toEqual(instantOf(`${day}T00:00:00.000Z`));
  });

  test('sets a thank-you’s reminder on the morning it is due, or just before an earlier deadline', () => {
    const metAt = (time: string) =>
      makePerson({ stage: 'met', met: { date: '2026-11-20', time, timeZone: 'UTC', minutes: 30 } });
    const afternoon = nextStep(metAt('15:00'), context)!;
    expect(reminderStart(afternoon, now)).toEqual(instantOf('2026-11-21T09:00:00.000Z'));
    const early = nextStep(metAt('07:00'), { ...context, now: instantOf('2026-11-20T08:00Z') })!;
    expect(reminderStart(early, instantOf('2026-11-20T08:00Z'))).toEqual(
      instantOf(`2026-11-21T07:${30 - REMINDER_MINUTES}:00.000Z`),
    );
  });

  test('never starts before the step opens, and moves a passed reminder to the next quarter hour', () => {
    const met = makePerson({
      stage: 'met',
      met: { date: '2026-11-20', time: '08:00', timeZone: 'UTC', minutes: 30 },
    });
    const step = nextStep(met, context)!;
    const tenPast = instantOf('2026-11-21T08:10:00.000Z');
    expect(reminderStart(step, tenPast)).toEqual(instantOf('2026-11-21T08:15:00.000Z'));
    // A deadline soon after a meeting that ended late at night: the reminder waits for the end.
    const confirm = dueSteps(scheduled, context).find((s) => s.kind === 'confirm')!;
    expect(reminderStart(confirm, now)).toBeGreaterThanOrEqual(confirm.timing!.startsAt);
    expect(
      reminderStart({ personId: 'x', kind: 'request', label: '', timing: undefined }, now),
    ).toBe(undefined);
  });
});

describe('stepEvent', () => {
  test('is a short reminder titled with the person and the step, none once the step is late', () => {
    const asked = makePerson({ stage: 'asked', asked: { sentOn: '2026-11-20', via: 'email' } });
    const step = nextStep(asked, context)!;
    const event = stepEvent(asked, step, context);
    expect(event).toMatchObject({
      uid: 'alex-nudge@informational-interview-kit',
      summary: 'Alex Chen: Nudge once',
      timeZone: 'Europe/London',
    });
    expect(event!.end - event!.start).toBe(REMINDER_MINUTES * 60_000);
    expect(event?.description).toContain('Next step: Nudge once');
    const lateNow = instantOf(`${addDays('2026-11-20', NUDGE_AFTER_DAYS + 2)}T10:00:00Z`);
    expect(stepEvent(asked, step, { now: lateNow })).toBeUndefined();
  });
});

describe('upcomingEvents', () => {
  test('lists meetings not yet over and reminders for open steps, soonest first', () => {
    const asked = makePerson({
      id: 'bo',
      name: 'Bo',
      stage: 'asked',
      asked: { sentOn: '2026-11-19', via: 'phone' },
    });
    const met = makePerson({
      id: 'cy',
      name: 'Cy',
      stage: 'met',
      referredBy: { personId: 'bo', name: 'Bo (old name)' },
      met: { date: '2026-11-20', time: '10:00', timeZone: 'UTC', minutes: 30 },
    });
    const events = upcomingEvents([scheduled, asked, met, makePerson({ id: 'new' })], context);
    expect(events.map((event) => event.summary)).toEqual([
      'Cy: Send your thank-you',
      'Cy: Tell Bo how it went',
      'Alex Chen: Prepare your questions',
      'Bo: Nudge once',
      'Alex Chen: Confirm the day before',
      'Conversation with Alex Chen',
    ]);
    const starts = events.map((event) => event.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test('leaves out a meeting that is over', () => {
    const after = instantOf('2026-11-28T12:00:00Z');
    expect(upcomingEvents([scheduled], { now: after, timeZone: 'UTC' })).toEqual([]);
  });
});

describe('calendarFileName', () => {
  test('names the file after the person, or the whole list', () => {
    expect(calendarFileName(makePerson({ name: 'Zoë Álvarez' }))).toBe(
      'conversation-zoe-alvarez.ics',
    );
    expect(calendarFileName(makePerson({ name: '中文' }))).toBe('conversations.ics');
    expect(calendarFileName()).toBe('conversations.ics');
  });
});
