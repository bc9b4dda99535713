/** People for the conversation tracker's tests: valid by the schema, changed only where a test says. */
import { instantOf, type Instant } from '../../../src/lib/time';
import type { MeetingNotes, Person } from '../../../src/schemas/people';

/** The moment the fixtures were "added": 20 November 2026, 09:00 UTC. */
export const ADDED_AT = '2026-11-20T09:00:00.000Z';

/** A person at To contact with every required field, and the overrides a test needs. */
export function makePerson(overrides: Partial<Person> = {}): Person {
  return {
    id: 'alex',
    name: 'Alex Chen',
    role: 'Nurse',
    organization: 'City Hospital',
    email: 'alex@example.org',
    warmth: 'cold',
    foundVia: 'alumni network',
    notes: '',
    stage: 'to-contact',
    stageChangedAt: ADDED_AT,
    history: [{ at: ADDED_AT, text: 'Added (To contact)' }],
    meetings: [],
    createdAt: ADDED_AT,
    updatedAt: ADDED_AT,
    ...overrides,
  };
}

/** Notes from a conversation on 10 December 2026 that say nothing, and the overrides a test needs. */
export function makeNotes(overrides: Partial<MeetingNotes> = {}): MeetingNotes {
  return {
    id: 'n1',
    date: '2026-12-10',
    heard: { present: '', past: '', future: '', advice: '' },
    remember: [],
    promised: '',
    suggested: [],
    createdAt: '2026-12-10T15:00:00.000Z',
    updatedAt: '2026-12-10T15:00:00.000Z',
    ...overrides,
  };
}

/** A moment given as wall-clock time in a zone's fixed offset, e.g. at('2026-11-27T09:00', '+00:00'). */
export function at(local: string, offset = 'Z'): Instant {
  return instantOf(`${local}:00${offset}`);
}

/** Alex, scheduled for a 30-minute video call at 14:30 New York time on 27 November 2026. */
export function scheduledPerson(overrides: Partial<Person> = {}): Person {
  return makePerson({
    stage: 'scheduled',
    stageChangedAt: '2026-11-18T10:00:00.000Z',
    scheduled: {
      date: '2026-11-27',
      time: '14:30',
      timeZone: 'America/New_York',
      minutes: 30,
      format: 'video',
      place: 'https://meet.example.org/abc-defg-hij',
    },
    ...overrides,
  });
}
