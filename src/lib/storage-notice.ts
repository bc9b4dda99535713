/**
 * What a tool tells the reader about its saved data, and the words it uses. Every tool shows
 * these through the same banner, so the wording lives here once. Each message says only what
 * is true: a copy is "kept" only once it is written, and "not saved" while it is not.
 */
import { plural } from './plural';

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

/** Why a copy is only on the page, in words. */
function onlyOnPage(copy: Extract<KeptCopy, { where: 'page' }>): string {
  return copy.reason === 'cap'
    ? `This browser already keeps ${plural(MAX_KEPT_COPIES, 'copy', 'copies')} of unreadable data, so this one isn't saved.`
    : "There isn't room in this browser's storage to keep a copy, so it isn't saved.";
}

/** What a notice says about the copy it mentions. */
function copyText(copy: KeptCopy): string {
  return copy.where === 'browser'
    ? 'A dated copy of the old data is kept in this browser; you can download it here or on the privacy page.'
    : `${onlyOnPage(copy)} Nothing you change here is saved yet, and your old data is left as it was: download it, or start fresh.`;
}

/** The reader-facing text and tone of a notice. */
export function describeNotice(notice: StorageNotice): { tone: NoticeTone; message: string } {
  switch (notice.kind) {
    case 'recovered':
      return {
        tone: notice.copy.where === 'page' ? 'error' : 'warn',
        message: `We couldn't read your saved ${notice.label}, so this tool started fresh. ${copyText(notice.copy)}`,
      };
    case 'partial': {
      const count = notice.dropped.length;
      const what = count === 1 ? notice.dropped[0] : plural(count, 'item');
      return {
        tone: notice.copy.where === 'page' ? 'error' : 'warn',
        message: `Some of your saved ${notice.label} couldn't be read and were left out (${what}). Everything else is here. ${copyText(notice.copy)}`,
      };
    }
    case 'unavailable':
      return {
        tone: 'info',
        message: `Your browser isn't letting this site save anything, so your ${notice.label} will be lost when you leave the page. Copy or download what you want to keep.`,
      };
    case 'write-failed':
      return {
        tone: 'error',
        message: `Your latest change to your ${notice.label} couldn't be saved: your browser's storage is full. It is still here on the page; copy or download it, or free some space.`,
      };
    case 'newer':
      return {
        tone: 'warn',
        message: `Some of your ${notice.label} were saved by a newer version of this site, which this page can't read. They are kept as they were, untouched. Reload the page to get the newer version; changes you make here are saved separately.`,
      };
    case 'saving-again':
      return {
        tone: 'info',
        message: `Your ${notice.label} are being saved again.`,
      };
  }
}
