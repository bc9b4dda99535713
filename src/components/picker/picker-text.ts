/**
 * The picker's UI words that appear in more than one place (buttons, headings, messages), so a
 * change of wording is made once.
 */
import type { Phase } from '../../lib/vocabulary';
import { PHASE_LABELS } from '../../lib/vocabulary';
import { plural } from '../../lib/plural';

/** Button and heading labels. */
export const LABELS = {
  suggest: 'Suggest a starter set',
  newList: 'New list',
  rename: 'Rename',
  duplicate: 'Duplicate',
  add: 'Add',
  remove: 'Remove',
  moveUp: 'Up',
  moveDown: 'Down',
  yourOwn: 'Your own',
  inList: 'In your list',
  takeCare: 'Take care:',
  whyAsk: 'Why ask it:',
  myQuestions: 'Your questions',
  bank: 'Add from the question bank',
  takeAway: 'Take it with you',
} as const;

/** A phase's name inside a sentence: "their present". */
export const phaseInSentence = (phase: Phase) => PHASE_LABELS[phase].toLocaleLowerCase('en');

/** "1 question" / "3 questions". */
export const questionCount = (count: number) => plural(count, 'question');

/** A list's length and size, as the list chooser shows them: "30 min · 3 questions". */
export const listSummary = (minutes: number, count: number) =>
  `${minutes} min · ${questionCount(count)}`;
