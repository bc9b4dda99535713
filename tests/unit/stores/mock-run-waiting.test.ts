// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { savedRunWaiting } from '../../../src/stores/mock-run-waiting';

const KEY = 'iik:mock-runs:v1';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('savedRunWaiting', () => {
  test('is true when saved data holds a run, and false with none', () => {
    expect(savedRunWaiting()).toBe(false);
    localStorage.setItem(KEY, JSON.stringify({ debriefs: [] }));
    expect(savedRunWaiting()).toBe(false);
    localStorage.setItem(KEY, JSON.stringify({ current: { id: 'run' }, debriefs: [] }));
    expect(savedRunWaiting()).toBe(true);
  });

  test('is false, and quiet, for unreadable data or storage that is switched off', () => {
    localStorage.setItem(KEY, '{not json');
    expect(savedRunWaiting()).toBe(false);
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(savedRunWaiting()).toBe(false);
  });
});
