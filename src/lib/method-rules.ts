/**
 * The method's numbers, written once. The guide's chapters, the templates' guidance, the cards,
 * the composer's checks and the conversation tracker all state or apply these; content tests
 * check that every page that states one agrees with the value here.
 *
 * Where the sources disagree (see the chapters' "Sources differ" notes), the value here is the
 * kit's own advice, inside the sources' range.
 */

/** How long to ask for when you request the conversation, in minutes. */
export const REQUEST_MINUTES = { min: 20, max: 30 } as const;

/** How long the opening of the conversation takes, in minutes ("about a minute"). */
export const OPENING_MINUTES = 1;

/** Days to wait for a reply to a request before one polite nudge. */
export const NUDGE_AFTER_DAYS = 7;

/** Days to wait after the nudge before you stop waiting and try someone else. */
export const MOVE_ON_AFTER_NUDGE_DAYS = 7;

/**
 * When the thank-you is due, in hours after the conversation: the same day is good, within
 * `dueWithinHours` is the rule, and past `lateAfterHours` it is late.
 */
export const THANK_YOU_HOURS = { dueWithinHours: 24, lateAfterHours: 48 } as const;

/** Weeks after the thank-you to send a short update on what you did with their advice. */
export const UPDATE_AFTER_WEEKS = 3;

/** Days before a scheduled conversation to start preparing your questions. */
export const PREPARE_DAYS_BEFORE = 3;

/** Days before a scheduled conversation to confirm it. */
export const CONFIRM_DAYS_BEFORE = 1;

/** Weeks after the conversation before you may ask, separately, for help with a job search. */
export const JOB_HELP_AFTER_WEEKS = 4;

/** How many conversations to aim for before drawing conclusions about a field. */
export const MIN_CONVERSATIONS = 3;
