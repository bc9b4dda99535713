import { describe, expect, test } from 'vitest';
import { timeZoneChoices, zoneLabel } from '../../../src/lib/time-zone-names';

describe('zoneLabel', () => {
  test('shows a zone with spaces, and an old name as the city is spelled now', () => {
    expect(zoneLabel('America/New_York')).toBe('America/New York');
    expect(zoneLabel('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(zoneLabel('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(zoneLabel('UTC')).toBe('UTC');
  });
});

describe('timeZoneChoices', () => {
  test('puts the reader’s zone first, then the browser’s and UTC by their shown names, each once', () => {
    expect(timeZoneChoices('Europe/London', ['Asia/Tokyo', 'Europe/London'])).toEqual([
      'Europe/London',
      'Asia/Tokyo',
      'UTC',
    ]);
    // Old names sort where their current names are shown.
    expect(
      timeZoneChoices('Europe/London', [
        'Asia/Chita',
        'Asia/Calcutta',
        'Africa/Asmera',
        'Asia/Brunei',
      ]),
    ).toEqual([
      'Europe/London',
      'Africa/Asmera',
      'Asia/Brunei',
      'Asia/Chita',
      'Asia/Calcutta',
      'UTC',
    ]);
    expect(zoneLabel('Pacific/Truk')).toBe('Pacific/Chuuk');
    expect(timeZoneChoices('UTC', ['Asia/Tokyo'])).toEqual(['UTC', 'Asia/Tokyo']);
    expect(timeZoneChoices('Asia/Tokyo', ['UTC', 'Asia/Tokyo'])).toEqual(['Asia/Tokyo', 'UTC']);
  });
});
