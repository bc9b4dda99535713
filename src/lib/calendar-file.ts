/**
 * Writes calendar events as an iCalendar file (RFC 5545) that Google Calendar, Outlook and
 * Apple Calendar import. ical-generator writes the file (CRLF line ends, long lines folded,
 * text escaped); the page loads this module with `import()` only when the reader asks for a
 * file, so the library never weighs on the page itself.
 *
 * Time zones: every event starts at its wall-clock time with a TZID ("DTSTART;TZID=Europe/
 * London:20261127T143000"), and RFC 5545 asks for a VTIMEZONE for each TZID used. Instead of
 * shipping a zone database, the VTIMEZONE is built from the browser's own zone data (through
 * @date-fns/tz): the zone's offset before the events and each change of offset while they
 * run, so every event's time is exact. (@date-fns/tz finds each change to the hour; it is then
 * narrowed to the minute, for zones such as Lord Howe Island's that change on the half hour.)
 */
import { TZDate, tzOffset, tzScan } from '@date-fns/tz';
import { ICalAlarmType, ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import type { CalendarEvent } from './calendar-events';
import { DAY, HOUR, MINUTE, type Instant } from './time';

/** The identifier of the program that wrote the file, as RFC 5545's PRODID asks. */
export const PRODUCT_ID = {
  company: 'Informational Interview Kit',
  product: 'Conversations',
  language: 'EN',
} as const;

/** An offset in minutes as iCalendar writes it: "+0100", "-0430". */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.abs(Math.round(minutes));
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return `${sign}${twoDigits(Math.floor(whole / 60))}${twoDigits(whole % 60)}`;
}

/** The wall-clock time of a moment at an offset, as iCalendar's local DATE-TIME ("20260329T010000"). */
function localText(moment: Instant, offsetMinutes: number): string {
  return new Date(moment + offsetMinutes * MINUTE).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/**
 * The minute a zone's offset changes, given the first whole hour at which it has changed: the
 * change lies in the hour before, where a binary search finds it.
 */
function changeMinute(timeZone: string, foundAt: Instant, offset: number): Instant {
  let [unchanged, changed] = [foundAt - HOUR, foundAt];
  while (changed - unchanged > MINUTE) {
    const middle = unchanged + Math.floor((changed - unchanged) / 2 / MINUTE) * MINUTE;
    if (tzOffset(timeZone, new Date(middle)) === offset) changed = middle;
    else unchanged = middle;
  }
  return changed;
}

/**
 * A VTIMEZONE for a zone over a span of time: one observance for the offset in force at the
 * start, then one for each change of offset before the end. An observance whose offset is
 * ahead of the zone's least offset in the half year either side is DAYLIGHT, the rest STANDARD.
 */
export function vtimezone(timeZone: string, from: Instant, to: Instant): string {
  const start = Math.floor(from / HOUR) * HOUR;
  const initial = tzOffset(timeZone, new Date(start));
  const changes = tzScan(timeZone, { start: new Date(start), end: new Date(to) });
  // Standard time is the zone's least offset over a year, so an event file that spans only
  // summer still calls summer time DAYLIGHT.
  const yearAround = [-2, -1, 1, 2].map((quarters) =>
    tzOffset(timeZone, new Date(start + quarters * 91 * DAY)),
  );
  const least = Math.min(initial, ...yearAround, ...changes.map((change) => change.offset));
  const observances = [
    { onset: start, from: initial, to: initial },
    ...changes.map((change) => ({
      onset: changeMinute(timeZone, +change.date, change.offset),
      from: change.offset - change.change,
      to: change.offset,
    })),
  ];
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
  for (const observance of observances) {
    const kind = observance.to > least ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      // An onset is written in the local time in force just before it (RFC 5545, 3.6.5).
      `DTSTART:${localText(observance.onset, observance.from)}`,
      `TZOFFSETFROM:${offsetText(observance.from)}`,
      `TZOFFSETTO:${offsetText(observance.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/**
 * Runs `write` with `crypto.randomUUID` there. ical-generator gives each new event a random id
 * (ours replaces it at once) through `crypto.randomUUID`, which browsers offer only to https and
 * localhost pages; on a page opened over plain http on a home network it would throw without
 * this stand-in, which is taken away again right after.
 */
function withRandomUuid<T>(write: () => T): T {
  const webCrypto = globalThis.crypto as Crypto | undefined;
  if (!webCrypto || typeof webCrypto.randomUUID === 'function') return write();
  const placeholder = (): `${string}-${string}-${string}-${string}-${string}` =>
    '00000000-0000-4000-8000-000000000000';
  const before = Object.getOwnPropertyDescriptor(webCrypto, 'randomUUID');
  Object.defineProperty(webCrypto, 'randomUUID', { configurable: true, value: placeholder });
  try {
    return write();
  } finally {
    if (before) Object.defineProperty(webCrypto, 'randomUUID', before);
    else delete (webCrypto as { randomUUID?: unknown }).randomUUID;
  }
}

/** The events as one iCalendar file; `now` is written as each event's DTSTAMP. */
export function calendarFile(events: readonly CalendarEvent[], now: Instant): string {
  return withRandomUuid(() => writeCalendar(events, now));
}

/** Writes the file; `calendarFile` makes sure ical-generator can run first. */
function writeCalendar(events: readonly CalendarEvent[], now: Instant): string {
  // A day either side covers an event that starts or ends right on a change of offset.
  const from = Math.min(...events.map((event) => event.start), now) - DAY;
  const to = Math.max(...events.map((event) => event.end), now) + DAY;
  const calendar = new ICalCalendar({
    prodId: PRODUCT_ID,
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: (timeZone) => vtimezone(timeZone, from, to) },
  });
  for (const event of events) {
    const created = calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: new Date(now),
      start: new TZDate(event.start, event.timeZone),
      end: new TZDate(event.end, event.timeZone),
      timezone: event.timeZone,
      summary: event.summary,
      description: event.description,
      ...(event.location ? { location: event.location } : {}),
      ...(event.url ? { url: event.url } : {}),
    });
    // Without an alarm a calendar shows the event but never says it is coming.
    created.createAlarm({
      type: ICalAlarmType.display,
      triggerBefore: event.alertMinutesBefore * 60,
      description: event.summary,
    });
  }
  // Every content line ends with CRLF, the last one too (RFC 5545, 3.1).
  return `${calendar.toString()}\r\n`;
}
