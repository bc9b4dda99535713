/**
 * What a tool tells the reader about its saved data, and the words it uses. Every tool shows
 * these through the same banner, so the wording lives here once.
 */
import { plural } from './plural';

/** Something the reader should know about a store's saved data. */
export type StorageNotice =
  /** Saved data could not be read; the tool started fresh and kept a copy. */
  | { kind: 'recovered'; label: string }
  /** Saved data was partly unreadable; the readable part was kept. */
  | { kind: 'partial'; label: string; dropped: string[] }
  /** The browser does not let the site store anything. */
  | { kind: 'unavailable'; label: string }
  /** The last change could not be saved (storage is full). */
  | { kind: 'write-failed'; label: string };

/** How serious a notice is, which sets its color and whether it interrupts a screen reader. */
export type NoticeTone = 'info' | 'warn' | 'error';

/** The reader-facing text and tone of a notice. */
export function describeNotice(notice: StorageNotice): { tone: NoticeTone; message: string } {
  switch (notice.kind) {
    case 'recovered':
      return {
        tone: 'warn',
        message: `We couldn't read your saved ${notice.label}, so this tool started fresh. A copy of the old data was kept; you can download it.`,
      };
    case 'partial': {
      const count = notice.dropped.length;
      const what = count === 1 ? notice.dropped[0] : plural(count, 'item');
      return {
        tone: 'warn',
        message: `Some of your saved ${notice.label} couldn't be read and were left out (${what}). Everything else is here, and a copy of the old data was kept.`,
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
  }
}
