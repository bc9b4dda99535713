/**
 * The method's numbers, written once. The guide's chapters, the templates' guidance, the cards,
 * the composer's checks and the conversation tracker all state or apply these; content tests
 * check that every page that states one agrees with the value here.
 *
 * Where the sources disagree (see the chapters' "Sources differ" notes), the value here is the
 * kit's own advice, inside the sources' range; where they give no number (the days before a
 * nudge, before the update, before asking about jobs), it is the kit's own advice alone.
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

/** How many conversations to aim for in a field before drawing conclusions about it. */
export const MIN_CONVERSATIONS = 3;

/** How many conversations a term a student can aim for, from the first year on. */
export const CONVERSATIONS_PER_TERM = 1;

/** Start no later than this many months before graduating. */
export const START_MONTHS_BEFORE_GRADUATING = 3;

/** How many new names a good conversation usually gives you. */
export const NAMES_PER_CONVERSATION = { min: 1, max: 2 } as const;

/** How many questions to write down before the conversation; you ask fewer (see planInterview). */
export const QUESTIONS_TO_WRITE = 10;

/** Minutes early to arrive when you meet in person. */
export const ARRIVE_EARLY_MINUTES = 10;

/** Minutes early to open the link of a video call and check sound and picture. */
export const JOIN_VIDEO_EARLY_MINUTES = 5;

/** The most words a request for a conversation should have, greeting and sign-off included. */
export const REQUEST_MAX_WORDS = 100;

/** The stricter word limit for a request, which the composer offers as a setting. */
export const REQUEST_STRICT_MAX_WORDS = 75;

/** The most words a nudge should have: shorter than the request it follows. */
export const NUDGE_MAX_WORDS = 75;

/** The most lines a thank-you note should have, greeting and sign-off included. */
export const THANK_YOU_MAX_LINES = 6;

/**
 * The most characters of a LinkedIn connection note. LinkedIn allows 200 on a free account and
 * 300 on Premium (checked December 2026); the kit holds every note to the limit that works for
 * everyone.
 */
export const LINKEDIN_NOTE_MAX_CHARACTERS = 200;
