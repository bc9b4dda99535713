import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clockSpeedFrom, scaledClock } from '../../../src/lib/mock-clock';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('scaledClock', () => {
  test('at speed 1 is the real clock', () => {
    const clock = scaledClock(1);
    vi.advanceTimersByTime(5000);
    expect(clock()).toBe(Date.now());
  });

  test('at speed 60 turns one real second into a minute', () => {
    const clock = scaledClock(60);
    const start = clock();
    vi.advanceTimersByTime(1000);
    expect(clock() - start).toBe(60_000);
  });
});

describe('clockSpeedFrom', () => {
  test('reads ?testclock= and ignores anything else', () => {
    expect(clockSpeedFrom('?testclock=60')).toBe(60);
    expect(clockSpeedFrom('')).toBe(1);
    expect(clockSpeedFrom('?testclock=fast')).toBe(1);
    expect(clockSpeedFrom('?testclock=100000')).toBe(1);
    expect(clockSpeedFrom('?testclock=0')).toBe(1);
  });
});
