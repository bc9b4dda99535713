/**
 * What each person's next step is and when it is due, from their stage, its dates and the
 * method's numbers (src/lib/method-rules.ts). Pure: the current time and the reader's time zone
 * are passed in, so the rules can be tested at every boundary.
 *
 * Two kinds of step:
 * - day steps ("Nudge once", "Prepare your questions") are due on a calendar day: from the start
 *   of that day, and late from the start of the next (or, before a meeting, from its day);
 * - timed steps ("Send your thank-you") run from a moment to a deadline, and are late after a
 *   later moment (24 and 48 hours after the conversation ends, for the thank-you).
 * Request dates are read in the reader's time zone; a meeting's steps in the meeting's own zone.
 */
import type { Person } from '../schemas/people';
import {
  CONFIRM_DAYS_BEFORE,
  MOVE_ON_AFTER_NUDGE_DAYS,
  NUDGE_AFTER_DAYS,
  PREPARE_DAYS_BEFORE,
  REQUEST_MINUTES,
  THANK_YOU_HOURS,
  UPDATE_AFTER_WEEKS,
} from './method-rules';
import type { Stage } from './conversation-stages';
import { HOUR, instantOf, MINUTE, type Instant } from './time';
import { addDays, dateIn, startOfDay, usableTimeZone, zonedMoment } from './zoned-time';

/** Every kind of step, in the order a conversation meets them. */
export const STEP_KINDS = [
  'request',
  'nudge',
  'move-on',
  'prepare',
  'confirm',
  'meet',
  'mark-met',
  'thank-you',
  'tell-referrer',
  'offer',
  'update',
] as const;
/** One kind of step. */
export type StepKind = (typeof STEP_KINDS)[number];

/** How each step is named to the reader; "Tell …" names the referrer. */
export function stepLabel(kind: StepKind, referrerName = 'them'): string {
  switch (kind) {
    case 'request':
      return 'Write the request';
    case 'nudge':
      return 'Nudge once';
    case 'move-on':
      return 'Try someone else';
    case 'prepare':
      return 'Prepare your questions';
    case 'confirm':
      return 'Confirm the day before';
    case 'meet':
      return 'Have the conversation';
    case 'mark-met':
      return 'Mark it met and write your notes';
    case 'thank-you':
      return 'Send your thank-you';
    case 'tell-referrer':
      return `Tell ${referrerName} how it went`;
    case 'offer':
      return 'Follow up on what they offered';
    case 'update':
      return 'Send a short update';
  }
}

/**
 * What the reader does to finish each step: "mark" sets a done date on the person (the step's
 * own button), a stage moves them on (the stage form, with its dates).
 */
export const STEP_COMPLETION: Record<StepKind, 'mark' | Stage> = {
  request: 'asked',
  nudge: 'mark',
  'move-on': 'no-reply',
  prepare: 'mark',
  confirm: 'mark',
  meet: 'met',
  'mark-met': 'met',
  'thank-you': 'thanked',
  'tell-referrer': 'mark',
  offer: 'mark',
  update: 'keeping-in-touch',
};

/** The steps finished with a done date of their own rather than a change of stage. */
export type MarkableStep = 'nudge' | 'prepare' | 'confirm' | 'tell-referrer' | 'offer';

/** When a step can be done, when it is due and when it is late. */
export interface StepTiming {
  /** From when it can be done. */
  startsAt: Instant;
  /** When it is due: the start of its day for a day step, the deadline for a timed one. */
  dueAt: Instant;
  /** From when it counts as late. */
  lateAt: Instant;
  /** A day step is due all that day; a timed step has an exact deadline. */
  precision: 'day' | 'time';
  /** The time zone its day and times are reckoned in. */
  timeZone: string;
}

/** One thing to do for one person. */
export interface DueStep {
  /** Whose step it is. */
  personId: string;
  kind: StepKind;
  /** What to do, in the reader's words ("Nudge once"). */
  label: string;
  /** When; undefined for a step that waits on the reader alone ("Write the request"). */
  timing: StepTiming | undefined;
}

/** Where a step stands at a moment. */
export type StepStatus = 'waiting' | 'upcoming' | 'due' | 'late';

/** What the rules need besides the person. */
export interface DueContext {
  /** The current time. */
  now: Instant;
  /** The reader's time zone: request dates and "today" are read in it. */
  timeZone: string;
  /** Everyone in the list by id, for the current name of a referrer who is in it. */
  peopleById?: ReadonlyMap<string, Pick<Person, 'name'>>;
}

/** A step due all day on a calendar day, late from the start of `lateOn` (the next day by default). */
function dayStep(date: string, timeZone: string, lateOn = addDays(date, 1)): StepTiming {
  const dueAt = startOfDay(date, timeZone);
  return {
    startsAt: dueAt,
    dueAt,
    lateAt: startOfDay(lateOn, timeZone),
    precision: 'day',
    timeZone,
  };
}

/**
 * When a conversation ended, for the deadlines after it, and from when the steps after it can be
 * done: its end, or, when only its day is known, the start of that day (it may have been this
 * morning), while the deadlines count from the day's end.
 */
export interface ConversationEnd {
  endsAt: Instant;
  opensAt: Instant;
  timeZone: string;
}

/**
 * A step that opens when a conversation is over, is due a day after it ended and late a day
 * after that.
 */
function afterConversation({ endsAt, opensAt, timeZone }: ConversationEnd): StepTiming {
  return {
    startsAt: opensAt,
    dueAt: endsAt + THANK_YOU_HOURS.dueWithinHours * HOUR,
    lateAt: endsAt + THANK_YOU_HOURS.lateAfterHours * HOUR,
    precision: 'time',
    timeZone,
  };
}

/** When a scheduled conversation starts and ends. */
export function scheduledTimes(
  scheduled: NonNullable<Person['scheduled']>,
  fallbackZone: string,
): { startsAt: Instant; endsAt: Instant; timeZone: string } {
  const timeZone = usableTimeZone(scheduled.timeZone, fallbackZone);
  const startsAt = zonedMoment(scheduled.date, scheduled.time, timeZone);
  return { startsAt, endsAt: startsAt + scheduled.minutes * MINUTE, timeZone };
}

/**
 * When a conversation that took place ended: its start plus its length (the longest request's
 * length if not noted), or, when no time was noted, the end of its day.
 */
export function metEndsAt(met: NonNullable<Person['met']>, fallbackZone: string): ConversationEnd {
  const timeZone = usableTimeZone(met.timeZone, fallbackZone);
  if (met.time === undefined)
    return {
      endsAt: startOfDay(addDays(met.date, 1), timeZone),
      opensAt: startOfDay(met.date, timeZone),
      timeZone,
    };
  const endsAt =
    zonedMoment(met.date, met.time, timeZone) + (met.minutes ?? REQUEST_MINUTES.max) * MINUTE;
  return { endsAt, opensAt: endsAt, timeZone };
}

/** The referrer's name as the reader knows it now: from the list if they are in it. */
export function referrerName(
  person: Pick<Person, 'referredBy'>,
  peopleById?: ReadonlyMap<string, Pick<Person, 'name'>>,
): string | undefined {
  const { referredBy } = person;
  if (!referredBy) return undefined;
  const listed =
    referredBy.personId === undefined ? undefined : peopleById?.get(referredBy.personId);
  return listed?.name ?? referredBy.name;
}

/** The steps of a scheduled conversation: prepare and confirm before it, then meet, then mark it met. */
function scheduledSteps(person: Person, context: DueContext): [StepKind, StepTiming][] {
  const { scheduled } = person;
  if (!scheduled) return [];
  const { startsAt, endsAt, timeZone } = scheduledTimes(scheduled, context.timeZone);
  const { now } = context;
  if (now >= endsAt)
    return [
      [
        'mark-met',
        {
          startsAt: endsAt,
          dueAt: endsAt,
          // The thank-you's clock runs from the end, so not marking it met by the time the
          // thank-you is due is late.
          lateAt: endsAt + THANK_YOU_HOURS.dueWithinHours * HOUR,
          precision: 'time',
          timeZone,
        },
      ],
    ];
  const meet: StepTiming = {
    startsAt: startOfDay(scheduled.date, timeZone),
    dueAt: startsAt,
    lateAt: endsAt,
    precision: 'time',
    timeZone,
  };
  if (now >= startsAt) return [['meet', meet]];
  const steps: [StepKind, StepTiming][] = [];
  if (!scheduled.preparedOn)
    steps.push([
      'prepare',
      dayStep(addDays(scheduled.date, -PREPARE_DAYS_BEFORE), timeZone, scheduled.date),
    ]);
  const confirmOn = addDays(scheduled.date, -CONFIRM_DAYS_BEFORE);
  // Agreed on the day before or the day itself: the time was just settled, so there is nothing to confirm.
  const agreedLate = instantOf(person.stageChangedAt) >= startOfDay(confirmOn, timeZone);
  if (!scheduled.confirmedOn && !agreedLate)
    steps.push(['confirm', dayStep(confirmOn, timeZone, scheduled.date)]);
  steps.push(['meet', meet]);
  return steps;
}

/** When the conversation ended, for the steps after it: the meeting, else the thank-you, else the stage change. */
function conversationEnd(person: Person, fallbackZone: string): ConversationEnd {
  if (person.met) return metEndsAt(person.met, fallbackZone);
  const endsAt = person.thanked
    ? startOfDay(person.thanked.sentOn, fallbackZone)
    : instantOf(person.stageChangedAt);
  return { endsAt, opensAt: endsAt, timeZone: fallbackZone };
}

/** What they offered in the latest conversation, while the reader has yet to follow up on it. */
export function openOffer(person: Pick<Person, 'meetings'>): string | undefined {
  const latest = person.meetings.at(-1);
  const offer = latest?.promised.trim();
  return offer && latest?.offerDoneOn === undefined ? offer : undefined;
}

/** Every open step for a person, soonest due first (a step with no date last). */
export function dueSteps(person: Person, context: DueContext): DueStep[] {
  const zone = context.timeZone;
  const timed: [StepKind, StepTiming | undefined][] = [];
  switch (person.stage) {
    case 'to-contact':
      timed.push(['request', undefined]);
      break;
    case 'asked': {
      const { asked } = person;
      if (!asked) break;
      // With no nudge sent by the day a nudge would have had its week to work, the method moves
      // on: a nudge weeks late reads oddly, so the step becomes trying someone else.
      const moveOnUnnudged = addDays(asked.sentOn, NUDGE_AFTER_DAYS + MOVE_ON_AFTER_NUDGE_DAYS);
      if (asked.nudgedOn === undefined && dateIn(context.now, zone) < moveOnUnnudged)
        timed.push(['nudge', dayStep(addDays(asked.sentOn, NUDGE_AFTER_DAYS), zone)]);
      else if (asked.nudgedOn === undefined) timed.push(['move-on', dayStep(moveOnUnnudged, zone)]);
      else
        timed.push(['move-on', dayStep(addDays(asked.nudgedOn, MOVE_ON_AFTER_NUDGE_DAYS), zone)]);
      break;
    }
    case 'scheduled':
      timed.push(...scheduledSteps(person, context));
      break;
    case 'met':
      if (person.met) timed.push(['thank-you', afterConversation(metEndsAt(person.met, zone))]);
      break;
    case 'thanked':
      if (person.thanked)
        timed.push([
          'update',
          dayStep(addDays(person.thanked.sentOn, UPDATE_AFTER_WEEKS * 7), zone),
        ]);
      break;
    default:
      break;
  }
  if (
    person.referredBy &&
    person.referrerToldOn === undefined &&
    (person.stage === 'met' || person.stage === 'thanked' || person.stage === 'keeping-in-touch')
  ) {
    // The guide puts thanking the referrer beside the thank-you, so it shares the thank-you's window.
    timed.push(['tell-referrer', afterConversation(conversationEnd(person, zone))]);
  }
  if (
    openOffer(person) !== undefined &&
    (person.stage === 'met' || person.stage === 'thanked' || person.stage === 'keeping-in-touch')
  ) {
    // The guide has the reader answer an offer in the thank-you, so it shares the thank-you's window.
    timed.push(['offer', afterConversation(conversationEnd(person, zone))]);
  }
  const referrer = referrerName(person, context.peopleById);
  return timed
    .map(([kind, timing]) => ({
      personId: person.id,
      kind,
      label: stepLabel(kind, referrer),
      timing,
    }))
    .sort(bySoonestDue);
}

/** Orders steps by when they are due, steps with no date last; equal ones keep their order. */
export function bySoonestDue(a: Pick<DueStep, 'timing'>, b: Pick<DueStep, 'timing'>): number {
  if (!a.timing || !b.timing) return (a.timing ? 0 : 1) - (b.timing ? 0 : 1);
  return a.timing.dueAt - b.timing.dueAt;
}

/** The person's next step: the soonest due of their open steps, or undefined once the conversation is closed. */
export function nextStep(person: Person, context: DueContext): DueStep | undefined {
  return dueSteps(person, context)[0];
}

/** Where a step stands at `now`: waiting (no date), upcoming, due, or late. */
export function stepStatus(step: Pick<DueStep, 'timing'>, now: Instant): StepStatus {
  const { timing } = step;
  if (!timing) return 'waiting';
  if (now >= timing.lateAt) return 'late';
  if (now >= timing.startsAt) return 'due';
  return 'upcoming';
}
