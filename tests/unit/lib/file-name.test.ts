import { describe, expect, test } from 'vitest';
import { fileSlug } from '../../../src/lib/file-name';

describe('fileSlug', () => {
  test('keeps plain letters and digits, drops accents and joins words with hyphens', () => {
    expect(fileSlug('Thank-you: Zoë (2) <script>')).toBe('thank-you-zoe-2-script');
  });

  test('leaves nothing that could climb out of a folder, and nothing at all for emoji only', () => {
    expect(fileSlug('../../')).toBe('');
    expect(fileSlug('👋')).toBe('');
  });

  test('stops at 60 characters without a trailing hyphen', () => {
    const slug = fileSlug(`${'word '.repeat(30)}`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});
