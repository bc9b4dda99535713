import { describe, expect, test } from 'vitest';
import { EMAIL_SHAPE, looksLikeEmail } from '../../../src/lib/email-address';

describe('email address shape', () => {
  test('takes an address with a name, an @ and a domain with a dot', () => {
    expect(EMAIL_SHAPE.test('sam.lee+kit@mail.example.org')).toBe(true);
    expect(looksLikeEmail('  sam@example.org ')).toBe(true);
  });

  test('refuses a domain without a dot, a space inside, or a missing part', () => {
    expect(EMAIL_SHAPE.test('sam@localhost')).toBe(false);
    expect(EMAIL_SHAPE.test('sam lee@example.org')).toBe(false);
    expect(looksLikeEmail('@example.org')).toBe(false);
    expect(looksLikeEmail('sam@')).toBe(false);
    expect(looksLikeEmail('')).toBe(false);
  });
});
