/**
 * The words of the storage notices (./storage-notice.ts). Every tool shows these through the same
 * banner, so the wording lives here once, loaded with the banner only when a store has something
 * to say. Each message says only what is true: a copy is "kept" only once it is written, and
 * "not saved" while it is not.
 */
import { plural } from './plural';
import {
  MAX_KEPT_COPIES,
  type KeptCopy,
  type NoticeTone,
  type StorageNotice,
} from './storage-notice';

/** Why a copy is only on the page, in words. */
function onlyOnPage(copy: Extract<KeptCopy, { where: 'page' }>): string {
  return copy.reason === 'cap'
    ? `This browser already keeps ${plural(MAX_KEPT_COPIES, 'copy', 'copies')} of unreadable data, so this one isn’t saved.`
    : 'There isn’t room in this browser’s storage to keep a copy, so it isn’t saved.';
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
        message: `We couldn’t read your saved ${notice.label}, so this tool started fresh. ${copyText(notice.copy)}`,
      };
    case 'partial': {
      const count = notice.dropped.length;
      const what = count === 1 ? notice.dropped[0] : plural(count, 'item');
      return {
        tone: notice.copy.where === 'page' ? 'error' : 'warn',
        message: `Some of your saved ${notice.label} couldn’t be read and were left out (${what}). Everything else is here. ${copyText(notice.copy)}`,
      };
    }
    case 'unavailable':
      return {
        tone: 'info',
        message: `Your browser isn’t letting this site save anything, so your ${notice.label} will be lost when you leave the page. Copy or download what you want to keep.`,
      };
    case 'write-failed':
      return {
        tone: 'error',
        message: `Your latest change to your ${notice.label} couldn’t be saved: your browser’s storage is full. It is still here on the page; copy or download it, or free some space.`,
      };
    case 'newer':
      return {
        tone: 'warn',
        message: `Some of your ${notice.label} were saved by a newer version of this site, which this page can’t read. They are kept as they were, untouched. Reload the page to get the newer version; changes you make here are saved separately.`,
      };
    case 'saving-again':
      return {
        tone: 'info',
        message: `Your ${notice.label} are being saved again.`,
      };
  }
}
