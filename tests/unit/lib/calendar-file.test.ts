import ICAL from 'ical.js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { instantOf, isoString } from '../../../src/lib/time';
import { upcomingEvents, type CalendarEvent } from '../../../src/lib/calendar-events';
import { calendarFile, vtimezone } from '../../../src/lib/calendar-file';
import type { DueContext } from '../../../src/lib/due-steps';
import { makePerson, scheduledPerson } from '../support/people';

const NEW_YORK = 'America/New_York';
const now = instantOf('2026-11-20T15:00:00.000Z');
const context: DueContext = { now, timeZone: 'Europe/London' };
const scheduled = scheduledPerson();

/** Parses a file with ical.js, registering its time zones so times can be turned into moments. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      sequence: event.sequence,
      timeZone: component.getFirstProperty('dtstart')?.getParameter('tzid'),
      zone: event.startDate.zone?.tzid,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      stamp: component.getFirstPropertyValue('dtstamp')?.toString(),
      url: component.getFirstPropertyValue('url'),
    };
  });
  return { calendar, events };
}

describe('calendarFile', () => {
  const events = upcomingEvents([scheduled], context);
  const text = calendarFile(events, now);

  test('ends every line with CRLF, and no line passes 75 octets (long lines are folded)', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // The long description was folded: a line that goes on starts with one space.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  test('parses back with the event’s summary, start, time zone, description and stamp', () => {
    const { calendar, events: parsed } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Informational Interview Kit//Conversations//EN',
    );
    const meeting = parsed.find(
      (event) => event.uid === 'alex-meeting@informational-interview-kit',
    );
    expect(meeting).toMatchObject({
      summary: 'Conversation with Alex Chen',
      timeZone: NEW_YORK,
      zone: NEW_YORK,
      start: instantOf('2026-11-27T19:30:00.000Z'),
      end: instantOf('2026-11-27T20:00:00.000Z'),
      location: 'https://meet.example.org/abc-defg-hij',
      url: 'https://meet.example.org/abc-defg-hij',
      stamp: '2026-11-20T15:00:00Z',
    });
    expect(meeting?.description).toContain('Alex Chen (Nurse, City Hospital)');
    expect(meeting?.description).not.toContain('Next step');
    expect(text).toContain('DTSTART;TZID=America/New_York:20261127T143000');
  });

  test('alerts the reader: 30 minutes before a conversation, and when a reminder starts', () => {
    const { calendar } = parse(text);
    const alarms = calendar.getAllSubcomponents('vevent').map((vevent) => {
      const alarm = vevent.getFirstSubcomponent('valarm');
      return {
        uid: vevent.getFirstPropertyValue('uid'),
        action: alarm?.getFirstPropertyValue('action'),
        trigger: alarm?.getFirstPropertyValue('trigger')?.toString(),
      };
    });
    expect(alarms).toContainEqual({
      uid: 'alex-meeting@informational-interview-kit',
      action: 'DISPLAY',
      trigger: '-PT30M',
    });
    const reminders = alarms.filter(
      ({ uid }) => uid !== 'alex-meeting@informational-interview-kit',
    );
    expect(reminders.length).toBeGreaterThan(0);
    for (const reminder of reminders)
      expect(reminder).toMatchObject({ action: 'DISPLAY', trigger: 'PT0S' });
  });

  test('keeps each UID across downloads, and raises the sequence as the person changes', () => {
    const again = calendarFile(
      upcomingEvents([scheduled], { ...context, now: instantOf('2026-11-21T09:00Z') }),
      now,
    );
    const uids = (file: string) =>
      parse(file)
        .events.map((event) => event.uid)
        .sort();
    expect(uids(again)).toEqual(uids(text));
    const changed = makePerson({
      ...scheduled,
      history: [...scheduled.history, { at: isoString(now), text: 'x' }],
    });
    const [first] = parse(calendarFile(upcomingEvents([changed], context), now)).events;
    expect(first?.sequence).toBe(changed.history.length);
  });

  test('writes a VTIMEZONE for every zone used, with the clock change inside the span', () => {
    const march: CalendarEvent = {
      uid: 'm@x',
      sequence: 0,
      summary: 'Across the change',
      description: '',
      start: instantOf('2026-03-05T15:00:00Z'),
      end: instantOf('2026-03-12T15:00:00Z'),
      timeZone: NEW_YORK,
      alertMinutesBefore: 0,
    };
    const { calendar, events: parsed } = parse(
      calendarFile([march], instantOf('2026-03-01T00:00Z')),
    );
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([NEW_YORK]);
    expect(zones[0]?.getAllSubcomponents('daylight')).toHaveLength(1);
    // 10:00 in New York before the change (UTC−5) and 11:00 after it (UTC−4).
    expect(parsed[0]?.start).toEqual(march.start);
    expect(parsed[0]?.end).toEqual(march.end);
  });

  test('escapes commas, semicolons and markup as text, never as anything else', () => {
    const markup = makePerson({
      ...scheduled,
      name: '<script>alert("x")</script>; Chen, Jr.',
    });
    const [event] = parse(calendarFile(upcomingEvents([markup], context).slice(-1), now)).events;
    expect(event?.summary).toBe('Conversation with <script>alert("x")</script>; Chen, Jr.');
    expect(calendarFile(upcomingEvents([markup], context), now)).toContain('\\; Chen\\, Jr.');
  });
});

describe('calendarFile on a plain-http page', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('still writes the file where the browser offers no crypto.randomUUID, and leaves none behind', () => {
    // Browsers give plain-http pages a crypto without randomUUID.
    const insecure = {};
    vi.stubGlobal('crypto', insecure);
    const { events } = parse(calendarFile(upcomingEvents([scheduled], context), now));
    expect(events.map((event) => event.uid)).toContain('alex-meeting@informational-interview-kit');
    expect('randomUUID' in insecure).toBe(false);
  });

  test('puts back a randomUUID of the page’s own that is not a function', () => {
    const odd = { randomUUID: 'not a function' };
    vi.stubGlobal('crypto', odd);
    expect(calendarFile([], now)).toContain('BEGIN:VCALENDAR');
    expect(odd.randomUUID).toBe('not a function');
  });
});

describe('vtimezone', () => {
  test('writes a zone with no clock changes as one standard offset', () => {
    const text = vtimezone(
      'Asia/Tokyo',
      instantOf('2026-06-01T00:00Z'),
      instantOf('2026-07-01T00:00Z'),
    );
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'X-LIC-LOCATION:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:20260601T090000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  test('calls summer time daylight time even when the events span no change of clocks', () => {
    const summer = vtimezone(
      'America/Chicago',
      instantOf('2026-06-01T00:00Z'),
      instantOf('2026-06-10T00:00Z'),
    );
    expect(summer).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260531T190000\r\nTZOFFSETFROM:-0500');
    expect(summer).not.toContain('STANDARD');
    const winter = vtimezone(
      'America/Chicago',
      instantOf('2026-01-10T00:00Z'),
      instantOf('2026-01-20T00:00Z'),
    );
    expect(winter).toContain('BEGIN:STANDARD\r\nDTSTART:20260109T180000\r\nTZOFFSETFROM:-0600');
  });

  test('writes each change at the local time before it, with the offsets on either side', () => {
    const text = vtimezone(
      'Europe/London',
      instantOf('2026-03-01T00:00Z'),
      instantOf('2026-11-01T00:00Z'),
    );
    expect(text).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20260329T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100',
    );
    expect(text).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000',
    );
    // Lord Howe Island's clocks go from 02:00 to 02:30 on 4 October 2026, half an hour past a
    // whole UTC hour, and back from 02:00 to 01:30 on 4 April 2027.
    const lordHowe = vtimezone(
      'Australia/Lord_Howe',
      instantOf('2026-09-01T00:00Z'),
      instantOf('2027-05-01T00:00Z'),
    );
    expect(lordHowe).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20261004T020000\r\nTZOFFSETFROM:+1030\r\nTZOFFSETTO:+1100',
    );
    expect(lordHowe).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20270404T020000\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1030',
    );
    expect(vtimezone('Asia/Kolkata', instantOf('2026-01-01Z'), instantOf('2026-02-01Z'))).toContain(
      'TZOFFSETTO:+0530',
    );
    expect(
      vtimezone('America/St_Johns', instantOf('2026-01-01Z'), instantOf('2026-02-01Z')),
    ).toContain('TZOFFSETTO:-0330');
  });
});
