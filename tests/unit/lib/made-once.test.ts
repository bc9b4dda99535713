import { describe, expect, test, vi } from 'vitest';
import { madeOnce } from '../../../src/lib/made-once';

describe('madeOnce', () => {
  test('makes nothing until first asked, then makes the value once and keeps it', () => {
    const make = vi.fn(() => ({ made: true }));
    const value = madeOnce(make);
    expect(make).not.toHaveBeenCalled();
    const first = value();
    expect(value()).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
  });

  test('keeps a value that is undefined too, without making it again', () => {
    const make = vi.fn(() => undefined);
    const value = madeOnce(make);
    value();
    value();
    expect(make).toHaveBeenCalledTimes(1);
  });
});
