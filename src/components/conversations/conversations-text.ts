/**
 * The Conversations page's own words: headings, labels and the lines that explain a choice.
 * Words every tool shares (Undo, Dismiss, Delete) are in ../shared/ui-text.ts; the method's
 * step names come from src/lib/due-steps.ts, the stage names from src/lib/conversation-stages.ts.
 */
import { plural } from '../../lib/plural';
import { WEEK_AHEAD_DAYS } from '../../lib/due-view';

/** Headings of the page's parts. */
export const HEADINGS = {
  due: 'What’s due',
  late: 'Late',
  today: 'Today',
  thisWeek: `Next ${WEEK_AHEAD_DAYS} days`,
  stages: 'Everyone by stage',
  people: 'People',
  add: 'Add a person',
  edit: 'Edit their details',
  stage: 'Where it stands',
  steps: 'Next steps',
  emails: 'Emails',
  questions: 'Your questions',
  calendar: 'Calendar',
  notes: 'Notes from your conversations',
  history: 'History',
} as const;

/** Labels of the page's buttons. */
export const LABELS = {
  add: 'Add a person',
  addFirst: 'Add your first person',
  save: 'Save',
  saveChanges: 'Save changes',
  edit: 'Edit details',
  back: 'All conversations',
  deletePerson: 'Delete this person',
  deleteEveryone: 'Delete everyone',
  clearFilters: 'Show everyone',
  writeNotes: 'Write notes from a conversation',
  editNotes: 'Edit these notes',
  saveNotes: 'Save notes',
  addName: 'Add another name',
  allUpcoming: 'Download all upcoming (.ics)',
  planQuestions: 'Plan your questions',
  useList: 'Use this list',
  openQuestions: 'Open your questions in the picker',
  rehearse: 'Rehearse them in a mock conversation',
} as const;

/** What the page says while its script starts (the space is kept for what comes). */
export const LOADING = 'Loading your conversations…';

/** The line under the empty list. */
export const EMPTY_LIST =
  'No one yet. Add the first person you would like to talk to: a friend of the family, a former teacher, someone from your college’s alumni network.';

/** How the Due view reads when nothing is due in the coming week. */
export const NOTHING_DUE = `Nothing is due in the next ${WEEK_AHEAD_DAYS} days.`;

/** "3 people", "1 person". */
export const people = (count: number) => plural(count, 'person', 'people');

/** Said beside "Nothing is due" when people wait for a first request, which has no date. */
export const stillToContact = (count: number) =>
  `You have ${people(count)} to contact: write ${count === 1 ? 'the request' : 'each request'} when you are ready.`;

/** What the reader is told when the calendar code could not be loaded. */
export const CALENDAR_FAILED =
  'The calendar file couldn’t be made: part of the page didn’t load. Check your connection and try again.';
