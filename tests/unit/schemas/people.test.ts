import { describe, expect, test } from 'vitest';
import {
  isCalendarDate,
  isMeetingLength,
  isTimeOfDay,
  peopleStateSchema,
  personSchema,
  salvagePeople,
} from '../../../src/schemas/people';
import { check } from '../../../src/schemas/validate';
import { makePerson } from '../support/people';

describe('personSchema', () => {
  test('accepts a complete person and a person part-way through every stage', () => {
    expect(check(personSchema, makePerson()).success).toBe(true);
    const full = makePerson({
      stage: 'keeping-in-touch',
      referredBy: { personId: 'dana', name: 'Dana' },
      asked: { sentOn: '2026-11-01', via: 'email', nudgedOn: '2026-11-08' },
      scheduled: {
        date: '2026-11-20',
        time: '09:30',
        timeZone: 'Europe/London',
        minutes: 30,
        format: 'in-person',
        place: 'Café',
        preparedOn: '2026-11-17',
        confirmedOn: '2026-11-19',
      },
      met: { date: '2026-11-20', time: '09:30', timeZone: 'Europe/London', minutes: 30 },
      thanked: { sentOn: '2026-11-21' },
      updated: { sentOn: '2026-12-12' },
      referrerToldOn: '2026-11-21',
      meetings: [
        {
          id: 'n1',
          date: '2026-11-20',
          heard: { present: 'a', past: 'b', future: 'c', advice: 'd' },
          remember: ['one', 'two', 'three'],
          promised: 'my CV',
          suggested: [{ id: 's1', name: 'Sam', note: '', personId: 'sam' }],
          createdAt: '2026-11-20T10:00:00.000Z',
          updatedAt: '2026-11-20T10:00:00.000Z',
        },
      ],
      questionListId: 'list-1',
    });
    expect(check(personSchema, full).success).toBe(true);
  });

  test('refuses a stage without its dates, a bad email, a nameless person and impossible dates', () => {
    expect(check(personSchema, makePerson({ stage: 'asked' })).success).toBe(false);
    expect(check(personSchema, makePerson({ stage: 'scheduled' })).success).toBe(false);
    expect(check(personSchema, makePerson({ stage: 'met' })).success).toBe(false);
    expect(check(personSchema, makePerson({ stage: 'thanked' })).success).toBe(false);
    expect(check(personSchema, makePerson({ email: 'not an email' })).success).toBe(false);
    expect(check(personSchema, makePerson({ name: '' })).success).toBe(false);
    expect(
      check(
        personSchema,
        makePerson({ stage: 'asked', asked: { sentOn: '2026-02-30', via: 'email' } }),
      ).success,
    ).toBe(false);
    expect(check(personSchema, makePerson({ updatedAt: 'yesterday' })).success).toBe(false);
  });

  test('saves no note of which person is open: that belongs to the tab', () => {
    const parsed = check(peopleStateSchema, { people: [makePerson()], activeId: 'alex' });
    expect(parsed).toEqual({ success: true, data: { people: [makePerson()] } });
  });
});

describe('shape checks', () => {
  test('tell real calendar dates, clock times and meeting lengths', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2026-1-5')).toBe(false);
    expect(isTimeOfDay('23:59')).toBe(true);
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(isTimeOfDay('9:30')).toBe(false);
    expect(isMeetingLength(30)).toBe(true);
    expect(isMeetingLength(4)).toBe(false);
    expect(isMeetingLength(241)).toBe(false);
  });
});

describe('salvagePeople', () => {
  test('keeps the readable people and names the ones left out', () => {
    const result = salvagePeople({
      people: [
        makePerson({ id: 'a', name: 'Ana' }),
        { ...makePerson({ id: 'b', name: 'Ben' }), stage: 'on the moon' },
        { name: '  ' },
        null,
        makePerson({ id: 'c', name: 'Cleo' }),
      ],
    });
    expect(result?.value.people.map((person) => person.name)).toEqual(['Ana', 'Cleo']);
    expect(result?.dropped).toEqual([
      '“Ben”',
      'a person without a name',
      'a person without a name',
    ]);
  });

  test('keeps the first of two people with the same id, so edits never land on the wrong one', () => {
    const result = salvagePeople({
      people: [makePerson({ name: 'First' }), makePerson({ name: 'Second' })],
    });
    expect(result?.value.people.map((person) => person.name)).toEqual(['First']);
    expect(result?.dropped).toEqual(['“Second” (a second copy)']);
  });

  test('gives up (so the store starts fresh, keeping a copy) when there is no list of people', () => {
    expect(salvagePeople(null)).toBeUndefined();
    expect(salvagePeople('people')).toBeUndefined();
    expect(salvagePeople({ people: 'Ana' })).toBeUndefined();
    expect(salvagePeople({ lists: [] })).toBeUndefined();
  });
});
