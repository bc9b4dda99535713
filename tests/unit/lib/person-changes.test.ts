import { describe, expect, test } from 'vitest';
import { instantOf, isoString } from '../../../src/lib/time';
import {
  addMeetingNotes,
  changeStage,
  checkPersonInput,
  personInputProblems,
  editMeetingNotes,
  editPerson,
  historyDate,
  historyTime,
  linkQuestionList,
  markStepDone,
  newPerson,
  personFromSuggestion,
  unmarkStep,
  stageDefaults,
  type MeetingNotesInput,
  type PersonChange,
  type StageChange,
} from '../../../src/lib/person-changes';
import { REQUEST_MINUTES } from '../../../src/lib/method-rules';
import { personSchema, PERSON_TEXT_LIMITS, type Person } from '../../../src/schemas/people';
import { check } from '../../../src/schemas/validate';
import { makeNotes, makePerson } from '../support/people';

const now = instantOf('2026-11-21T10:00:00.000Z');
const later = instantOf('2026-11-22T10:00:00.000Z');

/** The person a change gave, failing the test if it was refused. */
function ok(result: PersonChange): Person {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  // Every change must leave a person the store can save and read back.
  expect(check(personSchema, result.person).success).toBe(true);
  return result.person;
}

/** The last line of a person's history. */
const lastLine = (person: Person) => person.history.at(-1);

describe('historyTime', () => {
  test('writes a time of day on the 12-hour clock, as the page shows times', () => {
    expect(historyTime('14:00')).toBe('2:00 PM');
    expect(historyTime('09:05')).toBe('9:05 AM');
    expect(historyTime('00:00')).toBe('12:00 AM');
    expect(historyTime('12:30')).toBe('12:30 PM');
  });
});

describe('historyDate', () => {
  test('writes the day as picked, in US English', () => {
    expect(historyDate('2026-11-20')).toBe('Nov 20, 2026');
  });
});

describe('newPerson', () => {
  test('adds someone at To contact with the details tidied and a first history line', () => {
    const person = ok(
      newPerson(
        { name: '  Alex Chen ', role: ' Nurse ', email: ' alex@example.org ', notes: ' as typed ' },
        { id: 'p1', now },
      ),
    );
    expect(person).toMatchObject({
      id: 'p1',
      name: 'Alex Chen',
      role: 'Nurse',
      organization: '',
      email: 'alex@example.org',
      warmth: 'cold',
      notes: ' as typed ',
      stage: 'to-contact',
      createdAt: isoString(now),
      updatedAt: isoString(now),
      stageChangedAt: isoString(now),
    });
    expect(person.history).toEqual([{ at: isoString(now), text: 'Added (To contact)' }]);
  });

  test('makes someone referred warm unless told otherwise, and says who referred them', () => {
    const person = ok(newPerson({ name: 'Jo', referredBy: { name: ' Dana ' } }, { id: 'p2', now }));
    expect(person.warmth).toBe('warm');
    expect(person.referredBy).toEqual({ name: 'Dana' });
    expect(lastLine(person)?.text).toBe('Added, referred by Dana (To contact)');
    const hot = ok(
      newPerson(
        { name: 'Jo', warmth: 'hot', referredBy: { personId: 'd', name: 'Dana' } },
        { id: 'p3', now },
      ),
    );
    expect(hot).toMatchObject({ warmth: 'hot', referredBy: { personId: 'd', name: 'Dana' } });
  });

  test('refuses a person with no name', () => {
    expect(newPerson({ name: '   ' }, { id: 'p', now })).toMatchObject({
      ok: false,
      field: 'name',
    });
  });

  test('checks the email for shape only, and accepts it empty', () => {
    for (const bad of ['alex', 'alex@', 'alex@example', 'a b@example.org', 'alex@@example.org'])
      expect(newPerson({ name: 'A', email: bad }, { id: 'p', now })).toMatchObject({
        ok: false,
        field: 'email',
      });
    for (const good of ['', 'alex.chen+kit@mail.example.co.uk'])
      expect(newPerson({ name: 'A', email: good }, { id: 'p', now }).ok).toBe(true);
  });

  test('refuses text past its limit instead of cutting it', () => {
    const long = 'x'.repeat(PERSON_TEXT_LIMITS.name + 1);
    const result = newPerson({ name: long }, { id: 'p', now });
    expect(result).toMatchObject({ ok: false, field: 'name' });
    expect(!result.ok && result.message).toMatch(/Nothing was changed/);
    expect(
      newPerson({ name: 'A', notes: 'n'.repeat(PERSON_TEXT_LIMITS.notes + 1) }, { id: 'p', now }),
    ).toMatchObject({ ok: false, field: 'notes' });
    expect(newPerson({ name: 'A', referredBy: { name: '  ' } }, { id: 'p', now })).toMatchObject({
      ok: false,
      field: 'referredBy',
    });
    expect(newPerson({ name: 'A', referredBy: { name: long } }, { id: 'p', now })).toMatchObject({
      ok: false,
      field: 'referredBy',
    });
  });

  test('keeps markup typed in any field as plain text', () => {
    const markup = '<script>alert("hi")</script><b>Bold</b> & co';
    const person = ok(
      newPerson(
        { name: markup, role: markup, organization: markup, foundVia: markup, notes: markup },
        { id: 'p', now },
      ),
    );
    expect(person.name).toBe(markup);
    expect(person.notes).toBe(markup);
    const again = ok(editPerson(person, { referredBy: { name: markup } }, later));
    expect(lastLine(again)?.text).toBe(`Changed who referred you to ${markup}`);
  });
});

describe('personInputProblems', () => {
  test('lists every problem, each with its field, and none for good details', () => {
    expect(
      personInputProblems({
        name: ' ',
        email: 'bad',
        role: 'r'.repeat(PERSON_TEXT_LIMITS.field + 1),
      }).map((problem) => problem.field),
    ).toEqual(['role', 'name', 'email']);
    expect(personInputProblems({ name: 'Sam', email: 'sam@example.org' })).toEqual([]);
    // The first is the one checkPersonInput gives.
    expect(checkPersonInput({ name: ' ', email: 'bad' })).toMatchObject({ field: 'name' });
  });
});

describe('checkPersonInput', () => {
  test('passes only what was given, tidied', () => {
    expect(checkPersonInput({ organization: ' Acme ' })).toEqual({
      ok: true,
      value: { organization: 'Acme' },
    });
  });
});

describe('editPerson', () => {
  const person = makePerson();

  test('changes the details, stamps the change and names each change in the history', () => {
    const edited = ok(
      editPerson(person, { role: 'Charge nurse', organization: '', warmth: 'warm' }, later),
    );
    expect(edited).toMatchObject({ role: 'Charge nurse', organization: '', warmth: 'warm' });
    expect(edited.updatedAt).toBe(isoString(later));
    expect(lastLine(edited)).toEqual({
      at: isoString(later),
      text: 'Changed role to “Charge nurse”; organization (none); how you know them to warm',
    });
    expect(edited.history).toHaveLength(person.history.length + 1);
  });

  test('describes notes, email and where you found them without quoting long text', () => {
    const edited = ok(
      editPerson(person, { notes: 'Long notes…', email: '', foundVia: 'a conference' }, later),
    );
    expect(lastLine(edited)?.text).toBe(
      'Changed the notes; email (none); where you found them to “a conference”',
    );
    const again = ok(editPerson(edited, { email: 'a@b.org', foundVia: '' }, later));
    expect(lastLine(again)?.text).toBe('Changed email to a@b.org; where you found them (none)');
  });

  test('sets and clears who referred them, but never to themselves', () => {
    const referred = ok(
      editPerson(person, { referredBy: { personId: 'dana', name: 'Dana' } }, now),
    );
    expect(referred.referredBy).toEqual({ personId: 'dana', name: 'Dana' });
    const cleared = ok(editPerson(referred, { referredBy: undefined }, later));
    expect(cleared.referredBy).toBeUndefined();
    expect(lastLine(cleared)?.text).toBe('Changed who referred you (none)');
    expect(
      editPerson(person, { referredBy: { personId: person.id, name: person.name } }, later),
    ).toMatchObject({ ok: false, field: 'referredBy' });
  });

  test('changes nothing (not even the stamp) when nothing changed', () => {
    const result = editPerson(person, { name: ' Alex Chen ', role: 'Nurse' }, later);
    expect(result).toEqual({ ok: true, person });
  });

  test('refuses a bad change and keeps the person as they were', () => {
    expect(editPerson(person, { name: '' }, later)).toMatchObject({ ok: false, field: 'name' });
  });
});

describe('changeStage', () => {
  const person = makePerson();

  test('records the request with its date and how it was sent', () => {
    const asked = ok(
      changeStage(person, { stage: 'asked', sentOn: '2026-11-20', via: 'linkedin' }, now),
    );
    expect(asked).toMatchObject({
      stage: 'asked',
      stageChangedAt: isoString(now),
      updatedAt: isoString(now),
      asked: { sentOn: '2026-11-20', via: 'linkedin' },
    });
    expect(lastLine(asked)?.text).toBe('Asked on LinkedIn, sent Nov 20, 2026');
    expect(
      lastLine(
        ok(changeStage(person, { stage: 'asked', sentOn: '2026-11-20', via: 'in-person' }, now)),
      )?.text,
    ).toBe('Asked in person, sent Nov 20, 2026');
  });

  test('schedules with date, time, zone, length, format and place, and says when rescheduled', () => {
    const scheduled = ok(
      changeStage(
        person,
        {
          stage: 'scheduled',
          date: '2026-12-10',
          time: '14:00',
          timeZone: 'Europe/London',
          minutes: 30,
          format: 'video',
          place: ' https://meet.example.org/abc ',
        },
        now,
      ),
    );
    expect(scheduled.scheduled).toEqual({
      date: '2026-12-10',
      time: '14:00',
      timeZone: 'Europe/London',
      minutes: 30,
      format: 'video',
      place: 'https://meet.example.org/abc',
    });
    expect(lastLine(scheduled)?.text).toBe(
      'Scheduled a video call on Dec 10, 2026 at 2:00 PM (Europe/London), 30 minutes',
    );
    const prepared = ok(markStepDone(scheduled, 'prepare', '2026-12-07', later));
    const confirmed = ok(markStepDone(prepared, 'confirm', '2026-12-09', later));
    const moved = ok(
      changeStage(
        confirmed,
        {
          stage: 'scheduled',
          date: '2026-12-10',
          time: '15:00',
          timeZone: 'Europe/London',
          minutes: 30,
          format: 'in-person',
          place: 'Café',
        },
        later,
      ),
    );
    expect(lastLine(moved)?.text).toBe(
      'Rescheduled the meeting in person on Dec 10, 2026 at 3:00 PM (Europe/London), 30 minutes',
    );
    // Prepared questions stay prepared; a confirmation of the old time does not carry over.
    expect(moved.scheduled).toMatchObject({ preparedOn: '2026-12-07', place: 'Café' });
    expect(moved.scheduled?.confirmedOn).toBeUndefined();
  });

  test('refuses a schedule with a bad day, time, zone, length or an over-long place', () => {
    const base = {
      stage: 'scheduled' as const,
      date: '2026-12-10',
      time: '14:00',
      timeZone: 'Europe/London',
      minutes: 30,
      format: 'phone' as const,
      place: '',
    };
    expect(changeStage(person, { ...base, date: '2026-02-30' }, now)).toMatchObject({
      field: 'date',
    });
    expect(changeStage(person, { ...base, time: '25:00' }, now)).toMatchObject({
      field: 'time',
      // The time field shows the US clock, so the example does too.
      message: 'Pick the time it starts, like 2:30 PM.',
    });
    expect(changeStage(person, { ...base, timeZone: 'Mars/Base' }, now)).toMatchObject({
      field: 'timeZone',
    });
    expect(changeStage(person, { ...base, minutes: 2 }, now)).toMatchObject({ field: 'minutes' });
    expect(changeStage(person, { ...base, minutes: 30.5 }, now)).toMatchObject({
      field: 'minutes',
    });
    expect(
      changeStage(person, { ...base, place: 'p'.repeat(PERSON_TEXT_LIMITS.place + 1) }, now),
    ).toMatchObject({ field: 'place' });
  });

  test('records the meeting, the thank-you and the update with their days', () => {
    const met = ok(
      changeStage(
        person,
        {
          stage: 'met',
          date: '2026-11-10',
          time: '14:00',
          timeZone: 'America/New_York',
          minutes: 25,
        },
        now,
      ),
    );
    expect(met.met).toEqual({
      date: '2026-11-10',
      time: '14:00',
      timeZone: 'America/New_York',
      minutes: 25,
    });
    // The time says whose clock it is on, by the zone's name as the page shows it.
    expect(lastLine(met)?.text).toBe('Met on Nov 10, 2026 at 2:00 PM (America/New York)');
    const thanked = ok(changeStage(met, { stage: 'thanked', sentOn: '2026-11-11' }, now));
    expect(lastLine(thanked)?.text).toBe('Thank-you sent Nov 11, 2026');
    const keeping = ok(
      changeStage(thanked, { stage: 'keeping-in-touch', sentOn: '2026-11-20' }, now),
    );
    expect(keeping.updated).toEqual({ sentOn: '2026-11-20' });
    expect(lastLine(keeping)?.text).toBe('Keeping in touch: update sent Nov 20, 2026');
    const plain = ok(changeStage(person, { stage: 'keeping-in-touch' }, now));
    expect(lastLine(plain)?.text).toBe('Keeping in touch');
    const metNoTime = ok(
      changeStage(person, { stage: 'met', date: '2026-11-10', timeZone: 'UTC' }, now),
    );
    expect(lastLine(metNoTime)?.text).toBe('Met on Nov 10, 2026');
  });

  test('refuses each stage’s bad dates', () => {
    expect(
      changeStage(person, { stage: 'asked', sentOn: 'soon', via: 'email' }, now),
    ).toMatchObject({ field: 'sentOn' });
    expect(
      changeStage(person, { stage: 'met', date: '2026-13-01', timeZone: 'UTC' }, now),
    ).toMatchObject({ field: 'date' });
    expect(
      changeStage(person, { stage: 'met', date: '2026-12-01', timeZone: 'Nope' }, now),
    ).toMatchObject({ field: 'timeZone' });
    expect(changeStage(person, { stage: 'thanked', sentOn: '' }, now)).toMatchObject({
      field: 'sentOn',
    });
    expect(changeStage(person, { stage: 'keeping-in-touch', sentOn: 'x' }, now)).toMatchObject({
      field: 'sentOn',
    });
  });

  test('closes with No reply (after one nudge), Declined or Closed', () => {
    const asked = ok(
      changeStage(person, { stage: 'asked', sentOn: '2026-11-01', via: 'email' }, now),
    );
    expect(lastLine(ok(changeStage(asked, { stage: 'no-reply' }, now)))?.text).toBe(
      'No reply: closed',
    );
    const nudged = ok(markStepDone(asked, 'nudge', '2026-11-08', now));
    expect(lastLine(ok(changeStage(nudged, { stage: 'no-reply' }, later)))?.text).toBe(
      'No reply: closed after one nudge',
    );
    expect(lastLine(ok(changeStage(asked, { stage: 'declined' }, now)))?.text).toBe('Declined');
    expect(lastLine(ok(changeStage(asked, { stage: 'closed' }, now)))?.text).toBe('Closed');
  });

  test('moves back a stage, says so, and keeps the details typed for the later stage', () => {
    const met = ok(changeStage(person, { stage: 'met', date: '2026-11-10', timeZone: 'UTC' }, now));
    const back = ok(
      changeStage(met, { stage: 'asked', sentOn: '2026-11-20', via: 'email' }, later),
    );
    expect(back.stage).toBe('asked');
    expect(back.met).toEqual(met.met);
    expect(lastLine(back)?.text).toBe('Moved back to Asked: Asked by email, sent Nov 20, 2026');
    expect(back.history).toHaveLength(person.history.length + 2);
    // Reopening a closed conversation is not a move back.
    const declined = ok(changeStage(person, { stage: 'declined' }, now));
    expect(lastLine(ok(changeStage(declined, { stage: 'to-contact' }, later)))?.text).toBe(
      'To contact',
    );
  });

  test('asking again on another day forgets the old nudge; the same request keeps it', () => {
    const asked = ok(
      changeStage(person, { stage: 'asked', sentOn: '2026-11-01', via: 'email' }, now),
    );
    const nudged = ok(markStepDone(asked, 'nudge', '2026-11-08', now));
    const same = ok(
      changeStage(nudged, { stage: 'asked', sentOn: '2026-11-01', via: 'phone' }, later),
    );
    expect(same.asked).toEqual({ sentOn: '2026-11-01', via: 'phone', nudgedOn: '2026-11-08' });
    const again = ok(
      changeStage(nudged, { stage: 'asked', sentOn: '2026-11-15', via: 'email' }, later),
    );
    expect(again.asked?.nudgedOn).toBeUndefined();
  });

  test('refuses a day still to come for what has happened, and a thank-you before the conversation', () => {
    const refusal = (change: StageChange, on = person) => changeStage(on, change, now);
    expect(refusal({ stage: 'asked', sentOn: '2026-11-22', via: 'email' })).toMatchObject({
      ok: false,
      field: 'sentOn',
      message: 'That day is still to come: pick the day you sent the request.',
    });
    expect(refusal({ stage: 'met', date: '2026-11-23', timeZone: 'UTC' })).toMatchObject({
      field: 'date',
    });
    expect(refusal({ stage: 'keeping-in-touch', sentOn: '2026-12-01' })).toMatchObject({
      field: 'sentOn',
    });
    const met = ok(refusal({ stage: 'met', date: '2026-11-19', timeZone: 'UTC' }));
    expect(refusal({ stage: 'thanked', sentOn: '2026-11-22' }, met)).toMatchObject({
      field: 'sentOn',
    });
    expect(refusal({ stage: 'thanked', sentOn: '2026-11-18' }, met)).toMatchObject({
      field: 'sentOn',
      message: 'A thank-you comes after the conversation: pick Nov 19, 2026 or later.',
    });
    // Today itself is fine, in the reader's day.
    expect(refusal({ stage: 'thanked', sentOn: '2026-11-21' }, met)).toMatchObject({ ok: true });
  });

  test('refuses a conversation scheduled or had before the request that asked for it', () => {
    const asked = ok(
      changeStage(person, { stage: 'asked', sentOn: '2026-11-10', via: 'email' }, now),
    );
    const before = {
      ok: false,
      field: 'date',
      message: 'That’s before you asked them, on Nov 10, 2026: pick that day or later.',
    };
    expect(
      changeStage(asked, { stage: 'met', date: '2026-11-05', timeZone: 'UTC' }, now),
    ).toMatchObject(before);
    const call = {
      stage: 'scheduled' as const,
      date: '2026-11-09',
      time: '10:00',
      timeZone: 'UTC',
      minutes: 30,
      format: 'video' as const,
      place: '',
    };
    expect(changeStage(asked, call, now)).toMatchObject(before);
    expect(changeStage(asked, { ...call, date: '2026-11-10' }, now)).toMatchObject({ ok: true });
    // Never asked (met by chance, say): any past day will do.
    expect(
      changeStage(person, { stage: 'met', date: '2026-11-05', timeZone: 'UTC' }, now),
    ).toMatchObject({
      ok: true,
    });
  });

  test('the same stage with the same details changes nothing', () => {
    const asked = ok(
      changeStage(person, { stage: 'asked', sentOn: '2026-11-01', via: 'email' }, now),
    );
    expect(
      changeStage(asked, { stage: 'asked', sentOn: '2026-11-01', via: 'email' }, later),
    ).toEqual({
      ok: true,
      person: asked,
    });
  });
});

describe('stageDefaults', () => {
  const today = '2026-11-21';
  const timeZone = 'Europe/London';

  test('offers today and the usual choices for a stage not filled in before', () => {
    const person = makePerson();
    expect(stageDefaults(person, 'asked', { today, timeZone })).toEqual({
      stage: 'asked',
      sentOn: today,
      via: 'email',
    });
    expect(stageDefaults(person, 'scheduled', { today, timeZone })).toMatchObject({
      date: today,
      timeZone,
      minutes: REQUEST_MINUTES.max,
    });
    expect(stageDefaults(person, 'met', { today, timeZone })).toEqual({
      stage: 'met',
      date: today,
      timeZone,
    });
    expect(stageDefaults(person, 'thanked', { today, timeZone })).toEqual({
      stage: 'thanked',
      sentOn: today,
    });
    expect(stageDefaults(person, 'keeping-in-touch', { today, timeZone })).toEqual({
      stage: 'keeping-in-touch',
      sentOn: today,
    });
    expect(stageDefaults(person, 'declined', { today, timeZone })).toEqual({ stage: 'declined' });
  });

  test('offers what was saved before, and the scheduled time when marking it met', () => {
    const scheduled = makePerson({
      stage: 'scheduled',
      asked: { sentOn: '2026-11-02', via: 'phone' },
      scheduled: {
        date: '2026-12-10',
        time: '14:00',
        timeZone: 'Asia/Tokyo',
        minutes: 20,
        format: 'phone',
        place: '',
      },
    });
    expect(stageDefaults(scheduled, 'asked', { today, timeZone })).toMatchObject({
      sentOn: '2026-11-02',
      via: 'phone',
    });
    expect(stageDefaults(scheduled, 'scheduled', { today, timeZone })).toMatchObject({
      timeZone: 'Asia/Tokyo',
      minutes: 20,
    });
    // Marked met before its day has come, it starts on today.
    expect(stageDefaults(scheduled, 'met', { today, timeZone })).toEqual({
      stage: 'met',
      date: today,
      time: '14:00',
      timeZone: 'Asia/Tokyo',
      minutes: 20,
    });
    const past = makePerson({
      ...scheduled,
      scheduled: { ...scheduled.scheduled!, date: '2026-11-10' },
    });
    expect(stageDefaults(past, 'met', { today, timeZone })).toMatchObject({ date: '2026-11-10' });
    const met = makePerson({ ...scheduled, met: { date: '2026-12-11', timeZone: 'UTC' } });
    expect(stageDefaults(met, 'met', { today, timeZone })).toEqual({
      stage: 'met',
      date: '2026-12-11',
      timeZone: 'UTC',
    });
  });
});

describe('markStepDone', () => {
  test('marks each step done only in the stage that has it', () => {
    const person = makePerson();
    expect(markStepDone(person, 'nudge', '2026-11-28', now)).toMatchObject({ ok: false });
    expect(markStepDone(person, 'prepare', '2026-11-28', now)).toMatchObject({ ok: false });
    expect(markStepDone(person, 'confirm', '2026-11-28', now)).toMatchObject({ ok: false });
    expect(markStepDone(person, 'tell-referrer', '2026-11-28', now)).toMatchObject({ ok: false });
    expect(markStepDone(person, 'nudge', 'tomorrow', now)).toMatchObject({ field: 'on' });
  });

  test('follows up on the latest offer, dated on those notes, with a line in the history', () => {
    const offered = makePerson({
      stage: 'thanked',
      thanked: { sentOn: '2026-12-11' },
      meetings: [
        makeNotes({ id: 'n1', promised: 'An article' }),
        makeNotes({ id: 'n2', promised: 'Intro to Sam' }),
      ],
    });
    const done = ok(markStepDone(offered, 'offer', '2026-12-12', now));
    expect(done.meetings.map((notes) => notes.offerDoneOn)).toEqual([undefined, '2026-12-12']);
    expect(done.meetings[1]?.updatedAt).toBe(offered.meetings[1]?.updatedAt);
    expect(lastLine(done)?.text).toBe('Followed up on what they offered, Dec 12, 2026');
    expect(markStepDone(done, 'offer', '2026-12-13', now)).toMatchObject({ ok: false });
    expect(markStepDone(makePerson(), 'offer', '2026-12-13', now)).toMatchObject({ ok: false });
  });

  test('takes back each mark, leaving everything else as it was, and says so', () => {
    const asked = makePerson({
      stage: 'asked',
      asked: { sentOn: '2026-11-01', via: 'email', nudgedOn: '2026-11-08' },
      referredBy: { name: 'Dana' },
      referrerToldOn: '2026-11-09',
      meetings: [makeNotes({ promised: 'An intro', offerDoneOn: '2026-11-10' })],
    });
    const nudge = ok(unmarkStep(asked, 'nudge', 'Nudge once', now));
    expect(nudge.asked).toEqual({ sentOn: '2026-11-01', via: 'email' });
    expect(lastLine(nudge)?.text).toBe('Marked not done: Nudge once');
    expect('referrerToldOn' in ok(unmarkStep(asked, 'tell-referrer', 'Tell Dana', now))).toBe(
      false,
    );
    expect(ok(unmarkStep(asked, 'offer', 'Follow up', now)).meetings[0]).not.toHaveProperty(
      'offerDoneOn',
    );
    const scheduled = makePerson({
      stage: 'scheduled',
      scheduled: {
        date: '2026-12-01',
        time: '10:00',
        timeZone: 'UTC',
        minutes: 30,
        format: 'video',
        place: '',
        preparedOn: '2026-11-28',
        confirmedOn: '2026-11-30',
      },
    });
    expect(ok(unmarkStep(scheduled, 'prepare', 'Prepare', now)).scheduled).not.toHaveProperty(
      'preparedOn',
    );
    expect(ok(unmarkStep(scheduled, 'confirm', 'Confirm', now)).scheduled).toMatchObject({
      preparedOn: '2026-11-28',
    });
    // Not marked (another tab took it back first): refused.
    expect(unmarkStep(nudge, 'nudge', 'Nudge once', now)).toMatchObject({ ok: false });
    expect(unmarkStep(makePerson(), 'prepare', 'Prepare', now)).toMatchObject({ ok: false });
  });

  test('tells the referrer and says so by name', () => {
    const referred = makePerson({ referredBy: { name: 'Dana' }, stage: 'keeping-in-touch' });
    const told = ok(markStepDone(referred, 'tell-referrer', '2026-12-12', now));
    expect(told.referrerToldOn).toBe('2026-12-12');
    expect(lastLine(told)?.text).toBe('Told Dana how it went, Dec 12, 2026');
  });

  test('writes a dated line for the nudge, the preparation and the confirmation', () => {
    const asked = makePerson({ stage: 'asked', asked: { sentOn: '2026-11-01', via: 'email' } });
    expect(lastLine(ok(markStepDone(asked, 'nudge', '2026-11-08', now)))?.text).toBe(
      'Nudged once, Nov 8, 2026',
    );
    const scheduled = makePerson({
      stage: 'scheduled',
      scheduled: {
        date: '2026-12-10',
        time: '14:00',
        timeZone: 'UTC',
        minutes: 30,
        format: 'video',
        place: '',
      },
    });
    expect(lastLine(ok(markStepDone(scheduled, 'prepare', '2026-12-07', now)))?.text).toBe(
      'Questions prepared, Dec 7, 2026',
    );
    expect(lastLine(ok(markStepDone(scheduled, 'confirm', '2026-12-09', now)))?.text).toBe(
      'Confirmed the time, Dec 9, 2026',
    );
  });
});

describe('meeting notes', () => {
  let counter = 0;
  const makeId = () => `name-${++counter}`;
  const input: MeetingNotesInput = {
    date: '2026-12-10',
    heard: { present: 'Busy wards', advice: '- Volunteer first\n- Talk to Sam' },
    remember: ['  Volunteer first ', '', 'Night shifts are hard'],
    promised: 'My CV',
    suggested: [
      { name: ' Sam Park ', note: ' runs the clinic ' },
      { name: 'Priya Das' },
      { name: '  ', note: '  ' },
    ],
  };

  test('adds notes with every part of the conversation, three things at most, and suggested names', () => {
    const person = ok(addMeetingNotes(makePerson(), input, { id: 'notes-1', now, makeId }));
    const notes = person.meetings[0];
    expect(notes).toMatchObject({
      id: 'notes-1',
      date: '2026-12-10',
      heard: {
        present: 'Busy wards',
        past: '',
        future: '',
        advice: '- Volunteer first\n- Talk to Sam',
      },
      remember: ['Volunteer first', 'Night shifts are hard'],
      promised: 'My CV',
      createdAt: isoString(now),
    });
    expect(notes?.suggested.map(({ name, note }) => ({ name, note }))).toEqual([
      { name: 'Sam Park', note: 'runs the clinic' },
      { name: 'Priya Das', note: '' },
    ]);
    expect(lastLine(person)?.text).toBe(
      'Wrote notes on the conversation of Dec 10, 2026 (2 names suggested)',
    );
  });

  test('refuses notes with nothing written in them, blank lines and spaces included', () => {
    const blank = {
      date: '2026-12-10',
      heard: { present: '  ', advice: '\n' },
      remember: ['', ' '],
      promised: ' ',
      suggested: [{ name: ' ', note: '' }],
    };
    expect(addMeetingNotes(makePerson(), blank, { id: 'n', now, makeId })).toMatchObject({
      ok: false,
      field: 'heard.present',
      message:
        'Write down something from the conversation first: what they said, a point to remember, or a name.',
    });
    expect(
      addMeetingNotes(makePerson(), { ...blank, promised: 'An intro' }, { id: 'n', now, makeId }),
    ).toMatchObject({ ok: true });
  });

  test('refuses more than three things, a nameless suggestion, a bad day and over-long text', () => {
    const base = makePerson();
    const opts = { id: 'n', now, makeId };
    expect(addMeetingNotes(base, { ...input, remember: ['a', 'b', 'c', 'd'] }, opts)).toMatchObject(
      { field: 'remember' },
    );
    expect(
      addMeetingNotes(base, { ...input, suggested: [{ name: '', note: 'the head of HR' }] }, opts),
    ).toMatchObject({ field: 'suggested' });
    expect(addMeetingNotes(base, { ...input, date: '10/12/2026' }, opts)).toMatchObject({
      field: 'date',
    });
    expect(
      addMeetingNotes(
        base,
        { ...input, heard: { past: 'x'.repeat(PERSON_TEXT_LIMITS.notes + 1) } },
        opts,
      ),
    ).toMatchObject({ field: 'heard.past' });
    expect(
      addMeetingNotes(
        base,
        { ...input, remember: ['r'.repeat(PERSON_TEXT_LIMITS.field + 1)] },
        opts,
      ),
    ).toMatchObject({ field: 'remember' });
    expect(
      addMeetingNotes(base, { ...input, promised: 'p'.repeat(PERSON_TEXT_LIMITS.notes + 1) }, opts),
    ).toMatchObject({ field: 'promised' });
    expect(
      addMeetingNotes(
        base,
        { ...input, suggested: [{ name: 'n'.repeat(PERSON_TEXT_LIMITS.name + 1) }] },
        opts,
      ),
    ).toMatchObject({ field: 'suggested' });
  });

  test('edits notes, keeping the link of a name already made into a person', () => {
    const withNotes = ok(
      addMeetingNotes(makePerson({ id: 'alex' }), input, { id: 'notes-1', now, makeId }),
    );
    const made = personFromSuggestion(
      withNotes,
      'notes-1',
      withNotes.meetings[0]!.suggested[0]!.id,
      { id: 'sam', now },
    );
    if (!made.ok) throw new Error(made.message);
    const [sam, priya] = made.referrer.meetings[0]!.suggested;
    const edited = ok(
      editMeetingNotes(
        made.referrer,
        'notes-1',
        {
          ...input,
          suggested: [{ id: sam!.id, name: 'Sam Park' }, { name: 'Lee Wong' }],
          promised: 'My CV and a link',
        },
        { now: later, makeId },
      ),
    );
    const notes = edited.meetings[0]!;
    expect(notes.suggested.map((entry) => [entry.name, entry.personId])).toEqual([
      ['Sam Park', 'sam'],
      ['Lee Wong', undefined],
    ]);
    expect(notes.suggested.some((entry) => entry.id === priya!.id)).toBe(false);
    expect(notes.updatedAt).toBe(isoString(later));
    expect(notes.createdAt).toBe(isoString(now));
    expect(lastLine(edited)?.text).toBe(
      'Edited the notes on the conversation of Dec 10, 2026 (2 names suggested)',
    );
  });

  test('editing with nothing changed changes nothing, and missing notes are refused', () => {
    const single = { ...input, suggested: [] };
    const person = ok(addMeetingNotes(makePerson(), single, { id: 'notes-1', now, makeId }));
    expect(editMeetingNotes(person, 'notes-1', single, { now: later, makeId })).toEqual({
      ok: true,
      person,
    });
    expect(editMeetingNotes(person, 'gone', single, { now: later, makeId })).toMatchObject({
      ok: false,
    });
    expect(
      editMeetingNotes(person, 'notes-1', { ...single, date: 'x' }, { now: later, makeId }),
    ).toMatchObject({ field: 'date' });
    const one = ok(
      editMeetingNotes(
        person,
        'notes-1',
        { ...single, suggested: [{ name: 'Kim' }] },
        { now: later, makeId },
      ),
    );
    expect(lastLine(one)?.text).toMatch(/\(1 name suggested\)$/);
  });
});

describe('personFromSuggestion', () => {
  const referrer = ok(
    addMeetingNotes(
      makePerson({ id: 'alex', name: 'Alex Chen' }),
      {
        date: '2026-12-10',
        heard: {},
        remember: [],
        promised: '',
        suggested: [{ name: 'Sam Park', note: 'runs the clinic' }],
      },
      { id: 'notes-1', now, makeId: () => 'sug-1' },
    ),
  );

  test('makes a warm person at To contact, referred by the one who suggested them, and links the two', () => {
    const result = personFromSuggestion(referrer, 'notes-1', 'sug-1', { id: 'sam', now: later });
    if (!result.ok) throw new Error(result.message);
    expect(result.person).toMatchObject({
      id: 'sam',
      name: 'Sam Park',
      notes: 'runs the clinic',
      warmth: 'warm',
      stage: 'to-contact',
      referredBy: { personId: 'alex', name: 'Alex Chen' },
      foundVia: 'Suggested by Alex Chen',
    });
    expect(lastLine(result.person)?.text).toBe('Added, referred by Alex Chen (To contact)');
    expect(result.referrer.meetings[0]?.suggested[0]?.personId).toBe('sam');
    expect(lastLine(result.referrer)?.text).toBe('Added Sam Park, whom they suggested');
    expect(result.referrer.updatedAt).toBe(isoString(later));
  });

  test('takes an email address written in the note as their email', () => {
    const withAddress = ok(
      addMeetingNotes(
        makePerson({ id: 'alex', name: 'Alex Chen' }),
        {
          date: '2026-12-10',
          heard: {},
          remember: [],
          promised: '',
          suggested: [
            { name: 'Kenji Tanaka', note: 'Data lead at Metro; kenji@metro.example.' },
            { name: 'Ida Berg', note: 'ask her about the 2025 report' },
          ],
        },
        {
          id: 'notes-1',
          now,
          makeId: (() => {
            let n = 0;
            return () => `sug-${(n += 1)}`;
          })(),
        },
      ),
    );
    const kenji = personFromSuggestion(withAddress, 'notes-1', 'sug-1', { id: 'k', now: later });
    expect(kenji).toMatchObject({
      ok: true,
      person: { email: 'kenji@metro.example', notes: 'Data lead at Metro; kenji@metro.example.' },
    });
    const ida = personFromSuggestion(withAddress, 'notes-1', 'sug-2', { id: 'i', now: later });
    expect(ida).toMatchObject({ ok: true, person: { email: '' } });
  });

  test('refuses a name that is no longer in the notes', () => {
    expect(personFromSuggestion(referrer, 'notes-1', 'gone', { id: 'x', now })).toMatchObject({
      ok: false,
    });
    expect(personFromSuggestion(referrer, 'gone', 'sug-1', { id: 'x', now })).toMatchObject({
      ok: false,
    });
  });
});

describe('links to question lists', () => {
  test('links and unlinks the question list', () => {
    const person = makePerson();
    const linked = linkQuestionList(person, 'list-1', now);
    expect(linked.questionListId).toBe('list-1');
    expect(linkQuestionList(linked, 'list-1', later)).toBe(linked);
    const unlinked = linkQuestionList(linked, undefined, later);
    expect('questionListId' in unlinked).toBe(false);
    expect(lastLine(unlinked)?.text).toBe('Removed the link to a question list');
  });
});
