/**
 * What a tool tells the reader about its saved data. The words are in ./storage-notice-text.ts,
 * loaded with the banner only when there is a notice to show.
 */

/**
 * Where the copy of unreadable saved data is: a dated copy in this browser (listed on the
 * privacy page), or only on this page, because there was no room for one (`full`) or the
 * browser already keeps as many copies as it may (`cap`). While the copy is only on the page,
 * the tool saves nothing, so the original stays as it was until the reader downloads it or
 * chooses to start fresh.
 */
export type KeptCopy =
  { where: 'browser'; key: string } | { where: 'page'; text: string; reason: 'full' | 'cap' };

/** Something the reader should know about a store's saved data. */
export type StorageNotice =
  /** Saved data could not be read; the tool started fresh. */
  | { kind: 'recovered'; label: string; copy: KeptCopy }
  /** Saved data was partly unreadable (or no longer fits the tool); the rest was kept. */
  | { kind: 'partial'; label: string; dropped: string[]; copy: KeptCopy }
  /** The browser does not let the site store anything. */
  | { kind: 'unavailable'; label: string }
  /** The last change could not be saved (storage is full). */
  | { kind: 'write-failed'; label: string }
  /** Data saved by a newer version of the site, which this page cannot read, left untouched. */
  | { kind: 'newer'; label: string; version: number }
  /** The reader chose what to do with a copy held on the page; the tool saves again. */
  | { kind: 'saving-again'; label: string };

/** How serious a notice is, which sets its color and whether it interrupts a screen reader. */
export type NoticeTone = 'info' | 'warn' | 'error';

/** The most copies of unreadable data a store keeps in the browser; more are held on the page. */
export const MAX_KEPT_COPIES = 5;
