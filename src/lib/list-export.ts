/**
 * A list as a question sheet to take away: grouped by phase with the minutes for each, numbered
 * from 1, with the opening and closing around them. The same sheet is printed by the picker and
 * written out here as plain text and as Markdown (escaped, so what the reader typed stays text).
 */
import { fileSlug } from './file-name';
import { groupByPhase } from './question-bank';
import { planInterview } from './interview-plan';
import { PHASES, PHASE_LABELS, type Phase } from './vocabulary';
import type { ListLength } from '../schemas/question-list';
import { plural } from './plural';

/** What the sheet says to do in the first minute. */
export const OPENING_NOTE =
  'thank them, say why you asked to meet them, and say what you hope to cover.';
/** What the sheet says to do at the end. */
export const CLOSING_NOTE =
  'thank them for something specific, ask for their card, and ask who else you should talk to.';

/** One part of the conversation on the sheet. */
export interface SheetSection {
  phase: Phase;
  /** The phase's name, e.g. "Their present". */
  heading: string;
  /** Minutes planned for it. */
  minutes: number;
  /** Its questions, numbered across the whole sheet. */
  questions: { number: number; text: string }[];
}

/** A question sheet: everything the print layout and the text exports show. */
export interface QuestionSheet {
  /** The list's name. */
  title: string;
  /** Length of the conversation. */
  minutes: number;
  /** e.g. "A 30-minute conversation · 8 questions". */
  summary: string;
  openingMinutes: number;
  closingMinutes: number;
  /** The phases that have questions, in arc order. */
  sections: SheetSection[];
  /** How many questions in all. */
  count: number;
}

/** Builds the sheet for a list from its questions (text and phase, in the list's order). */
export function buildSheet(
  list: { name: string; minutes: ListLength },
  questions: readonly { text: string; phase: Phase }[],
): QuestionSheet {
  const plan = planInterview(list.minutes);
  const byPhase = groupByPhase(questions);
  let number = 0;
  const sections = PHASES.filter((phase) => byPhase[phase].length > 0).map((phase) => ({
    phase,
    heading: PHASE_LABELS[phase],
    minutes: plan.phaseMinutes[phase],
    questions: byPhase[phase].map((question) => ({ number: (number += 1), text: question.text })),
  }));
  const count = questions.length;
  return {
    title: list.name,
    minutes: list.minutes,
    summary: `A ${list.minutes}-minute conversation · ${plural(count, 'question')}`,
    openingMinutes: plan.openingMinutes,
    closingMinutes: plan.closingMinutes,
    sections,
    count,
  };
}

/** "about 10 min" */
export const aboutMinutes = (minutes: number) => `about ${minutes} min`;

/** What an empty sheet says instead of questions. */
export const EMPTY_SHEET = 'No questions yet.';

/** The sheet as plain text, for the clipboard or a .txt file. */
export function sheetToText(sheet: QuestionSheet): string {
  const lines = [sheet.title, sheet.summary, ''];
  lines.push(`Opening (${sheet.openingMinutes} min): ${OPENING_NOTE}`, '');
  if (sheet.sections.length === 0) lines.push(EMPTY_SHEET, '');
  for (const section of sheet.sections) {
    const heading = `${section.heading} (${aboutMinutes(section.minutes)})`;
    lines.push(heading, '-'.repeat(heading.length));
    for (const question of section.questions) lines.push(`${question.number}. ${question.text}`);
    lines.push('');
  }
  lines.push(`Closing (${sheet.closingMinutes} min): ${CLOSING_NOTE}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Escapes text for Markdown so it reads the same when rendered: markup characters are shown as
 * typed and HTML such as `<script>` is never interpreted.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
      // An ampersand only needs escaping where it would start an entity such as &lt;.
      .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&')
      // At the start, these would make a heading, a quote or a list.
      .replace(/^(\s*)([#+-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

/** The sheet as Markdown, for the clipboard or a .md file. */
export function sheetToMarkdown(sheet: QuestionSheet): string {
  const lines = [`# ${escapeMarkdown(sheet.title)}`, '', sheet.summary, ''];
  lines.push(`**Opening (${sheet.openingMinutes} min):** ${OPENING_NOTE}`, '');
  if (sheet.sections.length === 0) lines.push(EMPTY_SHEET, '');
  for (const section of sheet.sections) {
    lines.push(`## ${section.heading} (${aboutMinutes(section.minutes)})`, '');
    for (const question of section.questions)
      lines.push(`${question.number}. ${escapeMarkdown(question.text)}`);
    lines.push('');
  }
  lines.push(`**Closing (${sheet.closingMinutes} min):** ${CLOSING_NOTE}`);
  return `${lines.join('\n')}\n`;
}

/** A safe file name for a list: "questions-dana-at-city-hospital.md". */
export function exportFilename(name: string, extension: 'txt' | 'md'): string {
  const slug = fileSlug(name);
  return `questions${slug ? `-${slug}` : ''}.${extension}`;
}
