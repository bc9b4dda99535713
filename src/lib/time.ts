/**
 * Time as the pure logic sees it. Every function in src/lib that needs "now" takes an Instant
 * (never reads the clock itself), so the stores pass the real time and tests pass a fixed one.
 * Saved data keeps its own format (ISO strings, or epoch numbers for mock runs); these helpers
 * convert at the edges.
 */

/** A moment, as milliseconds since 1970-01-01 UTC: what `Date.now()` gives. */
export type Instant = number;

/** Something that tells the time: `Date.now`, a sped-up clock for demos, or a test's. */
export type Clock = () => Instant;

/** One second, in milliseconds. */
export const SECOND = 1000;
/** One minute, in milliseconds. */
export const MINUTE = 60 * SECOND;
/** One hour, in milliseconds. */
export const HOUR = 60 * MINUTE;
/** One day of 24 hours, in milliseconds. */
export const DAY = 24 * HOUR;

/** An instant as saved data writes it: ISO 8601 in UTC ("2026-11-24T10:00:00.000Z"). */
export function isoString(instant: Instant): string {
  return new Date(instant).toISOString();
}

/** The instant a saved ISO 8601 string stands for (NaN if it is not a date). */
export function instantOf(iso: string): Instant {
  return Date.parse(iso);
}

/** The reader's local calendar day of a moment, as "YYYY-MM-DD". */
export function localDay(moment: Instant | string): string {
  const date = new Date(moment);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
