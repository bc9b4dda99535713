/**
 * When a step is due, in the reader's words: "Due today", "Late: was due Nov 20", "Tomorrow at
 * 2:30 PM". Pure: the current time and the reader's time zone are passed in. Days and times are
 * shown in the step's own zone (a meeting's, or the reader's), with the zone named when it is
 * not the reader's, so a call in New York reads right from London.
 */
import type { DueStep } from './due-steps';
import { stepStatus } from './due-steps';
import { DAY, type Instant } from './time';
import { addDays, dateIn, startOfDay } from './zoned-time';

/** Formatters by zone and kind: making one costs more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'day' | 'time' | 'zoned-time', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(
      'en-US',
      kind === 'day'
        ? { month: 'short', day: 'numeric', timeZone }
        : {
            hour: 'numeric',
            minute: '2-digit',
            timeZone,
            ...(kind === 'zoned-time' ? { timeZoneName: 'short' } : {}),
          },
    );
    formatters.set(key, made);
  }
  return made;
}

/** A calendar date as "Nov 27", the way the tracker shows dates (read as written, never shifted). */
export function shortDate(date: string): string {
  return formatter('day', 'UTC').format(Date.parse(`${date}T00:00:00Z`));
}

/** "today", "tomorrow", "yesterday" or "Nov 27": the day a moment falls on in a zone. */
export function dayWord(moment: Instant, timeZone: string, now: Instant): string {
  const day = dateIn(moment, timeZone);
  const today = dateIn(now, timeZone);
  if (day === today) return 'today';
  if (day === addDays(today, 1)) return 'tomorrow';
  if (day === addDays(today, -1)) return 'yesterday';
  return shortDate(day);
}

/** "2:30 PM", or "2:30 PM EST" when the zone is not the reader's. */
export function clockTime(moment: Instant, timeZone: string, readerZone: string): string {
  return formatter(timeZone === readerZone ? 'time' : 'zoned-time', timeZone).format(moment);
}

/** "today at 2:30 PM", "Nov 27 at 2:30 PM". */
export function dayAndTime(
  moment: Instant,
  timeZone: string,
  { now, readerZone }: { now: Instant; readerZone: string },
): string {
  return `${dayWord(moment, timeZone, now)} at ${clockTime(moment, timeZone, readerZone)}`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * When a step is due, as shown beside it; '' for a step without a date ("Write the request"
 * waits on the reader alone).
 */
export function dueText(
  step: Pick<DueStep, 'kind' | 'timing'>,
  { now, readerZone }: { now: Instant; readerZone: string },
): string {
  const { timing } = step;
  if (!timing) return '';
  const zone = timing.timeZone;
  const options = { now, readerZone };
  const status = stepStatus(step, now);
  if (step.kind === 'meet')
    return status === 'due' && now >= timing.dueAt
      ? `Started ${dayAndTime(timing.dueAt, zone, options)}`
      : capitalized(dayAndTime(timing.dueAt, zone, options));
  if (timing.precision === 'time') {
    // A deadline or opening at midnight is a day's end or start: "the end of Dec 2", never
    // "Dec 3 at 12:00 AM".
    const atMidnight = (moment: Instant) => startOfDay(dateIn(moment, zone), zone) === moment;
    const due = atMidnight(timing.dueAt)
      ? `the end of ${dayWord(timing.dueAt - 1, zone, now)}`
      : dayAndTime(timing.dueAt, zone, options);
    if (status === 'late') return `Late: was due ${atMidnight(timing.dueAt) ? 'by ' : ''}${due}`;
    if (status !== 'due')
      return `From ${atMidnight(timing.startsAt) ? dayWord(timing.startsAt, zone, now) : dayAndTime(timing.startsAt, zone, options)}`;
    if (now < timing.dueAt) return `Due by ${due}`;
    // Past its deadline but not yet late (a thank-you between 24 and 48 hours): never "Due by"
    // a time gone. Marking a conversation met is due the moment it ends: say when that was.
    if (step.kind === 'mark-met') return `Ended ${dayAndTime(timing.dueAt, zone, options)}`;
    return timing.dueAt === timing.startsAt ? `Due since ${due}` : `Past due since ${due}`;
  }
  // A day step is due from the start of its day until the day before it turns late.
  const lastDay = timing.lateAt - DAY / 2;
  if (status === 'late') return `Late: was due ${dayWord(timing.dueAt, zone, now)}`;
  if (status === 'due')
    return dateIn(lastDay, zone) === dateIn(now, zone)
      ? 'Due today'
      : `Due by ${dayWord(lastDay, zone, now)}`;
  // Not open yet: a window of several days says both ends, so its deadline never seems to move
  // ("From Dec 7, due by Dec 9", then "Due by Dec 9").
  if (dateIn(lastDay, zone) === dateIn(timing.dueAt, zone))
    return `Due ${dayWord(timing.dueAt, zone, now)}`;
  return `From ${dayWord(timing.dueAt, zone, now)}, due by ${dayWord(lastDay, zone, now)}`;
}
