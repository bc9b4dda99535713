import { describe, expect, test } from 'vitest';
import { UPDATE_CHECK_INTERVAL_MS, isUpdateCheckDue } from '../../../src/lib/update-check';

describe('isUpdateCheckDue', () => {
  const checkedAt = Date.UTC(2026, 10, 24, 9, 0);

  test('waits a full interval after a check', () => {
    expect(isUpdateCheckDue(checkedAt, checkedAt)).toBe(false);
    expect(isUpdateCheckDue(checkedAt, checkedAt + UPDATE_CHECK_INTERVAL_MS - 1)).toBe(false);
    expect(isUpdateCheckDue(checkedAt, checkedAt + UPDATE_CHECK_INTERVAL_MS)).toBe(true);
  });

  test('checks once an hour by default', () => {
    expect(UPDATE_CHECK_INTERVAL_MS).toBe(60 * 60 * 1000);
    expect(isUpdateCheckDue(checkedAt, checkedAt + 59 * 60 * 1000)).toBe(false);
    expect(isUpdateCheckDue(checkedAt, checkedAt + 61 * 60 * 1000)).toBe(true);
  });

  test('takes another interval when asked', () => {
    expect(isUpdateCheckDue(checkedAt, checkedAt + 5_000, 10_000)).toBe(false);
    expect(isUpdateCheckDue(checkedAt, checkedAt + 10_000, 10_000)).toBe(true);
  });

  test('checks when the clock has gone back, so a wrong clock cannot stop checks', () => {
    expect(isUpdateCheckDue(checkedAt, checkedAt - 1)).toBe(true);
  });
});
