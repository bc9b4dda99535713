import { describe, expect, test } from 'vitest';
import { countWords, plainTextFromMdx, readingMinutes } from '../../../src/lib/reading';

describe('plainTextFromMdx', () => {
  test('drops front matter, imports and component tags but keeps the words inside them', () => {
    const source = [
      '---',
      'title: A chapter',
      '---',
      '',
      "import SourcesDiffer from '../../components/SourcesDiffer.astro';",
      '',
      'Some prose.',
      '',
      '<SourcesDiffer topic="Length">',
      '  Sources give a range.',
      '</SourcesDiffer>',
    ].join('\n');
    const text = plainTextFromMdx(source);
    expect(text).not.toMatch(/title|import|SourcesDiffer/);
    expect(text).toContain('Some prose.');
    expect(text).toContain('Some prose.\n\nSources give a range.');
  });

  test('turns headings and list items into sentences and links into their text', () => {
    const text = plainTextFromMdx(
      '## Close well\n\n- Ask for their card\n- See [the drill](/practice/)',
    );
    expect(text).toBe('Close well.\n\nAsk for their card.\nSee the drill.');
  });

  test('keeps the blank line between a paragraph and the list or quote that follows it', () => {
    const text = plainTextFromMdx(
      'Bring these\n\n- a pen\n\nFor example\n\n> Dear Ms. Ramos\n>\n> Thank you',
    );
    expect(text).toBe('Bring these\n\na pen.\n\nFor example\n\nDear Ms. Ramos\n\nThank you');
  });

  test('adds no second full stop to a list item that ends in a quotation or in bold', () => {
    const text = plainTextFromMdx(
      '- Thank them. "Your tip was useful."\n- **Nothing is at stake.**\n- Ask "why?"',
    );
    expect(text).toBe('Thank them. "Your tip was useful."\nNothing is at stake.\nAsk "why?"');
  });
});

describe('readingMinutes', () => {
  test('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes(Array(500).fill('word').join(' '))).toBe(3);
    expect(countWords('one, two — three')).toBe(3);
  });
});
