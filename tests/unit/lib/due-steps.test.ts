import { describe, expect, test } from 'vitest';
import {
  dueSteps,
  nextStep,
  openOffer,
  STEP_COMPLETION,
  STEP_KINDS,
  stepLabel,
  stepStatus,
  type DueContext,
  type StepKind,
} from '../../../src/lib/due-steps';
import {
  CONFIRM_DAYS_BEFORE,
  MOVE_ON_AFTER_NUDGE_DAYS,
  NUDGE_AFTER_DAYS,
  PREPARE_DAYS_BEFORE,
  THANK_YOU_HOURS,
  UPDATE_AFTER_WEEKS,
} from '../../../src/lib/method-rules';
import { HOUR, isoString, type Instant } from '../../../src/lib/time';
import { addDays } from '../../../src/lib/zoned-time';
import type { Person } from '../../../src/schemas/people';
import { at, makeNotes, makePerson } from '../support/people';

const LONDON = 'Europe/London';
const later = (moment: Instant, hours: number) => moment + hours * HOUR;

/** The rules' view of one person at a moment, in London unless a test says otherwise. */
const context = (now: Instant, timeZone = LONDON): DueContext => ({ now, timeZone });

/** The kind and status of each open step. */
function steps(person: Person, now: Instant, timeZone = LONDON): [StepKind, string][] {
  return dueSteps(person, context(now, timeZone)).map((step) => [step.kind, stepStatus(step, now)]);
}

describe('stepLabel', () => {
  test('names every step in the reader’s words, the referrer by name', () => {
    expect(stepLabel('nudge')).toBe('Nudge once');
    expect(stepLabel('move-on')).toBe('Try someone else');
    expect(stepLabel('prepare')).toBe('Prepare your questions');
    expect(stepLabel('confirm')).toBe('Confirm the day before');
    expect(stepLabel('thank-you')).toBe('Send your thank-you');
    expect(stepLabel('update')).toBe('Send a short update');
    expect(stepLabel('tell-referrer', 'Dana')).toBe('Tell Dana how it went');
    expect(stepLabel('offer')).toBe('Follow up on what they offered');
    expect(STEP_KINDS.every((kind) => stepLabel(kind).length > 0)).toBe(true);
  });

  test('says how each step is finished: with its own mark, or by moving the stage on', () => {
    expect(STEP_COMPLETION.nudge).toBe('mark');
    expect(STEP_COMPLETION['tell-referrer']).toBe('mark');
    expect(STEP_COMPLETION.offer).toBe('mark');
    expect(STEP_COMPLETION['thank-you']).toBe('thanked');
    expect(STEP_COMPLETION['move-on']).toBe('no-reply');
  });
});

describe('To contact', () => {
  test('the next step is to write the request, with no date', () => {
    const step = nextStep(makePerson(), context(at('2026-11-20T10:00')));
    expect(step).toMatchObject({ personId: 'alex', kind: 'request', label: 'Write the request' });
    expect(step?.timing).toBeUndefined();
    expect(stepStatus(step!, at('2026-11-20T10:00'))).toBe('waiting');
  });
});

describe('Asked: nudge once, then try someone else', () => {
  const sentOn = '2026-11-20';
  const asked = makePerson({ stage: 'asked', asked: { sentOn, via: 'email' } });
  const nudgeDay = addDays(sentOn, NUDGE_AFTER_DAYS);

  test(`is due ${NUDGE_AFTER_DAYS} days after the request, from the start of that day in the reader’s zone`, () => {
    const step = nextStep(asked, context(at('2026-11-21T10:00')));
    expect(step?.label).toBe('Nudge once');
    expect(step?.timing).toMatchObject({ precision: 'day', timeZone: LONDON });
    expect(isoString(step?.timing?.dueAt ?? NaN)).toBe(`${nudgeDay}T00:00:00.000Z`);
  });

  test('the day before it is upcoming, on the day it is due, the day after it is late', () => {
    expect(steps(asked, at(`${addDays(nudgeDay, -1)}T23:59`))).toEqual([['nudge', 'upcoming']]);
    expect(steps(asked, at(`${nudgeDay}T00:00`))).toEqual([['nudge', 'due']]);
    expect(steps(asked, at(`${nudgeDay}T23:59`))).toEqual([['nudge', 'due']]);
    expect(steps(asked, at(`${addDays(nudgeDay, 1)}T00:00`))).toEqual([['nudge', 'late']]);
  });

  test('counts days in the reader’s own zone: the same moment is due in Auckland, not yet in Los Angeles', () => {
    const moment = at(`${nudgeDay}T02:00`);
    expect(steps(asked, moment, 'Pacific/Auckland')).toEqual([['nudge', 'due']]);
    expect(steps(asked, moment, 'America/Los_Angeles')).toEqual([['nudge', 'upcoming']]);
  });

  test(`after the nudge, "Try someone else" is due ${MOVE_ON_AFTER_NUDGE_DAYS} days later`, () => {
    const nudgedOn = addDays(nudgeDay, 1);
    const nudged = makePerson({ stage: 'asked', asked: { sentOn, via: 'email', nudgedOn } });
    const moveOn = addDays(nudgedOn, MOVE_ON_AFTER_NUDGE_DAYS);
    expect(steps(nudged, at(`${addDays(moveOn, -1)}T12:00`))).toEqual([['move-on', 'upcoming']]);
    expect(steps(nudged, at(`${moveOn}T12:00`))).toEqual([['move-on', 'due']]);
    expect(steps(nudged, at(`${addDays(moveOn, 1)}T12:00`))).toEqual([['move-on', 'late']]);
    expect(nextStep(nudged, context(at(`${moveOn}T12:00`)))?.label).toBe('Try someone else');
  });

  test('never nudged: the late nudge gives way to "Try someone else" when its week is up', () => {
    const moveOn = addDays(nudgeDay, MOVE_ON_AFTER_NUDGE_DAYS);
    expect(steps(asked, at(`${addDays(moveOn, -1)}T23:59`))).toEqual([['nudge', 'late']]);
    expect(steps(asked, at(`${moveOn}T00:00`))).toEqual([['move-on', 'due']]);
    expect(steps(asked, at(`${addDays(moveOn, 20)}T12:00`))).toEqual([['move-on', 'late']]);
  });
});

describe('Scheduled: prepare, confirm the day before, meet, then mark it met', () => {
  const date = '2026-12-10';
  const scheduled = makePerson({
    stage: 'scheduled',
    stageChangedAt: '2026-11-25T10:00:00.000Z',
    scheduled: {
      date,
      time: '14:00',
      timeZone: LONDON,
      minutes: 30,
      format: 'video',
      place: 'https://meet.example.org/abc',
    },
  });
  const prepareDay = addDays(date, -PREPARE_DAYS_BEFORE);
  const confirmDay = addDays(date, -CONFIRM_DAYS_BEFORE);

  test('lists the steps in order, each upcoming well before', () => {
    expect(steps(scheduled, at('2026-11-26T10:00'))).toEqual([
      ['prepare', 'upcoming'],
      ['confirm', 'upcoming'],
      ['meet', 'upcoming'],
    ]);
    expect(nextStep(scheduled, context(at('2026-11-26T10:00')))?.label).toBe(
      'Prepare your questions',
    );
  });

  test(`preparing opens ${PREPARE_DAYS_BEFORE} days before and is late on the day itself`, () => {
    const status = (now: Instant) =>
      steps(scheduled, now).find(([kind]) => kind === 'prepare')?.[1];
    expect(status(at(`${addDays(prepareDay, -1)}T12:00`))).toBe('upcoming');
    expect(status(at(`${prepareDay}T00:00`))).toBe('due');
    expect(status(at(`${addDays(date, -1)}T23:59`))).toBe('due');
    expect(status(at(`${date}T00:00`))).toBe('late');
  });

  test('confirming is due the day before: upcoming two days before, due that day, late on the day', () => {
    const status = (now: Instant) =>
      steps(scheduled, now).find(([kind]) => kind === 'confirm')?.[1];
    expect(status(at(`${addDays(confirmDay, -1)}T12:00`))).toBe('upcoming');
    expect(status(at(`${confirmDay}T09:00`))).toBe('due');
    expect(status(at(`${date}T08:00`))).toBe('late');
  });

  test('on the day the conversation is due at its time; once it starts only meeting is left', () => {
    const morning = dueSteps(scheduled, context(at(`${date}T09:00`)));
    expect(morning.map((step) => step.kind)).toEqual(['prepare', 'confirm', 'meet']);
    expect(morning.at(-1)?.timing?.dueAt).toEqual(at(`${date}T14:00`));
    expect(steps(scheduled, at(`${date}T14:00`))).toEqual([['meet', 'due']]);
    expect(steps(scheduled, at(`${date}T14:29`))).toEqual([['meet', 'due']]);
  });

  test('after it ends, marking it met is due, and late once the thank-you would be due', () => {
    const end = at(`${date}T14:30`);
    expect(steps(scheduled, end)).toEqual([['mark-met', 'due']]);
    expect(steps(scheduled, later(end, THANK_YOU_HOURS.dueWithinHours - 1))).toEqual([
      ['mark-met', 'due'],
    ]);
    expect(steps(scheduled, later(end, THANK_YOU_HOURS.dueWithinHours))).toEqual([
      ['mark-met', 'late'],
    ]);
  });

  test('steps marked done drop out', () => {
    const done = makePerson({
      ...scheduled,
      scheduled: { ...scheduled.scheduled!, preparedOn: prepareDay, confirmedOn: confirmDay },
    });
    expect(steps(done, at(`${confirmDay}T10:00`))).toEqual([['meet', 'upcoming']]);
  });

  test('a meeting agreed the day before needs no confirming', () => {
    const lastMinute = makePerson({ ...scheduled, stageChangedAt: `${confirmDay}T08:00:00.000Z` });
    expect(steps(lastMinute, at(`${confirmDay}T10:00`)).map(([kind]) => kind)).toEqual([
      'prepare',
      'meet',
    ]);
  });

  test('reads the meeting in its own zone, not the reader’s', () => {
    const inNewYork = makePerson({
      ...scheduled,
      scheduled: { ...scheduled.scheduled!, timeZone: 'America/New_York' },
    });
    const meet = dueSteps(inNewYork, context(at('2026-11-26T10:00'))).at(-1);
    // 14:00 in New York in December is 19:00 UTC.
    expect(meet?.timing?.dueAt).toEqual(at(`${date}T19:00`));
    expect(meet?.timing?.timeZone).toBe('America/New_York');
  });

  test('a zone this browser does not know falls back to the reader’s, so dates never go invalid', () => {
    const unknown = makePerson({
      ...scheduled,
      scheduled: { ...scheduled.scheduled!, timeZone: 'Mars/Olympus_Mons' },
    });
    const meet = dueSteps(unknown, context(at('2026-11-26T10:00'))).at(-1);
    expect(meet?.timing?.dueAt).toEqual(at(`${date}T14:00`));
  });
});

describe('Met: send your thank-you', () => {
  const met = makePerson({
    stage: 'met',
    met: { date: '2026-12-10', time: '14:00', timeZone: LONDON, minutes: 30 },
  });
  const end = at('2026-12-10T14:30');

  test(`is due within ${THANK_YOU_HOURS.dueWithinHours} hours of the end and late after ${THANK_YOU_HOURS.lateAfterHours}`, () => {
    const step = nextStep(met, context(end));
    expect(step?.label).toBe('Send your thank-you');
    expect(step?.timing).toMatchObject({
      startsAt: end,
      dueAt: later(end, THANK_YOU_HOURS.dueWithinHours),
      lateAt: later(end, THANK_YOU_HOURS.lateAfterHours),
      precision: 'time',
    });
  });

  test('a day before the deadline it is due, on it still due, after the late point it is late', () => {
    expect(steps(met, later(end, 0))).toEqual([['thank-you', 'due']]);
    expect(steps(met, later(end, THANK_YOU_HOURS.dueWithinHours))).toEqual([['thank-you', 'due']]);
    expect(steps(met, later(end, THANK_YOU_HOURS.lateAfterHours - 1))).toEqual([
      ['thank-you', 'due'],
    ]);
    expect(steps(met, later(end, THANK_YOU_HOURS.lateAfterHours))).toEqual([['thank-you', 'late']]);
  });

  test('without a time noted, it can be sent that day and is due a day after the day ends', () => {
    const noTime = makePerson({ stage: 'met', met: { date: '2026-12-10', timeZone: LONDON } });
    expect(nextStep(noTime, context(end))?.timing).toMatchObject({
      startsAt: at('2026-12-10T00:00'),
      dueAt: later(at('2026-12-11T00:00'), THANK_YOU_HOURS.dueWithinHours),
      lateAt: later(at('2026-12-11T00:00'), THANK_YOU_HOURS.lateAfterHours),
    });
    expect(steps(noTime, end)).toEqual([['thank-you', 'due']]);
  });

  test('a time without a length counts the longest request’s length', () => {
    const noLength = makePerson({
      stage: 'met',
      met: { date: '2026-12-10', time: '14:00', timeZone: LONDON },
    });
    expect(nextStep(noLength, context(end))?.timing?.startsAt).toEqual(at('2026-12-10T14:30'));
  });
});

describe('Met through a referral: tell the referrer how it went', () => {
  const referred = makePerson({
    stage: 'met',
    referredBy: { personId: 'dana', name: 'Dana' },
    met: { date: '2026-12-10', time: '14:00', timeZone: LONDON, minutes: 30 },
  });
  const end = at('2026-12-10T14:30');

  test('is due with the thank-you, named after the referrer as the list knows them now', () => {
    const found = dueSteps(referred, {
      ...context(end),
      peopleById: new Map([['dana', { name: 'Dana Ortiz' }]]),
    });
    expect(found.map((step) => step.label)).toEqual([
      'Send your thank-you',
      'Tell Dana Ortiz how it went',
    ]);
    expect(found[1]?.timing?.dueAt).toEqual(later(end, THANK_YOU_HOURS.dueWithinHours));
  });

  test('uses the name kept on the person when the referrer is not in the list', () => {
    expect(dueSteps(referred, context(end)).at(-1)?.label).toBe('Tell Dana how it went');
  });

  test('stays open after the thank-you and drops out once done', () => {
    const thanked = makePerson({
      ...referred,
      stage: 'thanked',
      thanked: { sentOn: '2026-12-11' },
    });
    expect(steps(thanked, later(end, 1)).map(([kind]) => kind)).toEqual([
      'tell-referrer',
      'update',
    ]);
    const told = makePerson({ ...thanked, referrerToldOn: '2026-12-11' });
    expect(steps(told, later(end, 1)).map(([kind]) => kind)).toEqual(['update']);
  });

  test('without a meeting noted, counts from the day of the thank-you', () => {
    const thankedOnly = makePerson({
      stage: 'thanked',
      referredBy: { name: 'Dana' },
      thanked: { sentOn: '2026-12-11' },
    });
    const step = dueSteps(thankedOnly, context(at('2026-12-11T10:00'))).find(
      (found) => found.kind === 'tell-referrer',
    );
    expect(step?.timing?.startsAt).toEqual(at('2026-12-11T00:00'));
  });

  test('is still asked for when keeping in touch, even with no meeting noted', () => {
    const keeping = makePerson({
      ...referred,
      stage: 'keeping-in-touch',
      stageChangedAt: '2026-12-20T10:00:00.000Z',
    });
    delete keeping.met;
    const step = nextStep(keeping, context(at('2026-12-20T11:00')));
    expect(step?.kind).toBe('tell-referrer');
    expect(step?.timing?.startsAt).toEqual(at('2026-12-20T10:00'));
  });
});

describe('openOffer', () => {
  test('is what the latest notes say they offered, trimmed, until it is followed up', () => {
    const offered = makePerson({
      meetings: [
        makeNotes({ id: 'n1', promised: 'An article on triage' }),
        makeNotes({ id: 'n2', promised: '  Intro to their manager, Sam \n' }),
      ],
    });
    expect(openOffer(offered)).toBe('Intro to their manager, Sam');
    const done = makePerson({
      meetings: [makeNotes({ promised: 'Intro to Sam', offerDoneOn: '2026-12-11' })],
    });
    expect(openOffer(done)).toBeUndefined();
    expect(openOffer(makePerson({ meetings: [makeNotes({ promised: '  ' })] }))).toBeUndefined();
    expect(openOffer(makePerson({ meetings: [] }))).toBeUndefined();
  });

  test('only the latest notes count: an older offer left open is not asked for again', () => {
    const person = makePerson({
      meetings: [
        makeNotes({ id: 'n1', promised: 'An article on triage' }),
        makeNotes({ id: 'n2', date: '2027-01-10' }),
      ],
    });
    expect(openOffer(person)).toBeUndefined();
  });
});

describe('Met, with something they offered: follow up on it', () => {
  const end = at('2026-12-10T14:30');
  const offered = makePerson({
    stage: 'met',
    met: { date: '2026-12-10', time: '14:00', timeZone: LONDON, minutes: 30 },
    meetings: [makeNotes({ promised: 'Intro to their manager, Sam' })],
  });

  test('is due with the thank-you, after it, and late when the thank-you is', () => {
    const found = dueSteps(offered, context(end));
    expect(found.map((step) => step.label)).toEqual([
      'Send your thank-you',
      'Follow up on what they offered',
    ]);
    expect(found[1]?.timing).toEqual(found[0]?.timing);
    expect(steps(offered, later(end, THANK_YOU_HOURS.lateAfterHours))).toEqual([
      ['thank-you', 'late'],
      ['offer', 'late'],
    ]);
  });

  test('stays open after the thank-you and while keeping in touch, and drops out once done', () => {
    const thanked = makePerson({ ...offered, stage: 'thanked', thanked: { sentOn: '2026-12-11' } });
    expect(steps(thanked, later(end, 1)).map(([kind]) => kind)).toEqual(['offer', 'update']);
    const keeping = makePerson({ ...thanked, stage: 'keeping-in-touch' });
    expect(steps(keeping, later(end, 1)).map(([kind]) => kind)).toEqual(['offer']);
    const done = makePerson({
      ...thanked,
      meetings: [makeNotes({ promised: 'Intro to their manager, Sam', offerDoneOn: '2026-12-11' })],
    });
    expect(steps(done, later(end, 1)).map(([kind]) => kind)).toEqual(['update']);
  });

  test('is not asked for before the conversation or once it is closed', () => {
    for (const stage of ['scheduled', 'closed', 'declined'] as const)
      expect(steps(makePerson({ ...offered, stage }), later(end, 1))).not.toContainEqual(
        expect.arrayContaining(['offer']),
      );
  });
});

describe('Thanked: send a short update a few weeks later', () => {
  const sentOn = '2026-12-11';
  const thanked = makePerson({
    stage: 'thanked',
    met: { date: '2026-12-10', timeZone: LONDON },
    thanked: { sentOn },
  });
  const updateDay = addDays(sentOn, UPDATE_AFTER_WEEKS * 7);

  test(`is due ${UPDATE_AFTER_WEEKS} weeks after the thank-you: upcoming the day before, due on the day, late after`, () => {
    expect(nextStep(thanked, context(at('2026-12-12T10:00')))?.label).toBe('Send a short update');
    expect(steps(thanked, at(`${addDays(updateDay, -1)}T12:00`))).toEqual([['update', 'upcoming']]);
    expect(steps(thanked, at(`${updateDay}T12:00`))).toEqual([['update', 'due']]);
    expect(steps(thanked, at(`${addDays(updateDay, 1)}T12:00`))).toEqual([['update', 'late']]);
  });
});

describe('stages with nothing to do', () => {
  test.each(['keeping-in-touch', 'no-reply', 'declined', 'closed'] as const)(
    '%s has no open step (and no referrer waiting)',
    (stage) => {
      expect(dueSteps(makePerson({ stage }), context(at('2026-12-01T10:00')))).toEqual([]);
      expect(nextStep(makePerson({ stage }), context(at('2026-12-01T10:00')))).toBeUndefined();
    },
  );
});
