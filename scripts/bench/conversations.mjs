// Times the Conversations page's rules on a large list: 300 people in every stage with 1,000
// history lines between them and notes from their meetings. It runs the real modules from
// src/lib and src/schemas (loaded through Vite, so the TypeScript runs as the browser bundle's
// does): reading the saved list back (JSON and the schema), the Due view with every person's
// steps, the list sorted by what is due next, one search keystroke, and the calendar file of
// everything upcoming. Run by `npm run bench`; the goal is for each to fit in one 16 ms frame
// (the calendar file runs only when the reader asks for one).
import { STAGES } from '../../src/lib/conversation-stages.ts';
import { percentile, withSourceModules } from './measure.mjs';

/** How many people, and history lines between them, the benches use. */
export const PEOPLE = 300;
export const HISTORY_LINES = 1000;
const ROUNDS = 30;
/** The moment the synthetic people are dated around. */
export const NOW = Date.parse('2026-11-20T15:00:00.000Z');
const TIME_ZONE = 'Europe/London';

/** @param {number} days */
const dayFromNow = (days) => new Date(NOW + days * 86_400_000).toISOString().slice(0, 10);

/**
 * One synthetic person in a stage that cycles through them all, with the dates that stage needs
 * (around `NOW`, 20 November 2026); shared with the Chromium bench of the page.
 * @param {number} index
 */
export function syntheticPerson(index) {
  const stage = STAGES[index % STAGES.length] ?? 'to-contact';
  const stamp = new Date(NOW).toISOString();
  const lines = Math.floor(HISTORY_LINES / PEOPLE) + (index < HISTORY_LINES % PEOPLE ? 1 : 0);
  const offset = (index % 20) - 10;
  return {
    id: `person-${index}`,
    name: `Person ${index} Example`,
    role: 'Engineer',
    organization: `Organization ${index % 37}`,
    email: `person${index}@example.org`,
    warmth: /** @type {const} */ (['hot', 'warm', 'cold'])[index % 3],
    ...(index % 4 === 0
      ? { referredBy: { personId: `person-${index + 1}`, name: 'Someone' } }
      : {}),
    foundVia: 'alumni network',
    notes: 'Met at the careers fair; works on bridges.',
    stage,
    stageChangedAt: stamp,
    asked: { sentOn: dayFromNow(offset - 7), via: 'email' },
    scheduled: {
      date: dayFromNow(offset),
      time: '14:30',
      timeZone: index % 2 ? 'America/New_York' : TIME_ZONE,
      minutes: 30,
      format: 'video',
      place: 'https://meet.example.org/abc',
    },
    met: { date: dayFromNow(offset), time: '10:00', timeZone: TIME_ZONE, minutes: 30 },
    thanked: { sentOn: dayFromNow(offset - 20) },
    history: Array.from({ length: lines }, (_, line) => ({
      at: stamp,
      text: `Change ${line}: moved on a stage`,
    })),
    meetings:
      index % 3 === 0
        ? [
            {
              id: `notes-${index}`,
              date: dayFromNow(offset),
              heard: {
                present: 'Long days on site.',
                past: 'Studied physics first.',
                future: 'More modelling work.',
                advice: 'Learn the software early.',
              },
              remember: ['Learn the software', 'Visit a site', 'Join the society'],
              promised: 'My CV',
              suggested: [{ id: `s-${index}`, name: 'A colleague', note: '' }],
              createdAt: stamp,
              updatedAt: stamp,
            },
          ]
        : [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/**
 * Runs `work` ROUNDS times and returns the median and p95 in milliseconds.
 * @param {() => unknown} work
 */
function time(work) {
  /** @type {number[]} */
  const samples = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Rows for the bench table. */
export default async function run() {
  return withSourceModules(async (loadModule) => {
    const schemas = /** @type {typeof import('../../src/schemas/people')} */ (
      await loadModule('/src/schemas/people.ts')
    );
    const validate = /** @type {typeof import('../../src/schemas/validate')} */ (
      await loadModule('/src/schemas/validate.ts')
    );
    const view = /** @type {typeof import('../../src/lib/due-view')} */ (
      await loadModule('/src/lib/due-view.ts')
    );
    const events = /** @type {typeof import('../../src/lib/calendar-events')} */ (
      await loadModule('/src/lib/calendar-events.ts')
    );
    const file = /** @type {typeof import('../../src/lib/calendar-file')} */ (
      await loadModule('/src/lib/calendar-file.ts')
    );
    const saved = JSON.stringify({
      people: Array.from({ length: PEOPLE }, (_, i) => syntheticPerson(i)),
    });
    const parsed = validate.check(schemas.peopleStateSchema, JSON.parse(saved));
    if (!parsed.success) throw new Error('the synthetic people do not pass the schema');
    const { people } = parsed.data;
    const context = { now: NOW, timeZone: TIME_ZONE };

    const load = time(() => validate.check(schemas.peopleStateSchema, JSON.parse(saved)));
    let dueCount = 0;
    const due = time(() => {
      const result = view.overview(people, context);
      dueCount = result.due.late.length + result.due.today.length + result.due.thisWeek.length;
    });
    const { stepsById } = view.overview(people, context);
    const sorted = time(() => view.sortByNextDue(people, stepsById));
    const keystroke = time(() =>
      view.sortByNextDue(people, stepsById, { text: 'organization 1', stage: '' }),
    );
    let eventCount = 0;
    const calendar = time(() => {
      const upcoming = events.upcomingEvents(people, context);
      eventCount = upcoming.length;
      file.calendarFile(upcoming, NOW);
    });

    /** @param {number} value */
    const round2 = (value) => Number(value.toFixed(2));
    /**
     * @param {string} name
     * @param {{ median: number, p95: number }} result
     * @param {string} note
     */
    const row = (name, result, note) => ({
      name: `Conversations: ${name}`,
      value: round2(result.median),
      unit: 'ms',
      note: `p95 ${round2(result.p95)} ms; ${note}`,
    });
    const size = `${PEOPLE} people, ${HISTORY_LINES.toLocaleString('en-US')} history lines`;
    return [
      row(
        'read the saved list back (JSON and schema), median',
        load,
        `${size}, ${(saved.length / 1024).toFixed(0)} kB saved; goal ≤ 16 ms`,
      ),
      row(
        'Due view and every person’s steps, median',
        due,
        `${size}, ${dueCount} steps due; goal ≤ 16 ms`,
      ),
      row('sort by what is due next, median', sorted, `${size}; goal ≤ 16 ms`),
      row(
        'search keystroke, median',
        keystroke,
        `"organization 1" over ${PEOPLE} people; goal ≤ 16 ms`,
      ),
      row(
        'calendar file of everything upcoming, median',
        calendar,
        `${eventCount} events; on demand only`,
      ),
    ];
  });
}
