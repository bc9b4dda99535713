/**
 * A conversation set in another time zone, on the reader's own clock. Apart from
 * src/lib/due-text.ts, which the Conversations page loads at once, because only the person page
 * needs it.
 */
import { scheduledTimes } from './due-steps';
import { clockTime, shortDate } from './due-text';
import type { Person } from '../schemas/people';
import { dateIn, timeIn } from './zoned-time';

/**
 * When a conversation set in another time zone starts on the reader's clock: "9:00 AM your time",
 * or "Apr 1 at 9:00 PM your time" when it falls on another day there; '' when the reader's clock
 * reads the same.
 */
export function readerClockText(
  scheduled: NonNullable<Person['scheduled']>,
  readerZone: string,
): string {
  const { startsAt, timeZone } = scheduledTimes(scheduled, readerZone);
  const clock = (zone: string) => `${dateIn(startsAt, zone)} ${timeIn(startsAt, zone)}`;
  if (clock(timeZone) === clock(readerZone)) return '';
  const day = dateIn(startsAt, readerZone);
  const time = clockTime(startsAt, readerZone, readerZone);
  return `${day === scheduled.date ? '' : `${shortDate(day)} at `}${time} your time`;
}
