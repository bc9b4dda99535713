import { describe, expect, test } from 'vitest';
import { DAY, HOUR, instantOf, isoString, localDay, MINUTE } from '../../../src/lib/time';

describe('localDay', () => {
  test('uses the reader’s local calendar day, not UTC’s', () => {
    expect(localDay(new Date(2026, 10, 23, 23, 59).getTime())).toBe('2026-11-23');
    expect(localDay(new Date(2026, 10, 24, 0, 1).getTime())).toBe('2026-11-24');
  });

  test('reads a saved ISO string the same way', () => {
    expect(localDay(new Date(2026, 0, 5, 12, 0).toISOString())).toBe('2026-01-05');
  });
});

describe('isoString and instantOf', () => {
  test('turn an instant into saved text and back', () => {
    const instant = Date.UTC(2026, 10, 24, 10, 30);
    expect(isoString(instant)).toBe('2026-11-24T10:30:00.000Z');
    expect(instantOf(isoString(instant))).toBe(instant);
  });

  test('give NaN for text that is no date', () => {
    expect(instantOf('soon')).toBeNaN();
  });
});

describe('units', () => {
  test('nest as they do on a clock', () => {
    expect(HOUR).toBe(60 * MINUTE);
    expect(DAY).toBe(24 * HOUR);
  });
});
