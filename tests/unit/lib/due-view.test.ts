import { describe, expect, test } from 'vitest';
import { HOUR, instantOf, MINUTE } from '../../../src/lib/time';
import {
  countByStage,
  dueGroup,
  dueWindow,
  groupDue,
  matchesFilter,
  NO_PEOPLE_FILTER,
  overview,
  sortByNextDue,
  WEEK_AHEAD_DAYS,
  type DueGroups,
} from '../../../src/lib/due-view';
import { NUDGE_AFTER_DAYS, THANK_YOU_HOURS } from '../../../src/lib/method-rules';
import { addDays } from '../../../src/lib/zoned-time';
import type { Person } from '../../../src/schemas/people';
import { makePerson } from '../support/people';

const LA = 'America/Los_Angeles';

/** Someone asked on the day that makes their nudge due on `nudgeOn`. */
const askedFor = (id: string, name: string, nudgeOn: string): Person =>
  makePerson({
    id,
    name,
    stage: 'asked',
    asked: { sentOn: addDays(nudgeOn, -NUDGE_AFTER_DAYS), via: 'email' },
  });

/** The names in each group. */
const names = (groups: DueGroups) => ({
  late: groups.late.map((item) => item.person.name),
  today: groups.today.map((item) => item.person.name),
  thisWeek: groups.thisWeek.map((item) => item.person.name),
});

describe('groupDue', () => {
  const people = [
    askedFor('a', 'Ana', '2026-11-25'),
    askedFor('b', 'Ben', '2026-11-26'),
    askedFor('c', 'Cleo', '2026-11-27'),
    askedFor('d', 'Dev', addDays('2026-11-26', WEEK_AHEAD_DAYS)),
    askedFor('e', 'Eve', addDays('2026-11-26', WEEK_AHEAD_DAYS + 1)),
    makePerson({ id: 'f', name: 'Fay' }),
    makePerson({ id: 'g', name: 'Gus', stage: 'declined' }),
  ];

  test('sorts steps into late, due today and the next seven days, in the reader’s day', () => {
    // 23:30 on 26 November in Los Angeles.
    const now = instantOf('2026-11-27T07:30:00Z');
    expect(names(groupDue(people, { now, timeZone: LA }))).toEqual({
      late: ['Ana'],
      today: ['Ben'],
      thisWeek: ['Cleo', 'Dev'],
    });
  });

  test('moves everything on at the reader’s midnight', () => {
    // 00:30 on 27 November in Los Angeles: an hour after the last test.
    const now = instantOf('2026-11-27T08:30:00Z');
    expect(names(groupDue(people, { now, timeZone: LA }))).toEqual({
      late: ['Ana', 'Ben'],
      today: ['Cleo'],
      thisWeek: ['Dev', 'Eve'],
    });
  });

  test('puts the same moment in a different day for a reader in another zone', () => {
    // 07:30 UTC is 20:30 on 27 November in Auckland, where Cleo's day has come and Ben's gone.
    const now = instantOf('2026-11-27T07:30:00Z');
    expect(names(groupDue(people, { now, timeZone: 'Pacific/Auckland' }))).toEqual({
      late: ['Ana', 'Ben'],
      today: ['Cleo'],
      thisWeek: ['Dev', 'Eve'],
    });
  });

  test('shows a thank-you as due today from the moment the conversation ends, then late', () => {
    const met = makePerson({
      id: 'm',
      name: 'Mo',
      stage: 'met',
      met: { date: '2026-11-26', time: '15:00', timeZone: LA, minutes: 30 },
    });
    const end = instantOf('2026-11-26T23:30:00Z');
    const lateAt = end + THANK_YOU_HOURS.lateAfterHours * HOUR;
    const before = end - MINUTE;
    expect(names(groupDue([met], { now: before, timeZone: LA })).today).toEqual(['Mo']);
    expect(names(groupDue([met], { now: end, timeZone: LA })).today).toEqual(['Mo']);
    expect(names(groupDue([met], { now: lateAt, timeZone: LA })).late).toEqual(['Mo']);
  });

  test('leaves out steps with no date, and people with nothing to do', () => {
    const now = instantOf('2026-11-27T08:30:00Z');
    const all = groupDue(people, { now, timeZone: LA });
    const listed = [...all.late, ...all.today, ...all.thisWeek].map((item) => item.person.id);
    expect(listed).not.toContain('f');
    expect(listed).not.toContain('g');
  });

  test('orders equal due times by name, so the list never jumps', () => {
    const now = instantOf('2026-11-26T18:00:00Z');
    const twins = [askedFor('z', 'Zoe', '2026-11-26'), askedFor('y', 'adam', '2026-11-26')];
    expect(names(groupDue(twins, { now, timeZone: LA })).today).toEqual(['adam', 'Zoe']);
  });
});

describe('dueGroup', () => {
  test('finds nothing for a step with no date', () => {
    const window = dueWindow(instantOf('2026-11-27T08:30:00Z'), LA);
    expect(dueGroup({ personId: 'x', kind: 'request', label: '', timing: undefined }, window)).toBe(
      undefined,
    );
  });
});

describe('countByStage', () => {
  test('counts every stage, zero where nobody is', () => {
    const counts = countByStage([
      makePerson(),
      makePerson({ id: '2' }),
      makePerson({ id: '3', stage: 'declined' }),
    ]);
    expect(counts['to-contact']).toBe(2);
    expect(counts.declined).toBe(1);
    expect(counts.met).toBe(0);
    expect(Object.keys(counts)).toHaveLength(9);
  });
});

describe('matchesFilter', () => {
  const person = makePerson({ name: 'Zoë Álvarez', organization: 'St. Mary’s Hospital' });

  test('finds by name or organization, any case and without accents, at the start of words', () => {
    expect(matchesFilter(person, { text: 'zoe', stage: '' })).toBe(true);
    expect(matchesFilter(person, { text: 'ALVAREZ mary', stage: '' })).toBe(true);
    expect(matchesFilter(person, { text: 'hospital', stage: '' })).toBe(true);
    expect(matchesFilter(person, { text: 'spital', stage: '' })).toBe(false);
    expect(matchesFilter(person, { text: 'nurse', stage: '' })).toBe(false);
  });

  test('filters by stage, and lets everyone through with no filter', () => {
    expect(matchesFilter(person, { text: '', stage: 'asked' })).toBe(false);
    expect(matchesFilter(person, { text: '', stage: 'to-contact' })).toBe(true);
    expect(matchesFilter(person, NO_PEOPLE_FILTER)).toBe(true);
  });

  test('treats typed markup as plain words', () => {
    const markup = makePerson({ name: '<img src=x onerror=alert(1)>' });
    expect(matchesFilter(markup, { text: '<img', stage: '' })).toBe(true);
    expect(matchesFilter(markup, { text: 'onerror', stage: '' })).toBe(true);
  });
});

describe('sortByNextDue', () => {
  test('puts what is due soonest first (late first), then undated steps, then closed, ties by name', () => {
    const people = [
      makePerson({ id: 'closed', name: 'Closed Carl', stage: 'closed' }),
      makePerson({ id: 'new', name: 'New Nia' }),
      askedFor('later', 'Later Lou', '2026-12-10'),
      askedFor('late', 'Late Lee', '2026-11-01'),
      makePerson({ id: 'new2', name: 'Another Ann' }),
    ];
    const now = instantOf('2026-11-27T10:00:00Z');
    const { stepsById } = overview(people, { now, timeZone: LA });
    expect(sortByNextDue(people, stepsById).map((person) => person.id)).toEqual([
      'late',
      'later',
      'new2',
      'new',
      'closed',
    ]);
    expect(
      sortByNextDue(people, stepsById, { text: 'n', stage: 'to-contact' }).map((p) => p.id),
    ).toEqual(['new']);
  });
});

describe('overview', () => {
  test('gives the counts, the Due view and each person’s steps in one pass', () => {
    const people = [askedFor('a', 'Ana', '2026-11-27'), makePerson({ id: 'b', name: 'Bo' })];
    const result = overview(people, { now: instantOf('2026-11-27T20:00:00Z'), timeZone: LA });
    expect(result.counts.asked).toBe(1);
    expect(result.due.today.map((item) => item.step.label)).toEqual(['Nudge once']);
    expect(result.stepsById.get('b')?.map((step) => step.kind)).toEqual(['request']);
  });
});
