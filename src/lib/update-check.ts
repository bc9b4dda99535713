/**
 * When an open tab asks the server again whether a new version of the site is out. Browsers
 * check on every page load; a tab left open on a tool for hours checks when the reader comes
 * back to it, but not on every switch of tabs.
 */

/** The least time between two checks from one tab. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Whether a tab that last checked at `lastCheckedAt` should check again at `now` (both in ms).
 * A clock set back counts as due, so a wrong clock cannot stop checks for good.
 */
export function isUpdateCheckDue(
  lastCheckedAt: number,
  now: number,
  interval = UPDATE_CHECK_INTERVAL_MS,
): boolean {
  return now < lastCheckedAt || now - lastCheckedAt >= interval;
}
