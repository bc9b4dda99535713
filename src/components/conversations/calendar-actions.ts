/**
 * Downloading calendar files from the page: one conversation, one step's reminder, or
 * everything upcoming. The events and ical-generator load only when the reader asks for a file,
 * so neither weighs on the page; the time is read at the click, for the file's stamp.
 */
import type { CalendarEvent } from '../../lib/calendar-events';
import type { DueStep } from '../../lib/due-steps';
import { plural } from '../../lib/plural';
import type { Instant } from '../../lib/time';
import type { Person } from '../../schemas/people';
import { downloadText } from '../shared/browser-actions';
import { CALENDAR_FAILED } from './conversations-text';

const loadCalendar = () =>
  Promise.all([import('../../lib/calendar-events'), import('../../lib/calendar-file')]);

type Events = Awaited<ReturnType<typeof loadCalendar>>[0];
type Announce = (message: string) => void;

/** Writes the events chosen by `pick` as a file and tells the reader what happened. */
async function download(
  pick: (events: Events, now: Instant) => { file: string; list: CalendarEvent[] },
  announce: Announce,
  none: string,
): Promise<void> {
  let calendar;
  try {
    calendar = await loadCalendar();
  } catch {
    announce(CALENDAR_FAILED);
    return;
  }
  const [events, writer] = calendar;
  const now = Date.now();
  const { file, list } = pick(events, now);
  if (list.length === 0) {
    announce(none);
    return;
  }
  downloadText(file, writer.calendarFile(list, now), events.CALENDAR_MEDIA_TYPE);
  announce(
    `Downloaded ${file} (${plural(list.length, 'event')}). Open it to add it to your calendar.`,
  );
}

/** Everything upcoming, for everyone, in one file. */
export function downloadUpcoming(
  people: readonly Person[],
  { timeZone }: { timeZone: string },
  announce: Announce,
): Promise<void> {
  return download(
    (events, now) => ({
      file: events.calendarFileName(),
      list: events.upcomingEvents(people, { now, timeZone }),
    }),
    announce,
    'Nothing is coming up yet: once you ask someone or set a date, the steps will be here to add.',
  );
}

/** One person's scheduled conversation, or the reminder of one of their steps. */
export function downloadPersonEvent(
  person: Person,
  what: DueStep | 'meeting',
  { people, timeZone }: { people: readonly Person[]; timeZone: string },
  announce: Announce,
): Promise<void> {
  return download(
    (events, now) => {
      const context = { now, timeZone, peopleById: new Map(people.map((p) => [p.id, p])) };
      const event =
        what === 'meeting'
          ? events.meetingEvent(person, context)
          : events.stepEvent(person, what, context);
      const file =
        what === 'meeting'
          ? events.calendarFileName(person)
          : events.calendarFileName(person).replace(/\.ics$/, `-${what.kind}.ics`);
      return { file, list: event ? [event] : [] };
    },
    announce,
    'That time has passed, so there is nothing to add to your calendar.',
  );
}
