/**
 * The people the reader is having conversations with, as the Conversations page saves them: the
 * schemas, the types derived from them, the text limits and the salvage of damaged data.
 *
 * Stored shape (`iik:people:v1`): `{ people: Person[] }`, newest first. Which person is open is not
 * saved: it belongs to the tab (the page's address says it). Email drafts written for a person
 * carry the link themselves (src/schemas/draft.ts), so deleting a draft needs no change here. Every person carries `createdAt` and `updatedAt`, and every change
 * stamps `updatedAt`, so two tabs' copies can later be merged person by person (newest edit wins).
 *
 * Dates the reader picks are calendar dates ("2026-11-20") read in the reader's own time zone; a
 * scheduled conversation also keeps its time and time zone, so its moment is exact wherever the
 * reader is. Moments of change (`at`, `createdAt`, `updatedAt`) are ISO timestamps in UTC.
 */
import * as v from 'valibot';
import { EMAIL_MAX_LENGTH, EMAIL_SHAPE } from '../lib/email-address';
import { isoTimeSchema } from './iso-time';
import { check } from './validate';
import { CONTACT_WARMTH, PHASES, type Phase } from '../lib/vocabulary';
import { ASK_CHANNELS, MEETING_FORMATS, STAGES, type Stage } from '../lib/conversation-stages';

// The checks below are small functions rather than Valibot's date and email actions: the shapes
// need no more than this, and a calendar date must also exist ("2026-02-30" does not).

/** Whether a string is a calendar date that exists ("2026-02-28", not "2026-02-30"). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Whether a string is a time of day on the 24-hour clock ("14:30"). */
export function isTimeOfDay(value: string): boolean {
  return /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** A calendar date as the reader picked it ("2026-11-20"), with no time of day or zone. */
export const calendarDateSchema = v.pipe(
  v.string(),
  v.check(isCalendarDate, 'not a calendar date'),
);
/** A time of day on the 24-hour clock ("14:30"). */
export const timeOfDaySchema = v.pipe(v.string(), v.check(isTimeOfDay, 'not a time of day'));
/** An IANA time zone name ("Europe/London"); whether the browser knows it is checked where it is used. */
export const timeZoneSchema = v.pipe(v.string(), v.minLength(1));

/** The shortest and longest conversation that can be scheduled, in minutes. */
export const MEETING_MINUTES = { min: 5, max: 240 } as const;

/** Whether a number of minutes is a whole number a conversation can last. */
export function isMeetingLength(minutes: number): boolean {
  return (
    Number.isInteger(minutes) && minutes >= MEETING_MINUTES.min && minutes <= MEETING_MINUTES.max
  );
}
const meetingMinutesSchema = v.pipe(v.number(), v.check(isMeetingLength, 'not a meeting length'));

/** The most characters each text about a person takes; a paste past it is refused, never cut. */
export const PERSON_TEXT_LIMITS = {
  /** Their name, or a name they suggested. */
  name: 120,
  /** Their role, organization, where you found them, or a short line of a meeting's notes. */
  field: 200,
  /** An email address (the longest the mail standards allow). */
  email: EMAIL_MAX_LENGTH,
  /** The place or the link of a meeting. */
  place: 500,
  /** Free notes, or what they said in one part of the conversation. */
  notes: 5000,
} as const;

/** Who referred the reader to a person. */
export const referredBySchema = v.object({
  /** The referrer's id, when they are in the reader's list too. */
  personId: v.optional(v.string()),
  /** The referrer's name as last known, kept so it still reads right if they are deleted. */
  name: v.pipe(v.string(), v.minLength(1)),
});
/** Who referred the reader to a person. */
export type ReferredBy = v.InferOutput<typeof referredBySchema>;

/** The request for a conversation, once sent. */
export const askedSchema = v.object({
  /** The day the request was sent. */
  sentOn: calendarDateSchema,
  /** How it was sent. */
  via: v.picklist(ASK_CHANNELS),
  /** The day of the one polite nudge, once sent. */
  nudgedOn: v.optional(calendarDateSchema),
});
/** The request for a conversation. */
export type Asked = v.InferOutput<typeof askedSchema>;

/** A conversation that has a date. */
export const scheduledSchema = v.object({
  /** The day it takes place, in `timeZone`. */
  date: calendarDateSchema,
  /** When it starts, in `timeZone`. */
  time: timeOfDaySchema,
  /** The time zone the date and time are in (usually the reader's own). */
  timeZone: timeZoneSchema,
  /** How long it is planned to last, in minutes. */
  minutes: meetingMinutesSchema,
  /** How it takes place. */
  format: v.picklist(MEETING_FORMATS),
  /** Where it takes place, a phone number or a video link ('' if not known yet). */
  place: v.string(),
  /** The day the reader marked the questions prepared. */
  preparedOn: v.optional(calendarDateSchema),
  /** The day the reader confirmed the time with them. */
  confirmedOn: v.optional(calendarDateSchema),
});
/** A scheduled conversation. */
export type Scheduled = v.InferOutput<typeof scheduledSchema>;

/** When the conversation took place. */
export const metSchema = v.object({
  /** The day it took place, in `timeZone`. */
  date: calendarDateSchema,
  /** When it started, if known; without it the conversation counts as ending with its day. */
  time: v.optional(timeOfDaySchema),
  /** The time zone the date and time are in. */
  timeZone: timeZoneSchema,
  /** How long it lasted in minutes, if known. */
  minutes: v.optional(meetingMinutesSchema),
});
/** When a conversation took place. */
export type Met = v.InferOutput<typeof metSchema>;

/** A note the reader sent on a given day (the thank-you, the short update). */
export const sentNoteSchema = v.object({
  /** The day it was sent. */
  sentOn: calendarDateSchema,
});
/** A note sent on a given day. */
export type SentNote = v.InferOutput<typeof sentNoteSchema>;

/** One dated line of a person's history: every change is kept as one. */
export const historyEntrySchema = v.object({
  /** When the change was made. */
  at: isoTimeSchema,
  /** What changed, in plain words ("Asked by email, sent Nov 20, 2026"). */
  text: v.string(),
});
/** One line of a person's history. */
export type HistoryEntry = v.InferOutput<typeof historyEntrySchema>;

/** A name someone suggested the reader talk to. */
export const suggestedNameSchema = v.object({
  /** Unique id within the meeting's notes. */
  id: v.string(),
  /** The name as they said it. */
  name: v.pipe(v.string(), v.minLength(1)),
  /** Anything said about them: their role, how to reach them ('' if nothing). */
  note: v.string(),
  /** The person made from this name, once the reader has added them. */
  personId: v.optional(v.string()),
});
/** A suggested name. */
export type SuggestedName = v.InferOutput<typeof suggestedNameSchema>;

/** The reader's notes from one conversation. */
export const meetingNotesSchema = v.object({
  /** Unique id of the notes. */
  id: v.string(),
  /** The day of the conversation. */
  date: calendarDateSchema,
  /** What they said about each part of the conversation: their present, past, future, advice. */
  heard: v.object(
    Object.fromEntries(PHASES.map((phase) => [phase, v.string()])) as Record<
      Phase,
      v.StringSchema<undefined>
    >,
  ),
  /** The three things the reader most wants to remember (at most three, empty ones left out). */
  remember: v.pipe(v.array(v.string()), v.maxLength(3)),
  /** What they offered to do and the reader promised to send ('' if nothing). */
  promised: v.string(),
  /** The day the reader followed up on what they offered, once they have. */
  offerDoneOn: v.optional(calendarDateSchema),
  /** Names they suggested, each of which can become a new person. */
  suggested: v.array(suggestedNameSchema),
  /** When the notes were written. */
  createdAt: isoTimeSchema,
  /** When the notes last changed. */
  updatedAt: isoTimeSchema,
});
/** Notes from one conversation. */
export type MeetingNotes = v.InferOutput<typeof meetingNotesSchema>;

/**
 * Notes as typed in the notes form, before they are saved: kept for the tab, so a reload or a
 * visit to the list and back finds them where they were.
 */
export const notesDraftSchema = v.object({
  /** The day typed (may be '' while typing). */
  day: v.string(),
  heard: meetingNotesSchema.entries.heard,
  remember: v.array(v.string()),
  promised: v.string(),
  /** The names typed, each with the id of the saved name it was, if any. */
  names: v.array(v.object({ id: v.optional(v.string()), name: v.string(), note: v.string() })),
});
/** A notes form's values, not yet saved. */
export type NotesDraft = v.InferOutput<typeof notesDraftSchema>;

/** This tab's unsaved notes, by the form they belong to (see `notesDraftKey`). */
export const notesDraftsSchema = v.record(v.string(), notesDraftSchema);

/**
 * A person's details form as typed in this tab and not yet saved, kept like notes (see
 * `notesDraftSchema`) so a reload finds it open and as it was.
 */
export const detailsDraftSchema = v.object({
  name: v.string(),
  role: v.string(),
  organization: v.string(),
  email: v.string(),
  foundVia: v.string(),
  notes: v.string(),
  warmth: v.picklist(CONTACT_WARMTH),
  /** Who referred them: '' for no one, a person's id, or 'someone-else' with `referrerName`. */
  referrer: v.string(),
  referrerName: v.string(),
});
/** A details form's values, not yet saved. */
export type DetailsDraft = v.InferOutput<typeof detailsDraftSchema>;

/** This tab's unsaved details forms, by the id of the person they edit. */
export const detailsDraftsSchema = v.record(v.string(), detailsDraftSchema);

/** Whether a person's stage has the details it needs, so no one is Asked without a date sent. */
function hasStageDetails(person: {
  stage: Stage;
  asked?: unknown;
  scheduled?: unknown;
  met?: unknown;
  thanked?: unknown;
}): boolean {
  switch (person.stage) {
    case 'asked':
      return person.asked !== undefined;
    case 'scheduled':
      return person.scheduled !== undefined;
    case 'met':
      return person.met !== undefined;
    case 'thanked':
      return person.thanked !== undefined;
    default:
      return true;
  }
}

/** One person the reader is talking to, or means to. */
export const personSchema = v.pipe(
  v.object({
    /** Unique id of the person. */
    id: v.string(),
    /** Their name; required. */
    name: v.pipe(v.string(), v.minLength(1)),
    /** Their role ('' if not known). */
    role: v.string(),
    /** Their organization ('' if not known). */
    organization: v.string(),
    /** Their email address, checked for shape only ('' if not known). */
    email: v.pipe(
      v.string(),
      v.check((value) => value === '' || EMAIL_SHAPE.test(value), 'not an email address'),
    ),
    /** How well the reader knows them: hot, warm or cold. */
    warmth: v.picklist(CONTACT_WARMTH),
    /** Who referred the reader to them, if anyone. */
    referredBy: v.optional(referredBySchema),
    /** Where the reader found them, e.g. "alumni network" ('' if not noted). */
    foundVia: v.string(),
    /** Free notes. */
    notes: v.string(),
    /** Where the conversation stands. */
    stage: v.picklist(STAGES),
    /** When the stage last changed. */
    stageChangedAt: isoTimeSchema,
    /** The request, once sent; kept when the stage moves back, so nothing typed is lost. */
    asked: v.optional(askedSchema),
    /** The conversation's date, once scheduled. */
    scheduled: v.optional(scheduledSchema),
    /** When the conversation took place. */
    met: v.optional(metSchema),
    /** The thank-you note, once sent. */
    thanked: v.optional(sentNoteSchema),
    /** The short update a few weeks later, once sent. */
    updated: v.optional(sentNoteSchema),
    /** The day the reader told the referrer how it went. */
    referrerToldOn: v.optional(calendarDateSchema),
    /** Every change, oldest first. */
    history: v.array(historyEntrySchema),
    /** Notes from each conversation, oldest first. */
    meetings: v.array(meetingNotesSchema),
    /** The question list planned for them, by list id. */
    questionListId: v.optional(v.string()),
    /** When they were added. */
    createdAt: isoTimeSchema,
    /** When anything about them last changed. */
    updatedAt: isoTimeSchema,
  }),
  v.check((person) => hasStageDetails(person), 'the stage is missing its dates'),
);
/** One person the reader is talking to. */
export type Person = v.InferOutput<typeof personSchema>;

/** Everything the Conversations page saves. */
export const peopleStateSchema = v.object({
  /** The reader's people, newest first. */
  people: v.array(personSchema),
});
/** The Conversations page's saved state. */
export type PeopleState = v.InferOutput<typeof peopleStateSchema>;

/** The saved state before anyone is added. */
export const EMPTY_PEOPLE: PeopleState = { people: [] };

/**
 * Keeps the readable people of saved data that failed validation as a whole, and names the ones
 * left out; returns undefined when there is no list of people to salvage from.
 */
export function salvagePeople(
  data: unknown,
): { value: PeopleState; dropped: string[] } | undefined {
  if (
    typeof data !== 'object' ||
    data === null ||
    !Array.isArray((data as { people?: unknown }).people)
  )
    return undefined;
  const people: Person[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();
  for (const item of (data as { people: unknown[] }).people) {
    const parsed = check(personSchema, item);
    // A second copy of an id would make edits land on the wrong person; the first one stays.
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      people.push(parsed.data);
      continue;
    }
    const name = (item as { name?: unknown } | null)?.name;
    const who =
      typeof name === 'string' && name.trim() ? `“${name.trim()}”` : 'a person without a name';
    dropped.push(parsed.success ? `${who} (a second copy)` : who);
  }
  return { value: { people }, dropped };
}
