/**
 * A moment on the reader's own clock, as the site writes it in US English: "Dec 2, 2026, 1:05
 * PM", the words Intl.DateTimeFormat's medium date and short time give for en-US. Written by
 * hand for the composer's list of drafts: the first Intl date formatter a page makes costs
 * 20–45 ms of its main thread (more on a slow phone), and that list is drawn as the page starts.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The moment (milliseconds or a Date) in the reader's time zone: "Dec 2, 2026, 1:05 PM". */
export function localDateTime(moment: number | Date): string {
  const date = new Date(moment);
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, '0');
  const clock = `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
  return `${MONTHS[date.getMonth()] ?? ''} ${date.getDate()}, ${date.getFullYear()}, ${clock}`;
}
