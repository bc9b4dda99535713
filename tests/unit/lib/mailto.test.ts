import { describe, expect, test } from 'vitest';
import { MAILTO_SAFE_LENGTH, buildMailto, encodeMailtoValue } from '../../../src/lib/mailto';

/** Reads a mailto: link back the way a mail app does: split on & and =, then percent-decode. */
function readMailto(href: string): Record<string, string> {
  expect(href.startsWith('mailto:?')).toBe(true);
  const query = href.slice('mailto:?'.length);
  return Object.fromEntries(
    query.split('&').map((pair) => {
      const [name = '', value = ''] = pair.split('=');
      return [name, decodeURIComponent(value)];
    }),
  );
}

describe('buildMailto', () => {
  test('round-trips a subject and body with spaces, line breaks and the characters links use (& ? # % + =)', () => {
    const subject = 'Q&A? #1: 100% sure + more = done';
    const body = "Dear Ms. Okafor,\n\nA & B? C#D 50% 1+1=2 a/b ;:@,$!*'()~\n\nBest,\nSam";
    const { href } = buildMailto(subject, body);
    expect(href).not.toMatch(/[ \n#]/);
    expect(href.split('?')).toHaveLength(2);
    expect(href.split('&')).toHaveLength(2);
    expect(readMailto(href)).toEqual({ subject, body: body.replace(/\n/g, '\r\n') });
  });

  test('writes every line break as CRLF (%0D%0A), whatever it was typed as', () => {
    const { href } = buildMailto('', 'one\ntwo\r\nthree\rfour');
    expect(href).toBe('mailto:?body=one%0D%0Atwo%0D%0Athree%0D%0Afour');
    expect(readMailto(href).body).toBe('one\r\ntwo\r\nthree\r\nfour');
  });

  test('encodes a plus sign so no mail app reads it as a space', () => {
    expect(encodeMailtoValue('C++ & 1 + 1')).toBe('C%2B%2B%20%26%201%20%2B%201');
  });

  test('round-trips accents, non-Latin scripts and emoji as UTF-8', () => {
    const subject = 'Café déjà vu — Zoë Ñúñez';
    const body = 'Grüße, 你好, مرحبا 👋🏽 and a family 👨‍👩‍👧';
    const { href } = buildMailto(subject, body);
    expect(href).toContain('Caf%C3%A9');
    expect(href).toContain('%F0%9F%91%8B');
    expect(readMailto(href)).toEqual({ subject, body });
  });

  test('keeps typed HTML and script as text inside the link', () => {
    const body = '<script>alert("hi")</script><a href="javascript:x">x</a>';
    const { href } = buildMailto('<b>Hi</b>', body);
    expect(href).not.toMatch(/[<>"]/);
    expect(readMailto(href)).toEqual({ subject: '<b>Hi</b>', body });
  });

  test('replaces a broken half of an emoji instead of failing', () => {
    const { href } = buildMailto('x', 'ok \uD83D end');
    expect(readMailto(href).body).toBe('ok \uFFFD end');
  });

  test('leaves out an empty subject or body', () => {
    expect(buildMailto('Hi', '').href).toBe('mailto:?subject=Hi');
    expect(buildMailto('', '').href).toBe('mailto:');
  });

  test('says when the link is too long for some mail apps', () => {
    const short = buildMailto('Hi', 'a'.repeat(100));
    expect(short).toMatchObject({ tooLong: false, length: short.href.length });
    const atLimit = buildMailto('', 'a'.repeat(MAILTO_SAFE_LENGTH - 'mailto:?body='.length));
    expect(atLimit).toMatchObject({ length: MAILTO_SAFE_LENGTH, tooLong: false });
    const over = buildMailto('', `${'a'.repeat(MAILTO_SAFE_LENGTH - 'mailto:?body='.length)}b`);
    expect(over.tooLong).toBe(true);
    // Encoding counts: 700 "é" take 4,200 characters as a link.
    expect(buildMailto('', 'é'.repeat(700)).tooLong).toBe(true);
  });

  test('addresses the link when a recipient is given, keeping the @ and encoding the rest', () => {
    expect(buildMailto('Hi', '', ' sam+kit@example.org ').href).toBe(
      'mailto:sam%2Bkit@example.org?subject=Hi',
    );
    expect(buildMailto('', '', 'sam@example.org').href).toBe('mailto:sam@example.org');
    expect(buildMailto('', '').href).toBe('mailto:');
  });
});
