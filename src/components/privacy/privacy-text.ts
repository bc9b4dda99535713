/** The privacy page's own words: counts of a tool's items, what an import would do, dates. */
import type { ItemChanges } from '../../lib/import-merge';
import { madeOnce } from '../../lib/made-once';
import { plural, pluralWord } from '../../lib/plural';

/** A tool's items counted: "3 lists", "1 card". */
export const itemCount = (count: number, [one, other]: readonly [string, string]) =>
  plural(count, one, other);

/** What an import would do to a tool's items, in a phrase: "adds 1, updates 2, leaves 3 as they are". */
export function changeSummary(changes: ItemChanges, noun: readonly [string, string]): string {
  const parts = [
    changes.added > 0 ? `adds ${itemCount(changes.added, noun)}` : '',
    changes.updated > 0 ? `updates ${changes.updated}` : '',
    changes.removed > 0 ? `removes ${changes.removed} not in the file` : '',
    changes.unchanged > 0
      ? `leaves ${changes.unchanged} as ${pluralWord(changes.unchanged, 'it is', 'they are')}`
      : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'changes nothing';
}

const dateTime = madeOnce(
  () => new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short' }),
);
const date = madeOnce(() => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }));

/** A saved time as the reader reads it: "November 24, 2026 at 10:00 AM". */
export const whenMade = (iso: string) => dateTime().format(new Date(iso));

/** A saved day, short: "Nov 24, 2026". */
export const dayOf = (iso: string) => date().format(new Date(iso));

/**
 * What an import whose data this browser couldn't save says, where the reader's focus lands: it
 * names what is on the page only, so no one deletes their other copy trusting it was saved.
 */
export function importNotSaved(fileName: string, unsaved: readonly string[]): string {
  const tools = new Intl.ListFormat('en-US', { type: 'conjunction' }).format(unsaved);
  return `This browser couldn’t save the ${tools} from ${fileName}: its storage is full or switched off. They show on this page only, until you leave it. Keep the file, make room or allow this site to store data, then bring it in again.`;
}

/** The privacy page's one notice when the browser lets the site save nothing, for every tool. */
export const STORAGE_OFF =
  'Your browser isn’t letting this site save anything, so what you make in any of the tools is lost when you leave its page. Nothing is kept here to download or delete. To keep your work, allow this site to store data in your browser’s settings.';
