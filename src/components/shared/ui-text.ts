/**
 * Words every tool uses the same way: button labels and the notices that follow a deletion.
 * A tool's own words live beside it (picker-text.ts, practice-text.ts).
 */

/** Labels of buttons that appear in more than one tool. */
export const BUTTON_LABELS = {
  undo: 'Undo',
  dismiss: 'Dismiss',
  cancel: 'Cancel',
  tryAgain: 'Try again',
  downloadCopy: 'Download the copy',
  downloadUnreadable: 'Download the old data',
  startFresh: 'Start fresh',
  downloadAll: 'Download all my data',
  delete: 'Delete',
} as const;

/** The undo notice's text after a deletion: "Deleted “Dana”." */
export const deletedNotice = (what: string) => `Deleted ${what}.`;

/** What screen readers hear when a deletion is undone. */
export const restoredAnnouncement = (what: string) => `Restored ${what}.`;

/** A name as it is quoted in notices: “Dana”. */
export const quoted = (name: string) => `“${name}”`;

/** Said when the item open here was deleted in another tab: "“Dana” was deleted in another tab, …". */
export const deletedInAnotherTab = (what: string) =>
  `${what} was deleted in another tab, where Undo can bring it back.`;
