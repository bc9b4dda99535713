/**
 * The clock a mock conversation reads. It is a function returning epoch milliseconds, so tests
 * pass a fake one and the browser test can speed the real one up.
 */

import type { Clock } from './time';

/** The fastest the test hook may run the clock. */
const MAX_SPEED = 600;

/**
 * A clock running `speed` times faster than `source` from the moment it is made; at speed 1 it
 * is `source` itself.
 */
export function scaledClock(speed: number, source: Clock = Date.now): Clock {
  if (speed === 1) return source;
  const origin = source();
  return () => origin + (source() - origin) * speed;
}

/**
 * The clock speed asked for in a page address. Test hook: `/practice/?testclock=60` runs only the
 * mock conversation's clock 60 times faster (1 to 600); any other address gives 1.
 */
export function clockSpeedFrom(search: string): number {
  const value = Number(new URLSearchParams(search).get('testclock'));
  return Number.isFinite(value) && value >= 1 && value <= MAX_SPEED ? value : 1;
}
