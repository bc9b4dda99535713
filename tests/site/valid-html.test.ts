/**
 * Every built page is valid HTML by the W3C's own checker (the Nu Html Checker, from the
 * `vnu-jar` package, on Java), and carries its content security policy where the policy covers
 * everything: first in `<head>` after the charset, allowing each inline script and style by its
 * hash and never `'unsafe-inline'` for scripts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, test } from 'vitest';
import { JAVA_INSTALL_STEPS, javaMajorVersion, javaPath } from '../../scripts/java.mjs';
import { DIST, htmlPages, readDist, urlPath } from './support/dist';

/** One message of the checker's JSON report. */
interface CheckerMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * The checker reads files, so it has no origin to match `'self'` against, and it does not
 * compute hashes: it reports every stylesheet, script and inline style as blocked. The tests
 * below check the policy exactly instead, and the browser tests fail on any real violation
 * (Chromium logs each one as a console error).
 */
const CHECKED_HERE_INSTEAD = [
  /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\/[^/]/,
  /^Inline (style|script) violates Content Security Policy \(meta tag\)/,
];

const pages = htmlPages();
let messages: CheckerMessage[] = [];

beforeAll(() => {
  if (javaMajorVersion() === undefined) throw new Error(JAVA_INSTALL_STEPS.join('\n'));
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  // One Java process for every page: the checker takes a list of files.
  const run = spawnSync(
    javaPath(),
    ['-jar', jar, '--format', 'json', '--stdout', ...pages.map((file) => join(DIST, file))],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw run.error;
  messages = (JSON.parse(run.stdout) as { messages: CheckerMessage[] }).messages.filter(
    (message) => !CHECKED_HERE_INSTEAD.some((pattern) => pattern.test(message.message)),
  );
  // Warnings do not fail the run; list each kind once, with the pages it is on.
  const warnings = new Map<string, Set<string>>();
  for (const message of messages.filter((m) => m.subType === 'warning')) {
    const where = warnings.get(message.message) ?? new Set<string>();
    where.add(pageOf(message));
    warnings.set(message.message, where);
  }
  for (const [message, where] of warnings) {
    console.warn(`HTML checker warning: ${message}\n  on ${[...where].join(', ')}`);
  }
}, 120_000);

/** The site path a checker message is about. */
function pageOf(message: CheckerMessage): string {
  const file = (message.url ?? '').split(`/${DIST}/`).pop() ?? '';
  return urlPath(file);
}

const window = new Window();

/** A page's document, parsed (no script runs and nothing loads). */
const documentOf = (file: string) =>
  new window.DOMParser().parseFromString(readDist(file), 'text/html');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('valid HTML', () => {
  test('the W3C checker finds no error on any page', () => {
    expect(pages.length).toBeGreaterThan(5);
    const errors = messages
      .filter((message) => message.type !== 'info')
      .map(
        (message) =>
          `${pageOf(message)}:${message.lastLine ?? 0}: ${message.message} (${message.extract ?? ''})`,
      );
    expect(errors).toEqual([]);
  });
});

describe.each(pages.map((file) => ({ file, path: urlPath(file) })))(
  'the content security policy of $path',
  ({ file }) => {
    test('is the first element in <head> after the charset', () => {
      const head = documentOf(file).head;
      const [charset, policy] = [...head.children];
      expect(charset?.outerHTML).toMatch(/^<meta charset="utf-8">$/i);
      expect(policy?.getAttribute('http-equiv')?.toLowerCase()).toBe('content-security-policy');
    });

    test('allows each inline script and style by its hash, and scripts never inline at will', () => {
      const document = documentOf(file);
      const content =
        document
          .querySelector('meta[http-equiv="content-security-policy"]')
          ?.getAttribute('content') ?? '';
      const directive = (name: string) =>
        content
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .find(([key]) => key === name)
          ?.slice(1) ?? [];
      const scriptSources = directive('script-src');
      const styleSources = directive('style-src');
      expect(scriptSources).toContain("'self'");
      expect(scriptSources).not.toContain("'unsafe-inline'");
      expect(scriptSources).not.toContain("'unsafe-eval'");

      const missing = [
        ...[...document.querySelectorAll('script:not([src])')]
          .filter(
            (script) =>
              !['application/json', 'speculationrules'].includes(script.getAttribute('type') ?? ''),
          )
          .filter((script) => !scriptSources.includes(sha256(script.textContent)))
          .map((script) => `script: ${script.textContent.slice(0, 60)}`),
        ...[...document.querySelectorAll('style')]
          .filter((style) => !styleSources.includes(sha256(style.textContent)))
          .map((style) => `style: ${style.textContent.slice(0, 60)}`),
      ];
      expect(missing).toEqual([]);
    });
  },
);
