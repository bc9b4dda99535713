import { describe, expect, test } from 'vitest';
import {
  buildSheet,
  escapeMarkdown,
  exportFilename,
  sheetToMarkdown,
  sheetToText,
} from '../../../src/lib/list-export';
import type { Phase } from '../../../src/lib/vocabulary';

const q = (text: string, phase: Phase) => ({ text, phase });
const dana = { name: 'Dana at City Hospital', minutes: 30 } as const;
const questions = [
  q('What does a normal day look like?', 'present'),
  q('Who do you work with?', 'present'),
  q('Who else should I talk to?', 'advice'),
  q('How did you get started?', 'past'),
];

describe('buildSheet', () => {
  test('groups by phase in arc order, numbers questions across the sheet and gives each phase its minutes', () => {
    const sheet = buildSheet(dana, questions);
    expect(
      sheet.sections.map((section) => [
        section.heading,
        section.minutes,
        section.questions.map((question) => question.number),
      ]),
    ).toEqual([
      ['Their present', 10, [1, 2]],
      ['Their past', 6, [3]],
      ['Their advice', 5, [4]],
    ]);
    expect(sheet.summary).toBe('A 30-minute conversation · 4 questions');
    expect(sheet).toMatchObject({ openingMinutes: 1, closingMinutes: 2, count: 4 });
  });

  test('an empty list gives a sheet with no sections', () => {
    const sheet = buildSheet({ name: 'Empty', minutes: 15 }, []);
    expect(sheet.sections).toEqual([]);
    expect(sheet.summary).toBe('A 15-minute conversation · 0 questions');
  });
});

describe('sheetToText', () => {
  test('writes the list as plain text grouped by phase with minutes', () => {
    expect(sheetToText(buildSheet(dana, questions))).toBe(
      [
        'Dana at City Hospital',
        'A 30-minute conversation · 4 questions',
        '',
        'Opening (1 min): thank them, say why you asked to meet them, and say what you hope to cover.',
        '',
        'Their present (about 10 min)',
        '----------------------------',
        '1. What does a normal day look like?',
        '2. Who do you work with?',
        '',
        'Their past (about 6 min)',
        '------------------------',
        '3. How did you get started?',
        '',
        'Their advice (about 5 min)',
        '--------------------------',
        '4. Who else should I talk to?',
        '',
        'Closing (2 min): thank them for something specific, ask for their card, and ask who else you should talk to.',
        '',
      ].join('\n'),
    );
  });

  test('says there are no questions yet for an empty list', () => {
    expect(sheetToText(buildSheet({ name: 'Empty', minutes: 60 }, []))).toContain(
      '\nNo questions yet.\n',
    );
  });

  test('keeps typed HTML exactly as typed (plain text is never interpreted)', () => {
    const text = sheetToText(
      buildSheet({ name: '<img src=x onerror=alert(1)>', minutes: 20 }, [
        q('<script>alert(1)</script>?', 'future'),
      ]),
    );
    expect(text).toContain('<img src=x onerror=alert(1)>\n');
    expect(text).toContain('1. <script>alert(1)</script>?');
  });

  test('exports a list of custom questions only, at 15 minutes', () => {
    const text = sheetToText(
      buildSheet({ name: 'Mine', minutes: 15 }, [q('My own question?', 'future')]),
    );
    expect(text).toContain('Their future (about 3 min)\n');
    expect(text).toContain('1. My own question?');
    expect(text).toContain('Closing (1 min)');
  });
});

describe('sheetToMarkdown', () => {
  test('writes a heading per phase with its minutes and a numbered list that carries on across phases', () => {
    const markdown = sheetToMarkdown(buildSheet(dana, questions));
    expect(
      markdown.startsWith('# Dana at City Hospital\n\nA 30-minute conversation · 4 questions\n'),
    ).toBe(true);
    expect(markdown).toContain(
      '## Their present (about 10 min)\n\n1. What does a normal day look like?\n2. Who do you work with?\n',
    );
    expect(markdown).toContain('## Their past (about 6 min)\n\n3. How did you get started?\n');
    expect(markdown).toContain('**Opening (1 min):**');
    expect(markdown.trimEnd().endsWith('ask who else you should talk to.')).toBe(true);
  });

  test('escapes HTML and Markdown typed by the reader so it renders as text', () => {
    const markdown = sheetToMarkdown(
      buildSheet({ name: '# <b>Dana</b>', minutes: 45 }, [
        q('<script>alert("x")</script> *really*?', 'past'),
      ]),
    );
    expect(markdown).toContain('# \\# \\<b\\>Dana\\</b\\>');
    expect(markdown).toContain('1. \\<script\\>alert("x")\\</script\\> \\*really\\*?');
    expect(markdown).not.toMatch(/(^|[^\\])<script/);
  });

  test('says there are no questions yet for an empty list', () => {
    expect(sheetToMarkdown(buildSheet({ name: 'Empty', minutes: 30 }, []))).toContain(
      '\nNo questions yet.\n',
    );
  });
});

describe('escapeMarkdown', () => {
  test('leaves ordinary questions alone', () => {
    expect(escapeMarkdown("What's the R&D team like, and what's a 9-to-5 day?")).toBe(
      "What's the R&D team like, and what's a 9-to-5 day?",
    );
  });

  test('escapes what would start a heading, quote or list, and entities', () => {
    expect(escapeMarkdown('# big')).toBe('\\# big');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('2. item')).toBe('2\\. item');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('a &lt; b')).toBe('a \\&lt; b');
    expect(escapeMarkdown('[link](x)')).toBe('\\[link\\](x)');
  });
});

describe('exportFilename', () => {
  test('makes a readable, safe file name from the list name', () => {
    expect(exportFilename('Dana at City Hospital', 'md')).toBe(
      'questions-dana-at-city-hospital.md',
    );
    expect(exportFilename('Chloé / R&D <script>', 'txt')).toBe('questions-chloe-r-d-script.txt');
  });

  test('falls back to a plain name when nothing usable is left', () => {
    expect(exportFilename('¿¡…!?', 'txt')).toBe('questions.txt');
  });

  test('keeps long names to a sensible length', () => {
    expect(exportFilename('a'.repeat(200), 'md').length).toBeLessThanOrEqual(
      'questions-.md'.length + 60,
    );
  });
});
