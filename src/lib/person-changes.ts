/**
 * Every change to a person, as pure functions: add, edit, change stage (forward or back), mark a
 * step done, write notes from a conversation, turn a suggested name into a new person, link a
 * question list. Each returns a new person with `updatedAt` stamped and one dated
 * line added to their history, so every change is kept; nothing here reads the clock, makes ids
 * or touches storage (the store passes `now` and ids in).
 *
 * What the reader typed is checked (name required, email shape, text limits) and refused with a
 * message, never cut; it is kept as plain text, and nothing here builds HTML.
 */
import {
  askedSchema,
  isCalendarDate,
  isMeetingLength,
  MEETING_MINUTES,
  metSchema,
  PERSON_TEXT_LIMITS,
  scheduledSchema,
  sentNoteSchema,
  type MeetingNotes,
  type Person,
  type ReferredBy,
  type SuggestedName,
} from '../schemas/people';
import { check } from '../schemas/validate';
import { openOffer, type MarkableStep } from './due-steps';
import { EMAIL_SHAPE } from './email-address';
import { REQUEST_MINUTES } from './method-rules';
import { plural } from './plural';
import { overLimit } from './text-limit';
import { isoString, localDay, type Instant } from './time';
import { CONTACT_WARMTH_LABELS, PHASES, type ContactWarmth, type Phase } from './vocabulary';
import {
  STAGE_LABELS,
  STAGES,
  type AskChannel,
  type MeetingFormat,
  type Stage,
} from './conversation-stages';
import { zoneLabel } from './time-zone-names';
import { isTimeZone } from './zoned-time';

/** A change that was refused, with the words to show the reader. */
export interface PersonRefusal {
  ok: false;
  /** The field to point the reader at ('' when it is about the whole change). */
  field: string;
  /** What to tell the reader. */
  message: string;
}

/** A change that went through, or why not. */
export type PersonChange = { ok: true; person: Person } | PersonRefusal;

/** The details the reader types about a person; everything but the name may be left out. */
export interface PersonInput {
  name: string;
  role?: string;
  organization?: string;
  email?: string;
  /** Defaults to warm when someone referred them, else cold. */
  warmth?: ContactWarmth;
  /** Who referred the reader: someone in the list (with their current name) or a free name. */
  referredBy?: ReferredBy | undefined;
  foundVia?: string;
  notes?: string;
}

const refuse = (field: string, message: string): PersonRefusal => ({ ok: false, field, message });

/** A date as the history writes it: "Nov 20, 2026" (the day as picked, never shifted by a zone). */
export function historyDate(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** A time of day as the history writes it: "2:00 PM", as the page shows times, for "14:00". */
export function historyTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat('en-US', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}

/** The person with one more history line, stamped. */
function withHistory(person: Person, changes: Partial<Person>, text: string, now: Instant): Person {
  const at = isoString(now);
  return { ...person, ...changes, history: [...person.history, { at, text }], updatedAt: at };
}

/** The text fields of a person with their limits and what to call them in a refusal. */
const TEXT_FIELDS = {
  name: { limit: PERSON_TEXT_LIMITS.name, label: 'Their name' },
  role: { limit: PERSON_TEXT_LIMITS.field, label: 'Their role' },
  organization: { limit: PERSON_TEXT_LIMITS.field, label: 'Their organization' },
  email: { limit: PERSON_TEXT_LIMITS.email, label: 'Their email' },
  foundVia: { limit: PERSON_TEXT_LIMITS.field, label: 'Where you found them' },
  notes: { limit: PERSON_TEXT_LIMITS.notes, label: 'Notes' },
} as const;
type TextField = keyof typeof TEXT_FIELDS;

/** The details tidied for saving (short fields trimmed, notes as typed), and every problem in them. */
function tidyPersonInput(input: Partial<PersonInput>): {
  value: Partial<PersonInput>;
  problems: PersonRefusal[];
} {
  const value: Partial<PersonInput> = { ...input };
  const problems: PersonRefusal[] = [];
  for (const field of Object.keys(TEXT_FIELDS) as TextField[]) {
    const typed = input[field];
    if (typed === undefined) continue;
    const tidy = field === 'notes' ? typed : typed.trim();
    const tooLong = overLimit(tidy, TEXT_FIELDS[field].limit);
    if (tooLong) problems.push(refuse(field, `${TEXT_FIELDS[field].label}: ${tooLong}`));
    value[field] = tidy;
  }
  if (value.name !== undefined && value.name === '')
    problems.push(refuse('name', 'Write their name first; everything else can wait.'));
  if (value.email && !EMAIL_SHAPE.test(value.email))
    problems.push(
      refuse(
        'email',
        'That doesn’t look like an email address: it needs a name, an @ and a domain, like sam@example.org. Leave it empty if you don’t have one.',
      ),
    );
  if (input.referredBy) {
    const name = input.referredBy.name.trim();
    const tooLong = overLimit(name, PERSON_TEXT_LIMITS.name);
    if (name === '')
      problems.push(refuse('referredBy', 'Write who referred you, or leave it empty.'));
    else if (tooLong) problems.push(refuse('referredBy', `Who referred you: ${tooLong}`));
    value.referredBy =
      input.referredBy.personId === undefined
        ? { name }
        : { personId: input.referredBy.personId, name };
  }
  return { value, problems };
}

/** Every problem in a person's details, so a form can show them all at once. */
export function personInputProblems(input: Partial<PersonInput>): PersonRefusal[] {
  return tidyPersonInput(input).problems;
}

/** The details tidied for saving (short fields trimmed, notes as typed), or the first reason they are refused. */
export function checkPersonInput(
  input: Partial<PersonInput>,
): { ok: true; value: Partial<PersonInput> } | PersonRefusal {
  const { value, problems } = tidyPersonInput(input);
  return problems[0] ?? { ok: true, value };
}

/** Adds a person at To contact; their history starts with the line that says so. */
export function newPerson(
  input: PersonInput,
  { id, now }: { id: string; now: Instant },
): PersonChange {
  const checked = checkPersonInput(input);
  if (!checked.ok) return checked;
  const { value } = checked;
  const at = isoString(now);
  const referredBy = value.referredBy;
  const person: Person = {
    id,
    name: value.name ?? '',
    role: value.role ?? '',
    organization: value.organization ?? '',
    email: value.email ?? '',
    warmth: value.warmth ?? (referredBy ? 'warm' : 'cold'),
    ...(referredBy ? { referredBy } : {}),
    foundVia: value.foundVia ?? '',
    notes: value.notes ?? '',
    stage: 'to-contact',
    stageChangedAt: at,
    history: [],
    meetings: [],
    createdAt: at,
    updatedAt: at,
  };
  const added = referredBy ? `Added, referred by ${referredBy.name}` : 'Added';
  return {
    ok: true,
    person: withHistory(person, {}, `${added} (${STAGE_LABELS['to-contact']})`, now),
  };
}

/** How one changed detail reads in the history ("role to “Nurse”"). */
function describeEdit(field: keyof PersonInput, person: Person): string {
  switch (field) {
    case 'notes':
      return 'the notes';
    case 'warmth':
      return `how you know them to ${CONTACT_WARMTH_LABELS[person.warmth].label.toLowerCase()}`;
    case 'referredBy':
      return person.referredBy
        ? `who referred you to ${person.referredBy.name}`
        : 'who referred you (none)';
    case 'foundVia':
      return person.foundVia
        ? `where you found them to “${person.foundVia}”`
        : 'where you found them (none)';
    case 'email':
      return person.email ? `email to ${person.email}` : 'email (none)';
    default:
      return person[field] ? `${field} to “${person[field]}”` : `${field} (none)`;
  }
}

/** Changes a person's details; names what changed in the history, or changes nothing if nothing did. */
export function editPerson(
  person: Person,
  changes: Partial<PersonInput>,
  now: Instant,
): PersonChange {
  const checked = checkPersonInput(changes);
  if (!checked.ok) return checked;
  if ('referredBy' in changes && changes.referredBy?.personId === person.id)
    return refuse('referredBy', 'Someone can’t refer you to themselves: pick another person.');
  const { referredBy, ...rest } = checked.value;
  const next: Person = { ...person, ...rest };
  if ('referredBy' in changes) {
    if (referredBy) next.referredBy = referredBy;
    else delete next.referredBy;
  }
  const changed = (Object.keys(changes) as (keyof PersonInput)[]).filter(
    (field) => JSON.stringify(next[field]) !== JSON.stringify(person[field]),
  );
  if (changed.length === 0) return { ok: true, person };
  const text = `Changed ${changed.map((field) => describeEdit(field, next)).join('; ')}`;
  return { ok: true, person: withHistory(next, {}, text, now) };
}

/** A stage to move to, with the details that stage records. */
export type StageChange =
  | { stage: 'to-contact' }
  | { stage: 'asked'; sentOn: string; via: AskChannel }
  | {
      stage: 'scheduled';
      date: string;
      time: string;
      timeZone: string;
      minutes: number;
      format: MeetingFormat;
      place: string;
    }
  | {
      stage: 'met';
      date: string;
      time?: string | undefined;
      timeZone: string;
      minutes?: number | undefined;
    }
  | { stage: 'thanked'; sentOn: string }
  /** Keeping in touch, with the day the short update went, if that is what moved them on. */
  | { stage: 'keeping-in-touch'; sentOn?: string | undefined }
  | { stage: 'no-reply' | 'declined' | 'closed' };

/** How the history says a request was sent ("Asked by email"). */
const ASKED_VIA: Record<AskChannel, string> = {
  email: 'by email',
  phone: 'by phone',
  'in-person': 'in person',
  linkedin: 'on LinkedIn',
};

/** How the history names a conversation's format ("Scheduled a video call"). */
const MEETING_KIND: Record<MeetingFormat, string> = {
  'in-person': 'meeting in person',
  phone: 'phone call',
  video: 'video call',
};

/** Where a stage sits on the path, for telling a move back from a move on. */
const pathIndex = (stage: Stage) => STAGES.indexOf(stage);

/** The history line for a stage change. */
function describeStage(person: Person, change: StageChange): string {
  switch (change.stage) {
    case 'asked':
      return `Asked ${ASKED_VIA[change.via]}, sent ${historyDate(change.sentOn)}`;
    case 'scheduled': {
      const what = `${MEETING_KIND[change.format]} on ${historyDate(change.date)} at ${historyTime(change.time)} (${zoneLabel(change.timeZone)}), ${change.minutes} minutes`;
      return person.stage === 'scheduled' ? `Rescheduled the ${what}` : `Scheduled a ${what}`;
    }
    case 'met':
      return `Met on ${historyDate(change.date)}${change.time ? ` at ${historyTime(change.time)} (${zoneLabel(change.timeZone)})` : ''}`;
    case 'thanked':
      return `Thank-you sent ${historyDate(change.sentOn)}`;
    case 'keeping-in-touch':
      return change.sentOn
        ? `Keeping in touch: update sent ${historyDate(change.sentOn)}`
        : 'Keeping in touch';
    case 'no-reply':
      return person.asked?.nudgedOn ? 'No reply: closed after one nudge' : 'No reply: closed';
    default:
      return STAGE_LABELS[change.stage];
  }
}

/** The refusal of a day after `today` for something that has already happened. */
const stillToCome = (field: string, what: string) =>
  refuse(field, `That day is still to come: pick the day ${what}.`);

/**
 * The details a stage change records, checked, as the fields they set on the person. What has
 * happened (a request sent, a conversation held, a note sent) cannot be dated after `today`.
 */
function stageDetails(
  person: Person,
  change: StageChange,
  today: string,
): Partial<Person> | PersonRefusal {
  // A conversation comes after the request that asked for it.
  const beforeAsking = (date: string): PersonRefusal | undefined =>
    person.asked && date < person.asked.sentOn
      ? refuse(
          'date',
          `That’s before you asked them, on ${historyDate(person.asked.sentOn)}: pick that day or later.`,
        )
      : undefined;
  switch (change.stage) {
    case 'asked': {
      const keepNudge = person.asked?.sentOn === change.sentOn ? person.asked.nudgedOn : undefined;
      const asked = check(askedSchema, {
        sentOn: change.sentOn,
        via: change.via,
        ...(keepNudge ? { nudgedOn: keepNudge } : {}),
      });
      if (!asked.success) return refuse('sentOn', 'Pick the day you sent the request.');
      return asked.data.sentOn > today
        ? stillToCome('sentOn', 'you sent the request')
        : { asked: asked.data };
    }
    case 'scheduled': {
      if (!isCalendarDate(change.date)) return refuse('date', 'Pick the day of the conversation.');
      const early = beforeAsking(change.date);
      if (early) return early;
      if (!isTimeZone(change.timeZone))
        return refuse(
          'timeZone',
          `“${change.timeZone}” isn’t a time zone this browser knows. Pick one from the list.`,
        );
      if (!isMeetingLength(change.minutes))
        return refuse(
          'minutes',
          `A conversation can be ${MEETING_MINUTES.min} to ${MEETING_MINUTES.max} minutes long.`,
        );
      const tooLong = overLimit(change.place.trim(), PERSON_TEXT_LIMITS.place);
      if (tooLong) return refuse('place', `Place or link: ${tooLong}`);
      const before = person.scheduled;
      const sameTime = before?.date === change.date && before.time === change.time;
      const scheduled = check(scheduledSchema, {
        date: change.date,
        time: change.time,
        timeZone: change.timeZone,
        minutes: change.minutes,
        format: change.format,
        place: change.place.trim(),
        // Prepared questions stay prepared; a confirmation holds only for the time confirmed.
        ...(before?.preparedOn ? { preparedOn: before.preparedOn } : {}),
        ...(sameTime && before.confirmedOn ? { confirmedOn: before.confirmedOn } : {}),
      });
      return scheduled.success
        ? { scheduled: scheduled.data }
        : refuse('time', 'Pick the time it starts, like 2:30 PM.');
    }
    case 'met': {
      if (!isTimeZone(change.timeZone))
        return refuse(
          'timeZone',
          `“${change.timeZone}” isn’t a time zone this browser knows. Pick one from the list.`,
        );
      const met = check(metSchema, {
        date: change.date,
        timeZone: change.timeZone,
        ...(change.time ? { time: change.time } : {}),
        ...(change.minutes === undefined ? {} : { minutes: change.minutes }),
      });
      if (!met.success) return refuse('date', 'Pick the day you talked.');
      const early = beforeAsking(met.data.date);
      if (early) return early;
      return met.data.date > today
        ? stillToCome('date', 'you talked, or keep them at Scheduled until then')
        : { met: met.data };
    }
    case 'thanked': {
      const thanked = check(sentNoteSchema, { sentOn: change.sentOn });
      if (!thanked.success) return refuse('sentOn', 'Pick the day you sent the thank-you.');
      if (thanked.data.sentOn > today) return stillToCome('sentOn', 'you sent the thank-you');
      if (person.met && thanked.data.sentOn < person.met.date)
        return refuse(
          'sentOn',
          `A thank-you comes after the conversation: pick ${historyDate(person.met.date)} or later.`,
        );
      return { thanked: thanked.data };
    }
    case 'keeping-in-touch': {
      if (change.sentOn === undefined) return {};
      const updated = check(sentNoteSchema, { sentOn: change.sentOn });
      if (!updated.success) return refuse('sentOn', 'Pick the day you sent the update.');
      return updated.data.sentOn > today
        ? stillToCome('sentOn', 'you sent the update')
        : { updated: updated.data };
    }
    default:
      return {};
  }
}

/**
 * Moves a person to a stage, forward or back, with that stage's details. The details of other
 * stages stay (moving back and on again keeps what was typed), and the history says what
 * happened. The same stage with the same details changes nothing.
 */
export function changeStage(
  person: Person,
  change: StageChange,
  now: Instant,
  today: string = localDay(now),
): PersonChange {
  const details = stageDetails(person, change, today);
  if ('ok' in details) return details;
  const same =
    person.stage === change.stage &&
    (Object.keys(details) as (keyof Person)[]).every(
      (key) => JSON.stringify(person[key]) === JSON.stringify(details[key]),
    );
  if (same) return { ok: true, person };
  const back =
    !['no-reply', 'declined', 'closed'].includes(person.stage) &&
    pathIndex(change.stage) < pathIndex(person.stage);
  const line = describeStage(person, change);
  const text = back ? `Moved back to ${STAGE_LABELS[change.stage]}: ${line}` : line;
  return {
    ok: true,
    person: withHistory(
      person,
      { ...details, stage: change.stage, stageChangedAt: isoString(now) },
      text,
      now,
    ),
  };
}

/** What to put in a stage's form: the details saved last time, else sensible ones for today. */
export function stageDefaults(
  person: Person,
  stage: Stage,
  { today, timeZone }: { today: string; timeZone: string },
): StageChange {
  switch (stage) {
    case 'asked':
      return { stage, sentOn: person.asked?.sentOn ?? today, via: person.asked?.via ?? 'email' };
    case 'scheduled': {
      const saved = person.scheduled;
      return saved
        ? {
            stage,
            date: saved.date,
            time: saved.time,
            timeZone: saved.timeZone,
            minutes: saved.minutes,
            format: saved.format,
            place: saved.place,
          }
        : {
            stage,
            date: today,
            time: '',
            timeZone,
            minutes: REQUEST_MINUTES.max,
            format: 'video',
            place: '',
          };
    }
    case 'met': {
      const { met, scheduled } = person;
      if (met) return { stage, ...met };
      // A conversation marked met early (it is still ahead) starts on today, not its day.
      if (scheduled)
        return {
          stage,
          date: scheduled.date > today ? today : scheduled.date,
          time: scheduled.time,
          timeZone: scheduled.timeZone,
          minutes: scheduled.minutes,
        };
      return { stage, date: today, timeZone };
    }
    case 'thanked':
      return { stage, sentOn: person.thanked?.sentOn ?? today };
    case 'keeping-in-touch':
      return { stage, sentOn: person.updated?.sentOn ?? today };
    default:
      return { stage };
  }
}

/** The history line for a step marked done. */
const STEP_DONE_TEXT: Record<MarkableStep, (person: Person, on: string) => string> = {
  nudge: (_, on) => `Nudged once, ${historyDate(on)}`,
  prepare: (_, on) => `Questions prepared, ${historyDate(on)}`,
  confirm: (_, on) => `Confirmed the time, ${historyDate(on)}`,
  'tell-referrer': (person, on) =>
    `Told ${person.referredBy?.name ?? 'the referrer'} how it went, ${historyDate(on)}`,
  offer: (_, on) => `Followed up on what they offered, ${historyDate(on)}`,
};

/**
 * Marks a step done on a day: the nudge (while Asked), the questions prepared or the time
 * confirmed (while Scheduled), the referrer told, the latest offer followed up. Refused when the person has no such step.
 */
export function markStepDone(
  person: Person,
  step: MarkableStep,
  on: string,
  now: Instant,
): PersonChange {
  if (!isCalendarDate(on)) return refuse('on', 'Pick the day you did it.');
  let changes: Partial<Person>;
  if (step === 'nudge' && person.stage === 'asked' && person.asked)
    changes = { asked: { ...person.asked, nudgedOn: on } };
  else if (step === 'prepare' && person.stage === 'scheduled' && person.scheduled)
    changes = { scheduled: { ...person.scheduled, preparedOn: on } };
  else if (step === 'confirm' && person.stage === 'scheduled' && person.scheduled)
    changes = { scheduled: { ...person.scheduled, confirmedOn: on } };
  else if (step === 'tell-referrer' && person.referredBy) changes = { referrerToldOn: on };
  else if (step === 'offer' && openOffer(person) !== undefined)
    changes = {
      meetings: person.meetings.map((notes, index, all) =>
        index === all.length - 1 ? { ...notes, offerDoneOn: on } : notes,
      ),
    };
  else
    return refuse(
      '',
      'That step isn’t open for them any more; it may have changed in another tab.',
    );
  return { ok: true, person: withHistory(person, changes, STEP_DONE_TEXT[step](person, on), now) };
}

/** The person with a step's mark cleared, or undefined when the step is not marked. */
function withoutMark(person: Person, step: MarkableStep): Person | undefined {
  const { asked, scheduled, meetings } = person;
  const latest = meetings.at(-1);
  switch (step) {
    case 'nudge': {
      if (asked?.nudgedOn === undefined) return undefined;
      const { nudgedOn: _, ...open } = asked;
      return { ...person, asked: open };
    }
    case 'prepare': {
      if (scheduled?.preparedOn === undefined) return undefined;
      const { preparedOn: _, ...open } = scheduled;
      return { ...person, scheduled: open };
    }
    case 'confirm': {
      if (scheduled?.confirmedOn === undefined) return undefined;
      const { confirmedOn: _, ...open } = scheduled;
      return { ...person, scheduled: open };
    }
    case 'tell-referrer': {
      if (person.referrerToldOn === undefined) return undefined;
      const { referrerToldOn: _, ...open } = person;
      return open;
    }
    case 'offer': {
      if (latest?.offerDoneOn === undefined) return undefined;
      const { offerDoneOn: _, ...open } = latest;
      return { ...person, meetings: [...meetings.slice(0, -1), open] };
    }
  }
}

/**
 * Takes back a step marked done by mistake: the step is open again, and the history says so.
 * Refused when the step is not marked (another tab may have taken it back already).
 */
export function unmarkStep(
  person: Person,
  step: MarkableStep,
  label: string,
  now: Instant,
): PersonChange {
  const open = withoutMark(person, step);
  if (!open)
    return refuse('', 'That step isn’t marked done any more; it may have changed in another tab.');
  return { ok: true, person: withHistory(open, {}, `Marked not done: ${label}`, now) };
}

/** What the reader writes after a conversation. */
export interface MeetingNotesInput {
  /** The day of the conversation. */
  date: string;
  /** What they said about each part; parts left out are empty. */
  heard: Partial<Record<Phase, string>>;
  /** Up to three things to remember; empty ones are dropped. */
  remember: readonly string[];
  promised: string;
  /** Names they suggested; an entry with the id of an existing one keeps its link to a person. */
  suggested: readonly { id?: string | undefined; name: string; note?: string | undefined }[];
}

/** The notes checked and tidied, or why they are refused. */
function checkNotes(
  input: MeetingNotesInput,
  before: MeetingNotes | undefined,
  makeId: () => string,
): Omit<MeetingNotes, 'id' | 'createdAt' | 'updatedAt'> | PersonRefusal {
  if (!isCalendarDate(input.date)) return refuse('date', 'Pick the day of the conversation.');
  const heard = {} as Record<Phase, string>;
  for (const phase of PHASES) {
    const text = input.heard[phase] ?? '';
    const tooLong = overLimit(text, PERSON_TEXT_LIMITS.notes);
    if (tooLong) return refuse(`heard.${phase}`, tooLong);
    heard[phase] = text;
  }
  const remember = input.remember.map((line) => line.trim()).filter((line) => line !== '');
  if (remember.length > 3)
    return refuse('remember', 'Keep it to the three things you most want to remember.');
  for (const line of remember) {
    const tooLong = overLimit(line, PERSON_TEXT_LIMITS.field);
    if (tooLong) return refuse('remember', tooLong);
  }
  const promisedTooLong = overLimit(input.promised, PERSON_TEXT_LIMITS.notes);
  if (promisedTooLong) return refuse('promised', promisedTooLong);
  const suggested: SuggestedName[] = [];
  for (const entry of input.suggested) {
    const name = entry.name.trim();
    const note = (entry.note ?? '').trim();
    if (name === '' && note === '') continue;
    if (name === '') return refuse('suggested', 'Write the name of each person they suggested.');
    const tooLong =
      overLimit(name, PERSON_TEXT_LIMITS.name) ?? overLimit(note, PERSON_TEXT_LIMITS.field);
    if (tooLong) return refuse('suggested', tooLong);
    const earlier =
      entry.id === undefined ? undefined : before?.suggested.find((s) => s.id === entry.id);
    suggested.push({
      id: earlier?.id ?? makeId(),
      name,
      note,
      ...(earlier?.personId ? { personId: earlier.personId } : {}),
    });
  }
  // New notes need something in them; notes already saved may be emptied (there is no deleting them).
  const nothing =
    before === undefined &&
    PHASES.every((phase) => heard[phase].trim() === '') &&
    remember.length === 0 &&
    input.promised.trim() === '' &&
    suggested.length === 0;
  if (nothing)
    return refuse(
      `heard.${PHASES[0]}`,
      'Write down something from the conversation first: what they said, a point to remember, or a name.',
    );
  return { date: input.date, heard, remember, promised: input.promised, suggested };
}

/** How many names a set of notes suggested, in words for the history. */
function suggestedCount(notes: Pick<MeetingNotes, 'suggested'>): string {
  const count = notes.suggested.length;
  return count === 0 ? '' : ` (${plural(count, 'name')} suggested)`;
}

/** Adds the notes of a conversation. */
export function addMeetingNotes(
  person: Person,
  input: MeetingNotesInput,
  { id, now, makeId }: { id: string; now: Instant; makeId: () => string },
): PersonChange {
  const checked = checkNotes(input, undefined, makeId);
  if ('ok' in checked) return checked;
  const at = isoString(now);
  const notes: MeetingNotes = { id, ...checked, createdAt: at, updatedAt: at };
  return {
    ok: true,
    person: withHistory(
      person,
      { meetings: [...person.meetings, notes] },
      `Wrote notes on the conversation of ${historyDate(notes.date)}${suggestedCount(notes)}`,
      now,
    ),
  };
}

/** Rewrites the notes of a conversation; names already made into people stay linked. */
export function editMeetingNotes(
  person: Person,
  notesId: string,
  input: MeetingNotesInput,
  { now, makeId }: { now: Instant; makeId: () => string },
): PersonChange {
  const before = person.meetings.find((notes) => notes.id === notesId);
  if (!before)
    return refuse('', 'Those notes are no longer here; they may have been deleted in another tab.');
  const checked = checkNotes(input, before, makeId);
  if ('ok' in checked) return checked;
  const notes: MeetingNotes = { ...before, ...checked, updatedAt: isoString(now) };
  if (JSON.stringify(notes) === JSON.stringify({ ...before, updatedAt: notes.updatedAt }))
    return { ok: true, person };
  return {
    ok: true,
    person: withHistory(
      person,
      { meetings: person.meetings.map((other) => (other.id === notesId ? notes : other)) },
      `Edited the notes on the conversation of ${historyDate(notes.date)}${suggestedCount(notes)}`,
      now,
    ),
  };
}

/**
 * Turns a name someone suggested into a new person: warm, referred by the one who suggested
 * them, at To contact, with what was said about them as notes. Returns both people changed (the
 * suggestion now links to the new person), or a refusal if the name is gone.
 */
export function personFromSuggestion(
  referrer: Person,
  notesId: string,
  suggestionId: string,
  { id, now }: { id: string; now: Instant },
): { ok: true; referrer: Person; person: Person } | PersonRefusal {
  const notes = referrer.meetings.find((entry) => entry.id === notesId);
  const suggestion = notes?.suggested.find((entry) => entry.id === suggestionId);
  if (!notes || !suggestion)
    return refuse(
      '',
      'That name is no longer in the notes; it may have been changed in another tab.',
    );
  // An address written in the note ("Data lead; sam@metro.example") is their email.
  const email = suggestion.note
    .split(/[\s,;()<>]+/)
    .map((word) => word.replace(/^mailto:/i, '').replace(/\.+$/, ''))
    .find((word) => EMAIL_SHAPE.test(word));
  const made = newPerson(
    {
      name: suggestion.name,
      notes: suggestion.note,
      ...(email ? { email } : {}),
      warmth: 'warm',
      referredBy: { personId: referrer.id, name: referrer.name },
      foundVia: `Suggested by ${referrer.name}`,
    },
    { id, now },
  );
  if (!made.ok) return made;
  const at = isoString(now);
  const linked: MeetingNotes = {
    ...notes,
    suggested: notes.suggested.map((entry) =>
      entry.id === suggestionId ? { ...entry, personId: id } : entry,
    ),
    updatedAt: at,
  };
  return {
    ok: true,
    person: made.person,
    referrer: withHistory(
      referrer,
      { meetings: referrer.meetings.map((entry) => (entry.id === notesId ? linked : entry)) },
      `Added ${suggestion.name}, whom they suggested`,
      now,
    ),
  };
}

/** Links the question list planned for a person, or unlinks it (undefined). */
export function linkQuestionList(person: Person, listId: string | undefined, now: Instant): Person {
  if (person.questionListId === listId) return person;
  if (listId === undefined) {
    const { questionListId: _gone, ...rest } = person;
    return withHistory(rest, {}, 'Removed the link to a question list', now);
  }
  return withHistory(person, { questionListId: listId }, 'Linked a question list', now);
}
