/**
 * The Conversations page's views of the list: the Due view (late, due today, coming in the next
 * seven days, in the reader's own days), counts by stage, search by name or organization, a
 * stage filter, and the order of what is due next. Pure: the time and the reader's time zone
 * are passed in.
 *
 * `overview` works out every person's steps once, so a page of 300 people costs one pass per
 * change; `npm run bench` times it.
 */
import type { Person } from '../schemas/people';
import { bySoonestDue, dueSteps, stepStatus, type DueContext, type DueStep } from './due-steps';
import { foldForSearch, queryWords } from './search-words';
import type { Instant } from './time';
import { STAGES, type Stage } from './conversation-stages';
import { addDays, dateIn, startOfDay } from './zoned-time';

/** How many days after today "this week" reaches: the next seven days, whatever the weekday. */
export const WEEK_AHEAD_DAYS = 7;

/** One step of one person, as the Due view lists it. */
export interface DueItem {
  person: Person;
  step: DueStep;
}

/** The Due view: what is late, what is due today, and what comes in the next seven days. */
export interface DueGroups {
  /** Past their late point, the longest late first. */
  late: DueItem[];
  /** Due now, or starting later today, soonest due first. */
  today: DueItem[];
  /** Starting in the next seven days after today, soonest first. */
  thisWeek: DueItem[];
}

/** The reader's today and the week after it, as moments: worked out once for a whole list. */
export interface DueWindow {
  now: Instant;
  /** When the reader's today ends (their next midnight). */
  todayEndsAt: Instant;
  /** When the seventh day after today ends. */
  weekEndsAt: Instant;
}

/** The Due view's window at `now`, in the reader's time zone. */
export function dueWindow(now: Instant, timeZone: string): DueWindow {
  const today = dateIn(now, timeZone);
  return {
    now,
    todayEndsAt: startOfDay(addDays(today, 1), timeZone),
    weekEndsAt: startOfDay(addDays(today, 1 + WEEK_AHEAD_DAYS), timeZone),
  };
}

/** Which Due group a step falls in, or undefined if it is further off or has no date. */
export function dueGroup(step: DueStep, window: DueWindow): keyof DueGroups | undefined {
  const status = stepStatus(step, window.now);
  if (status === 'late') return 'late';
  if (status === 'due') return 'today';
  if (status !== 'upcoming' || !step.timing) return undefined;
  const { startsAt } = step.timing;
  if (startsAt < window.todayEndsAt) return 'today';
  if (startsAt < window.weekEndsAt) return 'thisWeek';
  return undefined;
}

/** Sorts Due items soonest due first, then by name, so the order never jumps between renders. */
function byDueThenName(a: DueItem, b: DueItem): number {
  return bySoonestDue(a.step, b.step) || byName(a.person, b.person);
}

/** Orders people by name as the reader reads it (case and accents aside), then by id. */
export function byName(a: Pick<Person, 'name' | 'id'>, b: Pick<Person, 'name' | 'id'>): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1);
}

/** The Due view of a list of people. */
export function groupDue(people: readonly Person[], context: DueContext): DueGroups {
  return overview(people, context).due;
}

/** How many people are in each stage (every stage present, zero if none). */
export function countByStage(people: readonly Pick<Person, 'stage'>[]): Record<Stage, number> {
  const counts = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  for (const person of people) counts[person.stage] += 1;
  return counts;
}

/** What the reader narrows the list by; empty values mean "everyone". */
export interface PeopleFilter {
  /** Words that must all appear, each at the start of a word of the name or the organization. */
  text: string;
  /** Only people in this stage; '' for every stage. */
  stage: Stage | '';
}

/** No filter: everyone. */
export const NO_PEOPLE_FILTER: PeopleFilter = { text: '', stage: '' };

/** A test for the filter, with its words folded once for a whole list. */
export function filterTest(
  filter: PeopleFilter,
): (person: Pick<Person, 'name' | 'organization' | 'stage'>) => boolean {
  const words = queryWords(filter.text);
  return (person) => {
    if (filter.stage !== '' && person.stage !== filter.stage) return false;
    if (words.length === 0) return true;
    const haystack = ` ${foldForSearch(`${person.name} ${person.organization}`)}`;
    return words.every((word) => haystack.includes(` ${word}`));
  };
}

/** Whether a person passes the search words and the stage filter. */
export function matchesFilter(
  person: Pick<Person, 'name' | 'organization' | 'stage'>,
  filter: PeopleFilter,
): boolean {
  return filterTest(filter)(person);
}

/** The whole page's view of the list, with each person's steps worked out once. */
export interface Overview {
  /** The Due view. */
  due: DueGroups;
  /** People in each stage. */
  counts: Record<Stage, number>;
  /** Each person's open steps, soonest first, by person id. */
  stepsById: ReadonlyMap<string, DueStep[]>;
}

/** Works out the Due view, the counts and everyone's steps in one pass. */
export function overview(people: readonly Person[], context: DueContext): Overview {
  const peopleById = context.peopleById ?? new Map(people.map((person) => [person.id, person]));
  const withNames: DueContext = { ...context, peopleById };
  const due: DueGroups = { late: [], today: [], thisWeek: [] };
  const stepsById = new Map<string, DueStep[]>();
  const window = dueWindow(context.now, context.timeZone);
  for (const person of people) {
    const steps = dueSteps(person, withNames);
    stepsById.set(person.id, steps);
    for (const step of steps) {
      const group = dueGroup(step, window);
      if (group) due[group].push({ person, step });
    }
  }
  due.late.sort(byDueThenName);
  due.today.sort(byDueThenName);
  due.thisWeek.sort(byDueThenName);
  return { due, counts: countByStage(people), stepsById };
}

/**
 * The people who pass the filter, in the order of what is due next: the soonest due step
 * first (so late ones lead), then those with an undated step (to contact), then closed ones;
 * ties by name.
 */
export function sortByNextDue(
  people: readonly Person[],
  stepsById: ReadonlyMap<string, readonly DueStep[]>,
  filter: PeopleFilter = NO_PEOPLE_FILTER,
): Person[] {
  const rank = (person: Person) => {
    const next = stepsById.get(person.id)?.[0];
    if (!next) return { tier: 2, at: 0 };
    return next.timing ? { tier: 0, at: next.timing.dueAt } : { tier: 1, at: 0 };
  };
  return people
    .filter(filterTest(filter))
    .map((person) => ({ person, ...rank(person) }))
    .sort((a, b) => a.tier - b.tier || a.at - b.at || byName(a.person, b.person))
    .map(({ person }) => person);
}
