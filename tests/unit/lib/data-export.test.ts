import { describe, expect, test } from 'vitest';
import { buildExport, exportFileName, exportText } from '../../../src/lib/data-export';
import { exportFileSchema } from '../../../src/schemas/data-export';
import { check } from '../../../src/schemas/validate';

const now = new Date(2026, 10, 24, 9, 30).getTime();

describe('buildExport', () => {
  test('holds the format, its version, the time and every tool under its versioned key', () => {
    const file = buildExport(
      [
        { storageKey: 'iik:question-lists:v1', value: { lists: [] } },
        { storageKey: 'iik:reviews:v2', value: { cards: {} } },
      ],
      now,
    );
    expect(file).toEqual({
      format: 'informational-interview-kit',
      formatVersion: 1,
      exportedAt: new Date(now).toISOString(),
      data: { 'iik:question-lists:v1': { lists: [] }, 'iik:reviews:v2': { cards: {} } },
    });
    expect(check(exportFileSchema, file).success).toBe(true);
  });

  test('writes readable, indented JSON that reads back as the same file', () => {
    const file = buildExport([{ storageKey: 'iik:x:v1', value: { a: '<b>text</b>' } }], now);
    const text = exportText(file);
    expect(text).toContain('\n  "format": "informational-interview-kit",');
    expect(JSON.parse(text)).toEqual(file);
  });
});

describe('exportFileName', () => {
  test('is named with the reader’s local date', () => {
    expect(exportFileName(now)).toBe('interview-kit-data-2026-11-24.json');
  });
});
