/**
 * Calendar dates, times of day and time zones, for the conversation tracker's rules and calendar
 * files. A zone's offset at a moment comes from @date-fns/tz's `tzOffset` (it reads the browser's
 * own zone data through Intl, so no zone database is shipped); this file only names the few
 * operations the rules need. (Its small `tzOffset` alone, not its date class, keeps the page's
 * first load light.)
 *
 * A calendar date is a string "2026-11-20" and a time of day "14:30", as `<input type="date">`
 * and `<input type="time">` give them; a moment is an Instant (src/lib/time.ts).
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import { DAY, MINUTE, type Instant } from './time';

/** The reader's own time zone, as the browser reports it ("UTC" if it reports none). */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Zones already checked: making a formatter to test one costs more than the rules themselves. */
const knownZones = new Map<string, boolean>();

/** Whether the browser knows this IANA time zone name. */
export function isTimeZone(timeZone: string): boolean {
  const known = knownZones.get(timeZone);
  if (known !== undefined) return known;
  let valid = timeZone.trim() !== '';
  try {
    if (valid) new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    valid = false;
  }
  knownZones.set(timeZone, valid);
  return valid;
}

/**
 * The zone to reckon in: the one given if the browser knows it, else the fallback (data saved on
 * a browser with a newer zone list must still give dates, not "Invalid Date").
 */
export function usableTimeZone(timeZone: string, fallback: string): string {
  return isTimeZone(timeZone) ? timeZone : fallback;
}

/** The year, month (1–12) and day of a calendar date string. */
function dateParts(date: string): [number, number, number] {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  return [year, month, day];
}

/** The calendar date `days` after (or before, if negative) another. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY).toISOString().slice(0, 10);
}

/**
 * The moment a date and time of day happen in a time zone. A time that a clock change skips
 * (02:30 on the night clocks go forward) is taken as the same time after the change, and one
 * that happens twice (when the clocks go back) as the first of the two.
 */
export function zonedMoment(date: string, time: string, timeZone: string): Instant {
  const [year, month, day] = dateParts(date);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hours, minutes);
  const offsetAt = (moment: Instant) => tzOffset(timeZone, new Date(moment)) * MINUTE;
  // A day either side of the wall time, the zone is on the offsets in force before and after any
  // clock change that night (zones change at most once in a day). Read with each; a reading is
  // right when the zone really has that offset at the moment it gives.
  const before = wall - offsetAt(wall - DAY);
  const after = wall - offsetAt(wall + DAY);
  const right = (moment: Instant) => offsetAt(moment) === wall - moment;
  if (right(before) && right(after)) return Math.min(before, after);
  if (right(after)) return after;
  // A time the clocks skip is right with neither: read with the offset before the change, it is
  // that time after the change (02:30 on the night clocks go from 02:00 to 03:00 is 03:30).
  return before;
}

/** The moment a calendar day begins in a time zone (its midnight, or its first hour that exists). */
export function startOfDay(date: string, timeZone: string): Instant {
  return zonedMoment(date, '00:00', timeZone);
}

/** A moment as the wall clock in a zone shows it, written as if that clock were in UTC. */
const wallClock = (moment: Instant, timeZone: string) =>
  new Date(moment + tzOffset(timeZone, new Date(moment)) * MINUTE).toISOString();

/** The calendar date a moment falls on in a time zone. */
export function dateIn(moment: Instant, timeZone: string): string {
  return wallClock(moment, timeZone).slice(0, 10);
}

/** The time of day ("09:05") a moment shows on a clock in a time zone. */
export function timeIn(moment: Instant, timeZone: string): string {
  return wallClock(moment, timeZone).slice(11, 16);
}
