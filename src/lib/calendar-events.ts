/**
 * Which calendar events the reader can download: each scheduled conversation, and each step
 * with a date (a short reminder on the day it is due). Pure and small, so the page can list
 * them at once; the file itself is written by src/lib/calendar-file.ts, which the page loads
 * only when the reader asks for one.
 *
 * Each event has a UID made of the person's id and the step, so downloading again updates the
 * event already imported instead of adding a second one, and a SEQUENCE that grows with every
 * change to the person (their history only grows), so calendars take the newer copy.
 */
import type { Person } from '../schemas/people';
import { dueSteps, scheduledTimes, stepStatus, type DueContext, type DueStep } from './due-steps';
import { fileSlug } from './file-name';
import { MINUTE, type Instant } from './time';
import { MEETING_FORMAT_LABELS } from './conversation-stages';
import { dateIn, zonedMoment } from './zoned-time';

/** One event, ready to be written to a calendar file. */
export interface CalendarEvent {
  /** Stable across downloads: the same person and step always give the same UID. */
  uid: string;
  /** Grows with every change to the person, so a calendar replaces its older copy. */
  sequence: number;
  /** The event's title. */
  summary: string;
  /** The person's name, role and next step, as plain text lines. */
  description: string;
  start: Instant;
  end: Instant;
  /** The time zone the event is shown in: the meeting's own, or the reader's for a reminder. */
  timeZone: string;
  /** Where it takes place, for a meeting with a place. */
  location?: string;
  /** The meeting's link, when its place is a web address. */
  url?: string;
  /** When the calendar alerts the reader: this many minutes before the start (0: at it). */
  alertMinutesBefore: number;
}

/** The time of day a reminder for a step due on a day is set at. */
export const REMINDER_TIME = '09:00';
/** How long a reminder event lasts, in minutes. */
export const REMINDER_MINUTES = 15;
/** How long before a conversation the calendar alerts the reader, in minutes. */
export const MEETING_ALERT_MINUTES = 30;
/** The media type of a calendar file. */
export const CALENDAR_MEDIA_TYPE = 'text/calendar';

/** The UID of a person's meeting or step; the part after @ names the kit, as RFC 5545 suggests. */
export function eventUid(personId: string, what: DueStep['kind'] | 'meeting'): string {
  return `${personId}-${what}@informational-interview-kit`;
}

/** "Nurse, City Hospital", or whichever of the two is known. */
function roleLine(person: Pick<Person, 'role' | 'organization'>): string {
  return [person.role, person.organization].filter((part) => part.trim() !== '').join(', ');
}

/**
 * The description's lines: who, what they do, the next step, and any extra lines. A calendar
 * keeps what it imported, so only a reminder for one step names a step: a conversation's event
 * would still say "Prepare your questions" on the day.
 */
function describe(person: Person, nextLabel: string | undefined, extra: string[] = []): string {
  const who = roleLine(person);
  return [
    who ? `${person.name} (${who})` : person.name,
    ...(nextLabel ? [`Next step: ${nextLabel}`] : []),
    ...extra,
    'From your Conversations page in the Informational Interview Kit.',
  ].join('\n');
}

const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/** The event of a person's scheduled conversation, if they have one. */
export function meetingEvent(person: Person, context: DueContext): CalendarEvent | undefined {
  const { scheduled } = person;
  if (person.stage !== 'scheduled' || !scheduled) return undefined;
  const { startsAt, endsAt, timeZone } = scheduledTimes(scheduled, context.timeZone);
  const place = scheduled.place.trim();
  const format = MEETING_FORMAT_LABELS[scheduled.format];
  return {
    uid: eventUid(person.id, 'meeting'),
    sequence: person.history.length,
    summary: `Conversation with ${person.name}`,
    description: describe(person, undefined, [place ? `${format}: ${place}` : format]),
    start: startsAt,
    end: endsAt,
    timeZone,
    alertMinutesBefore: MEETING_ALERT_MINUTES,
    ...(place ? { location: place } : {}),
    ...(WEB_ADDRESS.test(place) ? { url: place } : {}),
  };
}

/**
 * When a step's reminder starts: at 9:00 on the day it is due, or a little before its deadline
 * if that comes first, never before it opens; and, if that time has passed while the step is
 * still open, at the next quarter hour from now.
 */
export function reminderStart(step: DueStep, now: Instant): Instant | undefined {
  const { timing } = step;
  if (!timing) return undefined;
  const reminder = REMINDER_MINUTES * MINUTE;
  const day = dateIn(timing.dueAt, timing.timeZone);
  let start = zonedMoment(day, REMINDER_TIME, timing.timeZone);
  if (timing.precision === 'time' && start > timing.dueAt - reminder)
    start = timing.dueAt - reminder;
  if (start < timing.startsAt) start = timing.startsAt;
  if (start < now) start = Math.ceil(now / reminder) * reminder;
  return start;
}

/** A reminder event for one step with a date; undefined for a step without one or already late. */
export function stepEvent(
  person: Person,
  step: DueStep,
  context: Pick<DueContext, 'now'>,
): CalendarEvent | undefined {
  const start = reminderStart(step, context.now);
  if (!start || !step.timing || stepStatus(step, context.now) === 'late') return undefined;
  return {
    uid: eventUid(person.id, step.kind),
    sequence: person.history.length,
    summary: `${person.name}: ${step.label}`,
    description: describe(person, step.label),
    start,
    end: start + REMINDER_MINUTES * MINUTE,
    timeZone: step.timing.timeZone,
    alertMinutesBefore: 0,
  };
}

/**
 * Every upcoming event of a list of people, soonest first: each conversation not yet over, and
 * a reminder for each open step that is not late. Having the conversation and marking it met
 * are left to the meeting's own event.
 */
export function upcomingEvents(people: readonly Person[], context: DueContext): CalendarEvent[] {
  const peopleById = context.peopleById ?? new Map(people.map((person) => [person.id, person]));
  const withNames: DueContext = { ...context, peopleById };
  const events: CalendarEvent[] = [];
  for (const person of people) {
    const meeting = meetingEvent(person, withNames);
    if (meeting && meeting.end > context.now) events.push(meeting);
    for (const step of dueSteps(person, withNames)) {
      if (step.kind === 'meet' || step.kind === 'mark-met') continue;
      const reminder = stepEvent(person, step, context);
      if (reminder) events.push(reminder);
    }
  }
  return events.sort((a, b) => a.start - b.start);
}

/** The file name for one person's event ("conversation-alex-chen.ics") or for all ("conversations.ics"). */
export function calendarFileName(person?: Pick<Person, 'name'>): string {
  const slug = person ? fileSlug(person.name) : '';
  return slug ? `conversation-${slug}.ics` : 'conversations.ics';
}
